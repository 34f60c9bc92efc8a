package org.sightline.store.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.store.db.DatabaseContract;
import org.sightline.store.db.DatabaseException;
import org.sightline.store.registry.Visibility;

/** Documents and review decisions, run on every engine (see {@link DocumentsTest}). */
abstract class DocumentsContract extends DatabaseContract {
  Documents documents;

  @BeforeEach
  void open() {
    documents = new Documents(db.database());
  }

  @Test
  void aDocumentKeepsItsTextExactlySoOffsetsStayMeaningful() {
    // Long text, curly quotes and a non-BMP character: the stored text must be the same string.
    String text = "Harare \u2014 \u201cCloudWalk\u201d cameras \uD83D\uDCF7 ".repeat(20_000);
    StoredDocument saved =
        documents.save(
            new NewDocument(
                text,
                "Cameras for Harare",
                "https://example.org/harare",
                LocalDate.of(2018, 4, 2),
                "pasted",
                "[{\"recipient_country\":\"ZW\"}]",
                "curator-1",
                "en"));

    StoredDocument found = documents.find(saved.id()).orElseThrow();
    assertThat(found.text()).isEqualTo(text);
    assertThat(found.sha256()).isEqualTo(Documents.sha256(text)).hasSize(64);
    assertThat(found.title()).isEqualTo("Cameras for Harare");
    assertThat(found.url()).isEqualTo("https://example.org/harare");
    assertThat(found.docDate()).isEqualTo(LocalDate.of(2018, 4, 2));
    assertThat(found.candidatesJson()).isEqualTo("[{\"recipient_country\":\"ZW\"}]");
    assertThat(found.author()).isEqualTo("curator-1");
    assertThat(found.createdAt()).isEqualTo(saved.createdAt());
    assertThat(found.language()).isEqualTo("en");
    assertThat(documents.waiting(10))
        .filteredOn(w -> w.id() == saved.id())
        .extracting(WaitingDocument::language)
        .containsExactly("en");
    assertThat(documents.find(saved.id() + 1000)).isEmpty();
  }

  @Test
  void decisionsAreKeptPerDocumentInOrderAndNeverTouchTheRegister() {
    long transfersBefore = register.countTransfers(Visibility.REVIEWER);
    StoredDocument doc =
        documents.save(new NewDocument("text", null, null, null, "txt", "[]", "curator-2", null));

    documents.record(
        doc.id(), 0, "f0", "{\"a\":1}", Decision.REJECTED, null, null, "  hypothetical  ", "rev");
    documents.record(
        doc.id(), 1, "f1", "{\"a\":2}", Decision.EDITED, "{\"b\":2}", "T-1", null, "rev");

    List<Label> labels = documents.labels(doc.id());
    assertThat(labels)
        .extracting(Label::candidateIndex, Label::decision, Label::transferId, Label::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, Decision.REJECTED, null, "hypothetical"),
            org.assertj.core.groups.Tuple.tuple(1, Decision.EDITED, "T-1", null));
    assertThat(labels.get(1).editedJson()).isEqualTo("{\"b\":2}");
    assertThat(labels.get(1).fingerprint()).isEqualTo("f1");
    assertThat(documents.labelOfTransfer("T-1")).map(Label::decision).contains(Decision.EDITED);
    assertThat(documents.labelOfTransfer("T-2")).isEmpty();
    List<Label> all = new ArrayList<>();
    documents.forEachLabel(all::add);
    assertThat(all).hasSize(2);
    assertThat(register.countTransfers(Visibility.REVIEWER)).isEqualTo(transfersBefore);
  }

  @Test
  void aDecisionOnAnUnknownDocumentIsRefused() {
    assertThatThrownBy(
            () ->
                documents.record(
                    424242, 0, "f", "{}", Decision.REJECTED, null, null, null, "someone"))
        .isInstanceOf(DatabaseException.class)
        .hasMessageStartingWith("cannot store the decision on document 424242");
  }
}
