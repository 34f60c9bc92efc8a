package org.sightline.store.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.ResponderKind;
import org.sightline.core.model.Revision;
import org.sightline.core.model.TransferResponse;
import org.sightline.store.db.DatabaseContract;

/** Responses to transfers and their revisions, run on every engine (see TransferResponsesTest). */
abstract class TransferResponsesContract extends DatabaseContract {
  TransferResponses responses;

  @BeforeEach
  void open() {
    writer.saveTransfers(
        List.of(
            RegisterContract.transfer(
                "A1", "Acme", "Cameras for the police.", PublicationState.PUBLISHED)),
        "seeder",
        "fixture");
    responses = new TransferResponses(db.database());
  }

  static TransferResponse denial(String transferId) {
    return new TransferResponse(
        null,
        transferId,
        "Acme Vision Ltd",
        ResponderKind.COMPANY,
        null,
        "CN",
        "2024-03-01",
        "Acme never supplied facial recognition to the police.",
        "https://acme.example/statement",
        "reply to our letter");
  }

  @Test
  void aNewResponseWaitsForReviewAndIsPublicOnlyOncePublished() {
    StoredResponse added = responses.add(denial("A1"), "kestrel", "response added");

    assertThat(added.response().id()).startsWith("R-");
    assertThat(added.state()).isEqualTo(PublicationState.IN_REVIEW);
    assertThat(responses.ofTransfer("A1", Visibility.PUBLIC)).isEmpty();
    assertThat(responses.ofTransfer("A1", Visibility.REVIEWER)).containsExactly(added);

    assertThat(
            responses.setState(
                "A1", added.response().id(), PublicationState.PUBLISHED, "owl", "checked"))
        .isTrue();
    List<StoredResponse> shown = responses.ofTransfer("A1", Visibility.PUBLIC);
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).response()).isEqualTo(added.response());
    assertThat(shown.get(0).createdBy()).isEqualTo("kestrel");
    assertThat(shown.get(0).revision()).isEqualTo(2);

    assertThat(
            responses.setState(
                "A1", added.response().id(), PublicationState.PUBLISHED, "owl", "again"))
        .isFalse();
    responses.setState(
        "A1", added.response().id(), PublicationState.RETRACTED, "owl", "wrong company");
    assertThat(responses.ofTransfer("A1", Visibility.PUBLIC)).isEmpty();
  }

  @Test
  void everyChangeIsARevisionWithItsAuthorAndReason() {
    long before = register.lastRevisionId();
    String id = responses.add(denial("A1"), "kestrel", "response added").response().id();
    responses.setState("A1", id, PublicationState.PUBLISHED, "owl", "checked with the source");

    List<Revision> history = register.history(TransferResponses.RESPONSE, id);
    assertThat(history).extracting(Revision::action).containsExactly("create", "publish");
    assertThat(history).extracting(Revision::author).containsExactly("kestrel", "owl");
    assertThat(history.get(1).reason()).isEqualTo("checked with the source");
    assertThat(history.get(1).after()).contains("\"state\":\"published\"");
    assertThat(history.get(1).before()).contains("\"state\":\"in_review\"");
    // Pages cached per newest revision see the change.
    assertThat(register.lastRevisionId()).isGreaterThan(before);
  }

  @Test
  void aResponseNeedsAnExistingTransferAndStaysWithIt() {
    assertThatThrownBy(() -> responses.add(denial("NOPE"), "kestrel", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no transfer NOPE");
    String id = responses.add(denial("A1"), "kestrel", "x").response().id();

    assertThat(responses.find("A1", id)).isPresent();
    assertThat(responses.find("OTHER", id)).isEmpty();
    assertThatThrownBy(
            () -> responses.setState("OTHER", id, PublicationState.PUBLISHED, "owl", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
