package org.sightline.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.ResponderKind;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferResponse;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.accounts.AccountEvent;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.NewToken;
import org.sightline.store.accounts.Role;
import org.sightline.store.db.DatabaseContract;
import org.sightline.store.registry.TransferResponses;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admins' audit log: record revisions under real usernames and account events, in one time
 * line, filtered and exported. Run on every engine (see {@link AuditLogTest}).
 */
abstract class AuditLogContract extends DatabaseContract {
  Accounts accounts;
  AuditLog log;

  @BeforeEach
  void open() {
    accounts = new Accounts(db.database());
    log = new AuditLog(db.database());
  }

  /** An admin creates two users and a token; one user writes a transfer, the admin disables her. */
  private NewToken story() {
    accounts.createUser("heron", "{noop}x", Role.CONTRIBUTOR, true, "boss");
    accounts.createUser("kite", "{noop}x", Role.REVIEWER, true, "boss");
    accounts.changePassword("heron", "{noop}y");
    NewToken token = accounts.createToken("heron", null, Duration.ofDays(3), "boss");
    writer.saveTransfers(List.of(transfer("A1")), "heron", "created as a draft");
    accounts.revokeToken(token.token().id(), "boss");
    accounts.setDisabled("heron", true, "boss");
    accounts.recordEvent(Accounts.SYSTEM, AccountEvent.LOGIN_LOCKED, "kite", "5 wrong passwords");
    return token;
  }

  @Test
  void revisionsAndAccountEventsFormOneTimeLineNewestFirst() {
    NewToken token = story();

    List<AuditEntry> entries = log.newest(AuditFilter.ALL, 100);

    assertThat(entries)
        .extracting(e -> e.actor() + " " + e.action() + " " + e.entityType() + ":" + e.entityId())
        .containsExactly(
            "system login_locked account:kite",
            "boss user_disabled account:heron",
            "boss token_revoked token:" + token.token().id(),
            "heron create transfer:A1",
            "boss token_created token:" + token.token().id(),
            "heron password_changed account:heron",
            "boss user_created account:kite",
            "boss user_created account:heron");
    AuditEntry revision = entries.get(3);
    assertThat(revision.revision()).isEqualTo(1);
    assertThat(revision.detail()).isEqualTo("created as a draft");
    assertThat(entries.get(0).revision()).isNull();
    assertThat(entries.get(4).detail())
        .contains(token.token().prefix())
        .doesNotContain(token.secret());
    assertThat(log.newest(AuditFilter.ALL, 2)).hasSize(2);
  }

  @Test
  void everyEntityTypeInTheLogIsOneTheFilterOffers() {
    story();
    new TransferResponses(db.database())
        .add(
            new TransferResponse(
                null,
                "A1",
                "Acme",
                ResponderKind.COMPANY,
                null,
                null,
                "2024-01-15",
                "We deny it.",
                null,
                null),
            "heron",
            "response added");

    List<String> seen =
        log.newest(new AuditFilter(null, null, null, null), 100).stream()
            .map(AuditEntry::entityType)
            .distinct()
            .toList();
    assertThat(seen).contains(TransferResponses.RESPONSE);
    assertThat(AuditLog.ENTITY_TYPES).containsAll(seen);
    assertThat(log.newest(new AuditFilter(null, TransferResponses.RESPONSE, null, null), 100))
        .hasSize(1);
  }

  @Test
  void filtersByUserEntityTypeAndDay() {
    story();

    assertThat(log.newest(new AuditFilter("HERON", null, null, null), 100))
        .extracting(AuditEntry::action)
        .containsExactly(
            "user_disabled",
            "token_revoked",
            "create",
            "token_created",
            "password_changed",
            "user_created");
    assertThat(log.newest(new AuditFilter(null, "token", null, null), 100))
        .extracting(AuditEntry::action)
        .containsExactly("token_revoked", "token_created");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(log.newest(new AuditFilter(null, null, today, today), 100)).hasSize(8);
    assertThat(log.newest(new AuditFilter(null, null, today.plusDays(1), null), 100)).isEmpty();
    assertThat(log.newest(new AuditFilter(null, null, null, today.minusDays(1)), 100)).isEmpty();
  }

  @Test
  void exportsCsvAndJsonLinesOldestFirst() throws Exception {
    story();

    StringWriter csv = new StringWriter();
    long rows = AuditExport.write(log, AuditFilter.ALL, AuditExport.Format.CSV, csv);
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.toString()))
            .getRecords();
    assertThat(rows).isEqualTo(8);
    assertThat(records).hasSize(8);
    assertThat(records.get(0).toMap())
        .containsEntry("actor", "boss")
        .containsEntry("action", "user_created")
        .containsEntry("entity_id", "heron")
        .containsEntry("revision", "");
    assertThat(csv.toString()).startsWith(String.join(",", AuditExport.COLUMNS) + "\n");

    StringWriter jsonl = new StringWriter();
    AuditExport.write(
        log, new AuditFilter(null, "transfer", null, null), AuditExport.Format.JSONL, jsonl);
    List<String> lines = jsonl.toString().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode line = JsonMapper.builder().build().readTree(lines.get(0));
    assertThat(line.get("actor").asString()).isEqualTo("heron");
    assertThat(line.get("entity_id").asString()).isEqualTo("A1");
    assertThat(line.get("revision").asInt()).isEqualTo(1);
  }

  static Transfer transfer(String id) {
    return new Transfer(
        id,
        List.of(new OrganizationRef(null, "Acme Vision", List.of())),
        "CN",
        "UG",
        "Uganda Police Force",
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
        TransferStatus.DELIVERED,
        2019,
        null,
        null,
        null,
        "Cameras.",
        List.of(new Source("https://example.org/" + id, "Example News", "2019-08-15", "sold")),
        PublicationState.DRAFT);
  }
}
