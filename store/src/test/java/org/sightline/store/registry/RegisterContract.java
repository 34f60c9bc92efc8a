package org.sightline.store.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.db.DatabaseContract;
import org.sightline.store.db.TestDatabase;

/** The register's write and read rules, run on every engine (see {@link RegisterTest}). */
abstract class RegisterContract extends DatabaseContract {
  static Transfer transfer(String id, String supplier, String summary, PublicationState state) {
    return new Transfer(
        id,
        List.of(new OrganizationRef(null, supplier, List.of("Acme Vision Ltd"))),
        "CN",
        "UG",
        "Uganda Police Force",
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE, TechnologyCategory.FACIAL_RECOGNITION),
        TransferStatus.DELIVERED,
        2019,
        null,
        null,
        null,
        summary,
        List.of(new Source("https://example.org/" + id, "Example News", "2019-08-15", null)),
        state);
  }

  static Organization org(String id, String name, String parent, PublicationState state) {
    return new Organization(
        id,
        name,
        List.of(name + " Technologies Co., Ltd."),
        "CN",
        OrganizationKind.VENDOR,
        parent,
        null,
        "https://example.org/org/" + id,
        state);
  }

  @Test
  void anUpdateKeepsTheBeforeAndAfterInTheHistory() {
    writer.saveTransfers(
        List.of(transfer("A1", "Acme", "First wording.", PublicationState.PUBLISHED)),
        "alice",
        "new record");
    WriteCounts counts =
        writer.saveTransfers(
            List.of(transfer("A1", "Acme", "Second wording.", PublicationState.PUBLISHED)),
            "bob",
            "fix summary");

    List<Revision> history = register.history("transfer", "A1");
    assertThat(counts).isEqualTo(new WriteCounts(0, 1, 0));
    assertThat(history).extracting(Revision::action).containsExactly("create", "update");
    assertThat(history.get(0).before()).isNull();
    assertThat(history.get(0).after()).contains("First wording.");
    assertThat(history.get(1).before()).contains("First wording.");
    assertThat(history.get(1).after()).contains("Second wording.");
    assertThat(history.get(1).author()).isEqualTo("bob");
    assertThat(history.get(1).reason()).isEqualTo("fix summary");
    assertThat(register.revisionsAfter(history.get(0).id(), 10)).containsExactly(history.get(1));
  }

  @Test
  void theRegisterAsOfAnInstantIsEachRecordsLatestRevisionThenWhenPublished() throws SQLException {
    // The organization first: publishing it later would link the transfers in new revisions.
    writer.saveOrganizations(
        List.of(org("O1", "Acme", null, PublicationState.PUBLISHED)), "alice", "new");
    writer.saveTransfers(
        List.of(
            transfer("A1", "Acme", "First wording.", PublicationState.PUBLISHED),
            transfer("A2", "Acme", "Later retracted.", PublicationState.PUBLISHED),
            transfer("A3", "Acme", "Published later.", PublicationState.DRAFT)),
        "alice",
        "new");
    writer.saveTransfers(
        List.of(transfer("A1", "Acme", "Second wording.", PublicationState.PUBLISHED)),
        "bob",
        "fix summary");
    writer.retractTransfer("A2", "carol", "source withdrawn");
    writer.setTransferState("A3", PublicationState.PUBLISHED, "carol", "checked");
    // The revisions as if written on three days (the writer stamps them with the time of writing).
    backdate("transfer", "A1", 1, "2024-03-01T10:00:00Z");
    backdate("transfer", "A2", 1, "2024-03-01T10:00:00Z");
    backdate("transfer", "A3", 1, "2024-03-01T10:00:00Z");
    backdate("organization", "O1", 1, "2024-03-01T11:00:00Z");
    backdate("transfer", "A1", 2, "2024-03-02T09:00:00Z");
    backdate("transfer", "A2", 2, "2024-03-02T23:59:59Z");
    backdate("transfer", "A3", 2, "2024-03-03T08:00:00Z");

    assertThat(register.history("transfer", "A1")).hasSize(2);
    assertThat(register.firstRevisionAt()).contains(Instant.parse("2024-03-01T10:00:00Z"));
    assertThat(register.publishedTransfersBefore(Instant.parse("2024-03-01T00:00:00Z"))).isEmpty();
    assertThat(register.publishedOrganizationsBefore(Instant.parse("2024-03-01T10:30:00Z")))
        .isEmpty();
    List<StoredTransfer> dayOne =
        register.publishedTransfersBefore(Instant.parse("2024-03-02T00:00:00Z"));
    assertThat(dayOne).extracting(t -> t.transfer().id()).containsExactly("A1", "A2");
    assertThat(dayOne.get(0).transfer().summary()).isEqualTo("First wording.");
    assertThat(dayOne.get(0).revision()).isEqualTo(1);
    assertThat(dayOne.get(0).updatedAt()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
    assertThat(dayOne.get(0).transfer().sources()).hasSize(1);
    List<StoredTransfer> dayTwo =
        register.publishedTransfersBefore(Instant.parse("2024-03-03T00:00:00Z"));
    assertThat(dayTwo).extracting(t -> t.transfer().id()).containsExactly("A1");
    assertThat(dayTwo.get(0).transfer().summary()).isEqualTo("Second wording.");
    assertThat(register.publishedTransfersBefore(Instant.parse("2024-03-04T00:00:00Z")))
        .extracting(t -> t.transfer().id())
        .containsExactly("A1", "A3");
    assertThat(register.publishedOrganizationsBefore(Instant.parse("2024-03-02T00:00:00Z")))
        .extracting(o -> o.organization().id())
        .containsExactly("O1");
  }

  private void backdate(String type, String id, int revisionNo, String instant)
      throws SQLException {
    try (Connection c = db.database().connection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE revision SET created_at = ? WHERE entity_type = ? AND entity_id = ?"
                    + " AND revision_no = ?")) {
      ps.setObject(1, OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC));
      ps.setString(2, type);
      ps.setString(3, id);
      ps.setInt(4, revisionNo);
      assertThat(ps.executeUpdate()).isEqualTo(1);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }

  @Test
  void savingAnIdenticalRecordWritesNoRevision() {
    Transfer t = transfer("A1", "Acme", "Same.", PublicationState.PUBLISHED);
    writer.saveTransfers(List.of(t), "alice", "new");
    long before = register.lastRevisionId();

    WriteCounts again = writer.saveTransfers(List.of(t), "alice", "again");

    assertThat(again).isEqualTo(new WriteCounts(0, 0, 1));
    assertThat(register.lastRevisionId()).isEqualTo(before);
  }

  @Test
  void onlyPublishedRecordsArePublicAndARetractionIsARevision() {
    writer.saveTransfers(
        List.of(
            transfer("A1", "Acme", "Public.", PublicationState.PUBLISHED),
            transfer("A2", "Acme", "Draft.", PublicationState.DRAFT)),
        "alice",
        "new");

    assertThat(register.countTransfers(Visibility.PUBLIC)).isEqualTo(1);
    assertThat(register.countTransfers(Visibility.REVIEWER)).isEqualTo(2);
    assertThat(register.findTransfer("A2", Visibility.PUBLIC)).isEmpty();
    assertThat(register.findTransfer("A2", Visibility.REVIEWER)).isPresent();

    assertThat(writer.retractTransfer("A1", "carol", "source withdrawn")).isTrue();
    assertThat(writer.retractTransfer("A1", "carol", "twice")).isFalse();

    assertThat(register.findTransfer("A1", Visibility.PUBLIC)).isEmpty();
    List<Revision> history = register.history("transfer", "A1");
    assertThat(history).extracting(Revision::action).containsExactly("create", "retract");
    assertThat(history.get(1).after()).contains("\"state\":\"retracted\"");
    assertThat(history.get(1).reason()).isEqualTo("source withdrawn");
    assertThatThrownBy(() -> writer.retractTransfer("nope", "carol", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void suppliersAreLinkedToOrganizationsByNameOrAliasInEitherOrder() {
    // Transfers first: the supplier has no organization yet.
    writer.saveTransfers(
        List.of(transfer("A1", "ACME TECHNOLOGIES CO., LTD.", "x", PublicationState.PUBLISHED)),
        "alice",
        "new");
    assertThat(supplierId("A1")).isNull();

    writer.saveOrganizations(
        List.of(org("O1", "Acme", null, PublicationState.PUBLISHED)), "alice", "orgs");

    assertThat(supplierId("A1")).isEqualTo("O1");
    assertThat(register.history("transfer", "A1"))
        .extracting(Revision::reason)
        .containsExactly("new", "supplier linked to its organization in the register");
    // Organizations first: linked on creation.
    writer.saveTransfers(
        List.of(transfer("A2", "acme", "y", PublicationState.PUBLISHED)), "alice", "new");
    assertThat(supplierId("A2")).isEqualTo("O1");
    assertThat(register.transfersOfOrganization("O1", Visibility.PUBLIC))
        .extracting(t -> t.transfer().id())
        .containsExactly("A1", "A2");
  }

  @Test
  void organizationsAreFoundByNormalisedNamesAndRollUpSubsidiaries() {
    writer.saveOrganizations(
        List.of(
            org("O1", "Huawei", null, PublicationState.PUBLISHED),
            org("O2", "Huawei Marine", "Huawei Technologies Co., Ltd.", PublicationState.PUBLISHED),
            org("O3", "Secret Sub", "Huawei", PublicationState.DRAFT)),
        "alice",
        "orgs");

    assertThat(register.findOrganizationByName("HUAWEI TECHNOLOGIES", Visibility.PUBLIC))
        .map(o -> o.organization().id())
        .contains("O1");
    assertThat(register.findOrganizationByName("Nobody", Visibility.PUBLIC)).isEmpty();
    assertThat(register.subsidiariesOf("O1", Visibility.PUBLIC))
        .extracting(o -> o.organization().id())
        .containsExactly("O2");
    assertThat(register.subsidiariesOf("O1", Visibility.REVIEWER)).hasSize(2);
    assertThat(register.organizations(Visibility.PUBLIC)).hasSize(2);
  }

  @Test
  void streamingVisitsEveryVisibleTransferInIdOrder() {
    List<Transfer> many = new java.util.ArrayList<>();
    for (int i = 2500; i >= 1; i--) {
      many.add(
          transfer(
              String.format("S%05d", i),
              "Acme",
              "n" + i,
              i % 10 == 0 ? PublicationState.DRAFT : PublicationState.PUBLISHED));
    }
    writer.saveTransfers(many, "alice", "bulk");
    List<String> seen = new java.util.ArrayList<>();

    register.forEachTransfer(Visibility.PUBLIC, t -> seen.add(t.transfer().id()));

    assertThat(seen).hasSize(2250).isSorted();
    assertThat(seen.get(0)).isEqualTo("S00001");
  }

  @Test
  void pagingAndSizeLimitsAreChecked() {
    assertThatThrownBy(() -> register.findTransfers(TransferQuery.all(0, 10), Visibility.PUBLIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page");
    assertThatThrownBy(
            () ->
                register.findTransfers(
                    TransferQuery.all(1, TransferQuery.MAX_SIZE + 1), Visibility.PUBLIC))
        .hasMessageContaining("size");
  }

  private String supplierId(String transferId) {
    return register
        .findTransfer(transferId, Visibility.REVIEWER)
        .orElseThrow()
        .transfer()
        .supplierOrgs()
        .get(0)
        .id();
  }

  @Test
  void manyNewTransfersAtOnceAreStoredExactlyLikeTheSameTransfersOneByOne() {
    // On PostgreSQL a large write of new transfers goes in by COPY, a small one by INSERT: both
    // must store the same rows, children and revision snapshots, whatever the text holds.
    int n = RegisterWriter.COPY_MIN_ROWS + 20;
    List<Transfer> transfers = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      Transfer t =
          transfer(String.format("T%04d", i), "Acme Vision", "plain", PublicationState.PUBLISHED);
      transfers.add(
          new Transfer(
              t.id(),
              i % 2 == 0 ? t.supplierOrgs() : List.of(),
              t.supplierCountry(),
              t.recipientCountry(),
              i % 3 == 0 ? null : "Tab\there, back\\slash \\N, CR\r and LF\n, Ünïcode",
              t.technologies(),
              t.status(),
              t.yearStart(),
              i % 5 == 0 ? 2024 : null,
              i % 4 == 0
                  ? new org.sightline.core.model.Money(new java.math.BigDecimal("1500.05"), "EUR")
                  : null,
              i % 6 == 0
                  ? new org.sightline.core.model.Financing(
                      "Lender\tBank", new java.math.BigDecimal("42"), "USD")
                  : null,
              "Summary " + i + "\twith\\escapes\n",
              List.of(
                  new Source("https://example.org/" + i, null, "2019", "quote\t" + i),
                  new Source("https://example.org/b/" + i, "Second", null, null)),
              i % 7 == 0 ? PublicationState.DRAFT : PublicationState.PUBLISHED));
    }
    writer.saveTransfers(transfers, "tester", "all at once");

    TestDatabase other = TestDatabase.create(engine(), tmp.resolve("one-by-one"));
    try {
      RegisterWriter otherWriter = new RegisterWriter(other.database());
      for (Transfer t : transfers) {
        otherWriter.saveTransfers(List.of(t), "tester", "all at once");
      }
      JdbcRegister otherRegister = new JdbcRegister(other.database());
      for (Transfer t : transfers) {
        StoredTransfer bulk = register.findTransfer(t.id(), Visibility.REVIEWER).orElseThrow();
        StoredTransfer single =
            otherRegister.findTransfer(t.id(), Visibility.REVIEWER).orElseThrow();
        assertThat(bulk.transfer()).isEqualTo(single.transfer()).isEqualTo(t);
        assertThat(bulk.revision()).isEqualTo(1);
        List<Revision> bulkHistory = register.history(RegisterWriter.TRANSFER, t.id());
        List<Revision> singleHistory = otherRegister.history(RegisterWriter.TRANSFER, t.id());
        assertThat(bulkHistory).hasSize(1);
        assertThat(bulkHistory.get(0).after()).isEqualTo(singleHistory.get(0).after());
        assertThat(bulkHistory.get(0).author()).isEqualTo("tester");
      }
      // Saving them again is recognised as no change, however they were first written.
      assertThat(writer.saveTransfers(transfers, "tester", "again").unchanged()).isEqualTo(n);
    } finally {
      other.close();
    }
  }
}
