package org.sightline.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.store.db.DatabaseContract;
import org.sightline.store.db.TestDatabase;
import org.sightline.store.ingest.StarterData;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;

/**
 * Search over the starter data, kept in step with the revision log (see {@link SearchIndexTest}).
 */
abstract class SearchIndexContract extends DatabaseContract {
  Path indexDir;

  @BeforeEach
  void open() {
    StarterData.loadIfEmpty(db.database());
    indexDir = tmp.resolve("index");
  }

  @Test
  void findsByOrganizationAliasStemsAndCountryNames() {
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      assertThat(index.catchUp(register)).isEqualTo(481);

      // "China National Electronics Import & Export Corporation" is CEIEC's alias.
      assertThat(index.search("\"electronics import\"", 10).ids()).contains("T0004");
      // Stemming: "financed" in the summary matches "financing".
      assertThat(index.search("financing", 50).ids()).contains("T0004");
      assertThat(index.search("ecuador", 50).ids()).contains("T0004", "T0005");
      // The country's names in Spanish, French and Portuguese, accents or none.
      for (String q : List.of("Équateur", "equateur", "Equador", "República del Ecuador")) {
        assertThat(index.search(q, 50).ids()).as(q).contains("T0004", "T0005");
      }
      SearchHits huawei = index.search("huawei", 5);
      assertThat(huawei.ids()).hasSize(5);
      assertThat(huawei.total())
          .isGreaterThan(5)
          .isEqualTo(
              register.transfersOfOrganization("O0001", Visibility.PUBLIC).size()
                  + extraHuaweiMentions(index));
    }
  }

  private long extraHuaweiMentions(SearchIndex index) {
    // Records that mention Huawei without it being their supplier (e.g. in a summary).
    List<String> all = index.search("huawei", SearchIndex.MAX_LIMIT).ids();
    List<String> supplied =
        register.transfersOfOrganization("O0001", Visibility.PUBLIC).stream()
            .map(t -> t.transfer().id())
            .toList();
    assertThat(all).containsAll(supplied);
    return all.stream().filter(id -> !supplied.contains(id)).count();
  }

  @Test
  void anyTextIsASearchAndSyntaxCharactersAreText() {
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      index.catchUp(register);
      long huawei = index.search("huawei", SearchIndex.MAX_LIMIT).total();
      for (String q :
          List.of("huawei AND (", "Huawei!", "Huawei:", "\"Huawei", "huawei~ -", "(huawei)")) {
        assertThat(index.search(q, 10).total()).as(q).isEqualTo(huawei);
      }
      SearchHits either = index.search("Hikvision/Dahua", 10);
      assertThat(either.total()).isPositive();
      assertThat(either.anyWord()).isTrue();
      assertThat(index.search("huawei", 10).anyWord()).isFalse();
      assertThat(index.search("!!! ??? \" \\", 10).total()).isZero();
      assertThat(index.search("the of and", 10).total()).isZero();
      assertThatThrownBy(() -> index.search(" ", 10)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void technologyAndStatusWordsFindTheirKeysAndDigitsSplitFromLetters() {
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      index.catchUp(register);
      List<String> tagged = taggedWith(TechnologyCategory.FACIAL_RECOGNITION);
      assertThat(index.search("facial recognition", SearchIndex.MAX_LIMIT).ids())
          .containsAll(tagged);
      assertThat(index.search("facial_recognition", SearchIndex.MAX_LIMIT).ids())
          .containsAll(tagged);
      assertThat(index.search("cancelled", SearchIndex.MAX_LIMIT).total()).isPositive();
      // "ECU 911" in the records; typed without the space.
      assertThat(index.search("ECU911", 50).ids())
          .containsExactlyInAnyOrderElementsOf(index.search("\"ECU 911\"", 50).ids())
          .isNotEmpty();
      // Spanish, French and Portuguese names of the technology find the same records, typed with
      // or without their accents.
      for (String q :
          List.of(
              "reconocimiento facial",
              "reconnaissance faciale",
              "reconhecimento facial",
              "RECONNAISSANCE FACIALE")) {
        assertThat(index.search(q, SearchIndex.MAX_LIMIT).ids()).as(q).containsAll(tagged);
      }
      List<String> video = taggedWith(TechnologyCategory.VIDEO_SURVEILLANCE);
      assertThat(video).isNotEmpty();
      for (String q : List.of("videovigilancia", "vidéosurveillance", "videosurveillance")) {
        assertThat(index.search(q, SearchIndex.MAX_LIMIT).ids()).as(q).containsAll(video);
      }
      assertThat(index.search("videovigilância", SearchIndex.MAX_LIMIT).ids())
          .containsExactlyInAnyOrderElementsOf(
              index.search("videovigilancia", SearchIndex.MAX_LIMIT).ids());
      // No record has the word "exim": it finds those financed by an Eximbank, as a prefix.
      assertThat(index.search("exim", 50).total()).isPositive();
    }
  }

  @Test
  void catchesUpWithWritesFromTheRevisionLog() {
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      index.catchUp(register);
      StoredTransfer t5 = register.findTransfer("T0005", Visibility.PUBLIC).orElseThrow();
      writer.saveTransfers(
          List.of(
              new org.sightline.core.model.Transfer(
                  t5.transfer().id(),
                  t5.transfer().supplierOrgs(),
                  t5.transfer().supplierCountry(),
                  t5.transfer().recipientCountry(),
                  t5.transfer().endUser(),
                  t5.transfer().technologies(),
                  t5.transfer().status(),
                  t5.transfer().yearStart(),
                  t5.transfer().yearEnd(),
                  t5.transfer().value(),
                  t5.transfer().financing(),
                  "Now mentions a zeppelin.",
                  t5.transfer().sources(),
                  t5.transfer().state())),
          "tester",
          "edit");
      writer.retractTransfer("T0004", "tester", "gone");
      // An organization gains an alias: its transfers become findable by it.
      Organization zte =
          register.findOrganization("O0002", Visibility.PUBLIC).orElseThrow().organization();
      writer.saveOrganizations(
          List.of(
              new Organization(
                  zte.id(),
                  zte.name(),
                  List.of("Zhongxing Telecommunication Equipment"),
                  zte.country(),
                  OrganizationKind.VENDOR,
                  zte.parent(),
                  zte.note(),
                  zte.sourceUrl(),
                  PublicationState.PUBLISHED)),
          "tester",
          "alias");

      assertThat(index.search("zeppelin", 10).ids()).isEmpty();
      assertThat(index.catchUp(register)).isEqualTo(3);

      assertThat(index.search("zeppelin", 10).ids()).containsExactly("T0005");
      assertThat(index.search("ecuador", 50).ids()).doesNotContain("T0004");
      assertThat(index.search("zhongxing", 50).ids()).contains("T0001");
      assertThat(index.lastAppliedRevision()).isEqualTo(register.lastRevisionId());
      assertThat(index.catchUp(register)).isZero();
    }
  }

  @Test
  void resumesFromItsCommitAndRebuildsWhenDeletedOrCorrupt() throws IOException {
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      index.catchUp(register);
    }
    try (SearchIndex reopened = SearchIndex.open(indexDir)) {
      assertThat(reopened.lastAppliedRevision()).isEqualTo(register.lastRevisionId());
      assertThat(reopened.catchUp(register)).isZero();
    }
    deleteRecursively(indexDir);
    try (SearchIndex rebuilt = SearchIndex.open(indexDir)) {
      assertThat(rebuilt.lastAppliedRevision()).isEqualTo(-1);
      assertThat(rebuilt.catchUp(register)).isEqualTo(481);
      assertThat(rebuilt.search("ecuador", 50).ids()).contains("T0004");
    }
    try (Stream<Path> files = Files.list(indexDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }
    try (SearchIndex repaired = SearchIndex.open(indexDir)) {
      assertThat(repaired.catchUp(register)).isEqualTo(481);
      assertThat(repaired.search("ecuador", 50).ids()).contains("T0004");
    }
  }

  @Test
  void anIndexAheadOfTheDatabaseIsRebuilt() {
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      index.catchUp(register);
    }
    // Same index directory, a different (empty) database: the index claims revisions it lacks.
    TestDatabase other = TestDatabase.create(engine(), tmp.resolve("other"));
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      assertThat(index.catchUp(new JdbcRegister(other.database()))).isZero();
      assertThat(index.search("ecuador", 50).total()).isZero();
    } finally {
      other.close();
    }
  }

  @Test
  void anIndexOpenedOnAnotherHistoryOfTheSameLengthIsRebuilt() {
    // Here T0004 is retracted; in the other database, with as many revisions, T0005 is. Revision
    // ids alone cannot tell the two apart (as after a crash that lost writes whose ids were then
    // given out again, or a backup restored under the index).
    writer.retractTransfer("T0004", "tester", "gone");
    TestDatabase other = TestDatabase.create(engine(), tmp.resolve("other"));
    try {
      StarterData.loadIfEmpty(other.database());
      new RegisterWriter(other.database()).retractTransfer("T0005", "tester", "gone");
      JdbcRegister otherRegister = new JdbcRegister(other.database());
      assertThat(otherRegister.lastRevisionId()).isEqualTo(register.lastRevisionId());
      try (SearchIndex index = SearchIndex.open(indexDir)) {
        index.catchUp(otherRegister);
        assertThat(indexedIds(index)).contains("T0004").doesNotContain("T0005");
      }
    } finally {
      other.close();
    }

    try (SearchIndex index = SearchIndex.open(indexDir)) {
      assertThat(index.catchUp(register)).isEqualTo(register.countTransfers(Visibility.PUBLIC));
      assertThat(indexedIds(index)).contains("T0005").doesNotContain("T0004");
      // Verified once per opening: the next catch-up has nothing to do.
      assertThat(index.catchUp(register)).isZero();
    }
  }

  private static List<String> indexedIds(SearchIndex index) {
    return index.indexedIds();
  }

  private List<String> taggedWith(TechnologyCategory technology) {
    List<String> ids = new java.util.ArrayList<>();
    register.forEachTransfer(
        Visibility.PUBLIC,
        t -> {
          if (t.transfer().technologies().contains(technology)) {
            ids.add(t.transfer().id());
          }
        });
    return ids;
  }

  static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
