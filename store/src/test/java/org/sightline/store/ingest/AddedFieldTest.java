package org.sightline.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sightline.core.countries.Countries;
import org.sightline.core.json.Json;
import org.sightline.core.model.Money;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.Field;
import org.sightline.core.schema.FieldContext;
import org.sightline.core.schema.FieldType.TextInput;
import org.sightline.core.schema.FieldTypes;
import org.sightline.core.schema.Need;
import org.sightline.core.schema.RecordSchema;
import org.sightline.core.schema.TransferSchema;

/**
 * Adding a field is one schema entry: a transfer that grows a tender notice (a URL, needed to
 * publish) is imported from CSV, exported to CSV and JSON, read back from JSON, checked, and read
 * from a form by the same code that handles every other field, with no other line written for it.
 */
class AddedFieldTest {
  /** The fixture: a transfer with one more fact. */
  record Tendered(Transfer transfer, String tenderUrl) {}

  static final Field<Tendered, String> TENDER =
      Field.of("tender_url", "Tender notice", FieldTypes.URL, Tendered::tenderUrl)
          .needs(
              Need.toPublish(
                  url -> url != null, "tender_url", "a published record needs its tender notice"));

  static final RecordSchema<Tendered> SCHEMA =
      TransferSchema.SCHEMA.extendedTo(
          Tendered::transfer,
          List.of(TENDER),
          v -> new Tendered(TransferSchema.SCHEMA.create(v), v.get(TENDER)),
          t -> t.transfer().isPublished());

  private static final FieldContext CONTEXT = new FieldContext(Countries.bundled(), 2056);

  private static Transfer transfer(String recipient) {
    return new Transfer(
        "T9",
        List.of(new OrganizationRef(null, "Hikvision", List.of("Hangzhou Hikvision"))),
        "CN",
        recipient,
        "Police, \"city\" command",
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
        TransferStatus.DELIVERED,
        2019,
        null,
        new Money(new BigDecimal("1500.50"), "USD"),
        null,
        "Cameras for the capital.",
        List.of(new Source("https://example.org/a", "Example", "2020-01", null)),
        PublicationState.PUBLISHED);
  }

  private final Tendered record =
      new Tendered(transfer("KE"), "https://tenders.example.org/notice/42");

  @Test
  void csvExportAndImportCarryTheNewColumn() throws IOException {
    RecordCsv<Tendered> csv = new RecordCsv<>(SCHEMA);
    String file =
        CSVFormat.RFC4180.format(csv.columns().toArray())
            + "\r\n"
            + CSVFormat.RFC4180.format(csv.row(record).toArray())
            + "\r\n";

    assertThat(csv.columns())
        .startsWith(RecordCsv.TRANSFERS.columns().toArray(String[]::new))
        .endsWith("tender_url");
    assertThat(file).contains(",https://tenders.example.org/notice/42\r\n");
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(file))) {
      CSVRecord row = parser.getRecords().get(0);
      RecordCsv.Parsed<Tendered> read = csv.parse(row::get);
      assertThat(read.violations()).isEmpty();
      assertThat(read.record()).isEqualTo(record);
    }
  }

  @Test
  void jsonWritesTheNewKeyLastAndReadsItBack() {
    Map<String, Object> plain = SCHEMA.toPlain(record);
    String json = Json.MAPPER.writeValueAsString(Json.toObject(plain));

    assertThat(plain.keySet()).endsWith("sources", "tender_url");
    assertThat(json)
        .startsWith("{\"id\":\"T9\",\"supplier_orgs\":[{\"id\":null,\"name\":\"Hikvision\"")
        .contains("\"value\":{\"amount\":1500.5,\"currency\":\"USD\"}")
        .endsWith(",\"tender_url\":\"https://tenders.example.org/notice/42\"}");
    List<Violation> errors = new ArrayList<>();
    Tendered back =
        SCHEMA.fromPlain((Map<?, ?>) Json.toPlain(Json.readRecord(json)), TextInput.AS_IS, errors);
    assertThat(errors).isEmpty();
    assertThat(back).isEqualTo(record);
  }

  @Test
  void theRulesCheckTheNewFieldByItsTypeAndNeedBesideTheOldOnes() {
    Tendered ftp = new Tendered(transfer("QQ"), "ftp://tenders.example.org/42");
    Tendered missing = new Tendered(transfer("KE"), null);

    assertThat(SCHEMA.check(record, CONTEXT)).isEmpty();
    assertThat(SCHEMA.check(ftp, CONTEXT))
        .extracting(Violation::toString)
        .containsExactly(
            "recipient_country: unknown ISO 3166-1 alpha-2 country code \"QQ\"",
            "tender_url: is not an http(s) URL: ftp://tenders.example.org/42");
    assertThat(SCHEMA.check(missing, CONTEXT))
        .extracting(Violation::toString)
        .containsExactly("tender_url: a published record needs its tender notice");
    Tendered draft =
        new Tendered(missing.transfer().withState(PublicationState.DRAFT), missing.tenderUrl());
    assertThat(SCHEMA.check(draft, CONTEXT)).isEmpty();
  }

  @Test
  void aFormShowsItsLabelAndReadsWhatWasTyped() {
    Map<String, List<String>> typed = new java.util.LinkedHashMap<>(SCHEMA.typed(record));
    typed.put("tender_url", List.of("  https://tenders.example.org/notice/43 "));
    List<Violation> errors = new ArrayList<>();

    Tendered read = SCHEMA.fromTyped(name -> typed.getOrDefault(name, List.of()), CONTEXT, errors);

    assertThat(SCHEMA.labelled().get("tender_url").formLabel()).isEqualTo("Tender notice");
    assertThat(SCHEMA.inputs()).endsWith("tender_url");
    assertThat(errors).isEmpty();
    assertThat(read.tenderUrl()).isEqualTo("https://tenders.example.org/notice/43");
    assertThat(read.transfer().sources()).isEqualTo(record.transfer().sources());
    assertThat(read.transfer().value()).isEqualTo(record.transfer().value());
  }
}
