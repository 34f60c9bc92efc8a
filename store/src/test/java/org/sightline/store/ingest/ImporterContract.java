package org.sightline.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.model.Money;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.screen.NativeNames;
import org.sightline.store.db.OnEveryEngine;
import org.sightline.store.db.TestDatabase;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.TransferQuery;
import org.sightline.store.registry.Visibility;
import org.sightline.store.screening.NativeNameStore;

/** Import and export behaviour, run on every engine (see {@link ImporterTest}). */
abstract class ImporterContract extends OnEveryEngine {
  @TempDir Path tmp;
  private final List<TestDatabase> databases = new ArrayList<>();
  TestDatabase db;
  Importer importer;
  JdbcRegister register;

  @BeforeEach
  void openEmptyDatabase() {
    db = fresh("a");
    importer = new Importer(db.database());
    register = new JdbcRegister(db.database());
  }

  @AfterEach
  void dropDatabases() {
    databases.forEach(TestDatabase::close);
  }

  TestDatabase fresh(String name) {
    TestDatabase d = TestDatabase.create(engine(), tmp.resolve(name));
    databases.add(d);
    return d;
  }

  Path starterFile(String name) throws IOException {
    Path out = tmp.resolve(name);
    try (InputStream in = StarterData.open(StarterData.DIR + name)) {
      Files.copy(in, out);
    }
    return out;
  }

  @Test
  void starterDataLoadsCleanlyAndImportingItAgainChangesNothing() throws IOException {
    assertThat(StarterData.loadIfEmpty(db.database())).isTrue();
    assertThat(register.countTransfers(Visibility.PUBLIC)).isEqualTo(481);
    assertThat(register.countOrganizations(Visibility.PUBLIC)).isEqualTo(545);
    long revisions = register.lastRevisionId();
    NativeNameStore nativeNames = new NativeNameStore(db.database());
    assertThat(nativeNames.all()).containsExactlyInAnyOrderElementsOf(NativeNames.starter());

    // The cited native-script names are rows of their own (ADR 0019): the plain bundled file,
    // imported again, neither updates the organizations nor takes the names away.
    ImportReport orgs =
        importer.importFile(
            starterFile("organizations.csv"), null, false, "tester", ProgressListener.NONE);
    ImportReport transfers =
        importer.importFile(
            starterFile("transfers.csv"), null, false, "tester", ProgressListener.NONE);

    assertThat(orgs.ok()).isTrue();
    assertThat(orgs.kind()).isEqualTo(RecordKind.ORGANIZATIONS);
    assertThat(List.of(orgs.created(), orgs.updated(), orgs.unchanged()))
        .containsExactly(0L, 0L, 545L);
    assertThat(transfers.kind()).isEqualTo(RecordKind.TRANSFERS);
    assertThat(List.of(transfers.created(), transfers.updated(), transfers.unchanged()))
        .containsExactly(0L, 0L, 481L);
    assertThat(register.lastRevisionId()).isEqualTo(revisions);
    assertThat(nativeNames.all()).containsExactlyInAnyOrderElementsOf(NativeNames.starter());
    assertThat(nativeNames.addMissing(NativeNames.starter())).isZero();
    assertThat(StarterData.loadIfEmpty(db.database())).isFalse();
  }

  @Test
  void aRegisterFromAnOlderReleaseGetsTheCitedNamesOfItsOwnStarterOrganizationsOnly()
      throws IOException {
    // As an older release left it: the starter files imported, no cited names yet, and one id
    // (O0001, Huawei) holding another organization, as a register built from other files may.
    Path organizations = starterFile("organizations.csv");
    String renamed =
        Files.readString(organizations, StandardCharsets.UTF_8)
            .replaceFirst("(?m)^O0001,Huawei,", "O0001,Another Firm Ltd,");
    Files.writeString(organizations, renamed, StandardCharsets.UTF_8);
    assertThat(
            importer
                .importFile(organizations, null, false, "tester", ProgressListener.NONE)
                .created())
        .isEqualTo(545);
    NativeNameStore nativeNames = new NativeNameStore(db.database());
    assertThat(nativeNames.all()).isEmpty();

    assertThat(StarterData.loadIfEmpty(db.database())).isFalse();

    List<NativeNames.NativeName> expected =
        NativeNames.starter().stream().filter(n -> !n.organizationId().equals("O0001")).toList();
    assertThat(expected).hasSizeLessThan(NativeNames.starter().size());
    assertThat(nativeNames.all()).containsExactlyInAnyOrderElementsOf(expected);
    long revisions = register.lastRevisionId();
    assertThat(StarterData.loadIfEmpty(db.database())).isFalse();
    assertThat(nativeNames.all()).hasSameSizeAs(expected);
    assertThat(register.lastRevisionId()).isEqualTo(revisions);
  }

  @Test
  void starterEcuadorRecordKeepsItsFiguresSourcesAndSupplierLink() {
    StarterData.loadIfEmpty(db.database());
    StoredTransfer t4 = register.findTransfer("T0004", Visibility.PUBLIC).orElseThrow();

    assertThat(t4.transfer().recipientCountry()).isEqualTo("EC");
    assertThat(t4.transfer().value()).isEqualTo(new Money(new BigDecimal("240000000"), "USD"));
    assertThat(t4.transfer().financing().lender()).isEqualTo("China Development Bank");
    assertThat(t4.transfer().supplierOrgs())
        .containsExactly(
            new OrganizationRef(
                "O0003",
                "CEIEC",
                List.of(
                    "China National Electronics Import and Export Corporation",
                    "China National Electronics Import & Export Corporation")));
    assertThat(t4.transfer().sources()).hasSize(2);
    assertThat(t4.revision()).isEqualTo(1);
    assertThat(TransferJson.toLine(t4.transfer(), t4.updatedAt()))
        .contains("\"amount\":240000000,");
  }

  @Test
  void aThousandRowFileWithOneBadRowImportsNothingAndNamesTheLine() throws IOException {
    StarterData.loadIfEmpty(db.database());
    long revisions = register.lastRevisionId();
    Path file = tmp.resolve("generated.csv");
    long badLine = GeneratedTransfers.write(file, 1000, 637);

    ImportReport report =
        importer.importFile(file, RecordKind.TRANSFERS, false, "tester", ProgressListener.NONE);

    assertThat(report.ok()).isFalse();
    assertThat(report.rows()).isEqualTo(1000);
    assertThat(report.errorCount()).isEqualTo(1);
    RowError error = report.errors().get(0);
    assertThat(error.line()).isEqualTo(badLine).isEqualTo(638);
    assertThat(error.recordId()).isEqualTo("G0000637");
    assertThat(error.field()).isEqualTo("recipient_country");
    assertThat(error.toString()).contains("line 638", "\"XX\"");
    assertThat(register.countTransfers(Visibility.REVIEWER)).isEqualTo(481);
    assertThat(register.lastRevisionId()).isEqualTo(revisions);
  }

  @Test
  void aValidGeneratedFileImportsInOneGoAndAgainAsANoOp() throws IOException {
    Path file = tmp.resolve("generated.csv");
    GeneratedTransfers.write(file, 2500, 0);
    List<long[]> progress = new ArrayList<>();

    ImportReport first =
        importer.importFile(
            file,
            null,
            false,
            "tester",
            (phase, rows, bytes, total) ->
                progress.add(new long[] {phase.ordinal(), rows, bytes, total}));
    ImportReport second = importer.importFile(file, null, false, "tester", ProgressListener.NONE);

    assertThat(first.created()).isEqualTo(2500);
    assertThat(second.unchanged()).isEqualTo(2500);
    assertThat(second.revisions()).isZero();
    assertThat(register.lastRevisionId()).isEqualTo(register.countRevisionsUpTo(Long.MAX_VALUE));
    assertThat(register.countRevisionsUpTo(Long.MAX_VALUE)).isEqualTo(2500);
    long[] last = progress.get(progress.size() - 1);
    assertThat(last[0]).isEqualTo(ImportPhase.WRITING.ordinal());
    assertThat(last[1]).isEqualTo(2500);
    assertThat(last[2]).isEqualTo(last[3]).isEqualTo(Files.size(file));
  }

  @Test
  void everyKindOfRowErrorIsReportedWithItsLineAndField() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(GeneratedTransfers.row(1, "EC")); // line 2: fine
    rows.add(with(GeneratedTransfers.row(2, "ZZ"), "id", "B2")); // 3: unknown country
    rows.add(with(GeneratedTransfers.row(3, "EC"), "technologies", "mind_control"));
    rows.add(with(GeneratedTransfers.row(4, "EC"), "status", "rumoured"));
    rows.add(with(GeneratedTransfers.row(5, "EC"), "year_start", "1900"));
    rows.add(
        with(with(GeneratedTransfers.row(6, "EC"), "value_amount", "-5"), "value_currency", "USD"));
    rows.add(with(GeneratedTransfers.row(7, "EC"), "value_amount", "12m"));
    rows.add(with(GeneratedTransfers.row(8, "EC"), "year_end", "twenty"));
    rows.add(with(GeneratedTransfers.row(9, "EC"), "source_url", "")); // 10: no source URL
    rows.add(GeneratedTransfers.row(1, "UG")); // line 11: duplicate id G0000001
    Path file = tmp.resolve("errors.csv");
    String body =
        rows.stream()
            .map(r -> CSVFormat.RFC4180.format(r.toArray()))
            .collect(Collectors.joining("\r\n"));
    Files.writeString(
        file,
        CSVFormat.RFC4180.format(RecordCsv.TRANSFERS.columns().toArray())
            + "\r\n"
            + body
            + "\r\nG0000099,Too,few,fields\r\n",
        StandardCharsets.UTF_8);

    ImportReport report =
        importer.importFile(file, RecordKind.TRANSFERS, false, "tester", ProgressListener.NONE);

    assertThat(report.errors())
        .extracting(e -> e.line() + " " + e.field())
        .containsExactly(
            "3 recipient_country",
            "4 technologies",
            "5 status",
            "6 year_start",
            "7 value_amount",
            "8 value_amount",
            "9 year_end",
            "10 source_url",
            "11 id",
            "12 row");
    assertThat(report.errors().get(8).message()).contains("first used on line 2");
    assertThat(register.countTransfers(Visibility.REVIEWER)).isZero();
  }

  @Test
  void aRowSpanningLinesIsReportedAtItsFirstLine() throws IOException {
    Path file = tmp.resolve("multiline.csv");
    Files.writeString(
        file,
        CSVFormat.RFC4180.format(RecordCsv.TRANSFERS.columns().toArray())
            + "\r\n"
            + CSVFormat.RFC4180.format(
                with(GeneratedTransfers.row(1, "EC"), "summary", "two\r\nlines").toArray())
            + "\r\n"
            + CSVFormat.RFC4180.format(GeneratedTransfers.row(2, "QQ").toArray())
            + "\r\n",
        StandardCharsets.UTF_8);

    ImportReport report =
        importer.importFile(file, RecordKind.TRANSFERS, false, "tester", ProgressListener.NONE);

    assertThat(report.errors()).extracting(RowError::line).containsExactly(4L);
  }

  @Test
  void invalidUtf8IsRejectedNamingTheLine() throws IOException {
    Path file = tmp.resolve("latin1.csv");
    GeneratedTransfers.write(file, 20, 0);
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf("G0000012");
    byte[] broken = bytes.clone();
    broken[at + 20] = (byte) 0xE9; // a Latin-1 é in line 13
    Files.write(file, broken);

    ImportReport report = importer.importFile(file, null, false, "tester", ProgressListener.NONE);

    assertThat(report.ok()).isFalse();
    assertThat(report.errors().get(report.errors().size() - 1).toString())
        .isEqualTo("line 13: the file is not valid UTF-8 (save it as UTF-8 and retry)");
    assertThat(register.countTransfers(Visibility.REVIEWER)).isZero();
  }

  @Test
  void aByteOrderMarkIsTolerated() throws IOException {
    Path plain = tmp.resolve("plain.csv");
    GeneratedTransfers.write(plain, 3, 0);
    Path withBom = tmp.resolve("bom.csv");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(withBom, concat(bom, Files.readAllBytes(plain)));

    ImportReport report =
        importer.importFile(withBom, null, false, "tester", ProgressListener.NONE);

    assertThat(report.ok()).as(report.errors().toString()).isTrue();
    assertThat(report.created()).isEqualTo(3);
  }

  @Test
  void unbalancedQuotesAreAMalformedFile() throws IOException {
    Path file = tmp.resolve("quotes.csv");
    GeneratedTransfers.write(file, 5, 0);
    String text = Files.readString(file).replace("Generated transfer number 4,", "\"Broken 4,");
    Files.writeString(file, text);

    ImportReport report = importer.importFile(file, null, false, "tester", ProgressListener.NONE);

    assertThat(report.ok()).isFalse();
    assertThat(report.errors().get(report.errors().size() - 1).message()).contains("malformed");
    assertThat(register.countTransfers(Visibility.REVIEWER)).isZero();
  }

  @Test
  void aWrongHeaderIsReportedOnLineOne() throws IOException {
    Path file = tmp.resolve("odd.csv");
    Files.writeString(file, "id,who,what\r\nX1,a,b\r\n");

    ImportReport report =
        importer.importFile(file, RecordKind.TRANSFERS, false, "tester", ProgressListener.NONE);

    assertThat(report.errors()).hasSize(1);
    assertThat(report.errors().get(0).line()).isEqualTo(1);
    assertThat(report.errors().get(0).message()).contains("missing supplier", "unknown who, what");
  }

  @Test
  void aChangedRowBecomesOneNewRevisionWithBeforeAndAfter() throws IOException {
    Path file = tmp.resolve("generated.csv");
    GeneratedTransfers.write(file, 10, 0);
    importer.importFile(file, null, false, "first", ProgressListener.NONE);
    String changed =
        Files.readString(file)
            .replace("Generated transfer number 7,", "Generated transfer number seven,");
    Files.writeString(file, changed);

    ImportReport report = importer.importFile(file, null, false, "second", ProgressListener.NONE);

    assertThat(List.of(report.created(), report.updated(), report.unchanged()))
        .containsExactly(0L, 1L, 9L);
    var history = register.history("transfer", "G0000007");
    assertThat(history).hasSize(2);
    assertThat(history.get(1).action()).isEqualTo("update");
    assertThat(history.get(1).author()).isEqualTo("second");
    assertThat(history.get(1).reason()).isEqualTo("import of generated.csv");
    assertThat(history.get(1).before()).isEqualTo(history.get(0).after()).contains("number 7,");
    assertThat(history.get(1).after()).contains("number seven,");
    assertThat(register.findTransfer("G0000007", Visibility.PUBLIC).orElseThrow().revision())
        .isEqualTo(2);
  }

  @Test
  void aDryRunCountsButWritesNothing() throws IOException {
    Path file = tmp.resolve("generated.csv");
    GeneratedTransfers.write(file, 30, 0);

    ImportReport report = importer.importFile(file, null, true, "tester", ProgressListener.NONE);

    assertThat(report.dryRun()).isTrue();
    assertThat(report.created()).isEqualTo(30);
    assertThat(report.summary()).contains("dry run");
    assertThat(register.countTransfers(Visibility.REVIEWER)).isZero();
    assertThat(register.lastRevisionId()).isZero();
  }

  @Test
  void exportThenImportIntoAnEmptyDatabaseThenExportIsByteIdentical() throws IOException {
    StarterData.loadIfEmpty(db.database());
    // A record using what CSV cannot hold: several sources, evidence, cents, a draft beside it.
    new RegisterWriter(db.database())
        .saveTransfers(
            List.of(
                new Transfer(
                    "X0001",
                    List.of(new OrganizationRef(null, "Huawei Technologies Co., Ltd.")),
                    "CN",
                    "RS",
                    "Ministry of Interior",
                    List.of(TechnologyCategory.FACIAL_RECOGNITION),
                    TransferStatus.OPERATIONAL,
                    2019,
                    2024,
                    new Money(new BigDecimal("1500.50"), "EUR"),
                    null,
                    "Ünïcode, \"quotes\"\nand a second line.",
                    List.of(
                        new Source("https://example.org/a", "Example", "2019-05", "a quote"),
                        new Source("https://example.org/b", null, null, null),
                        new Source("https://example.org/c", "Third", "2020", null)),
                    PublicationState.PUBLISHED),
                new Transfer(
                    "X0002",
                    List.of(new OrganizationRef(null, "Hikvision")),
                    "CN",
                    "RS",
                    null,
                    List.of(TechnologyCategory.DRONES),
                    TransferStatus.REPORTED,
                    null,
                    null,
                    null,
                    null,
                    "A draft stays out of exports.",
                    List.of(),
                    PublicationState.DRAFT)),
            "tester",
            "extra records");
    Exporter exporter = new Exporter(register);
    Path csv1 = tmp.resolve("one.csv");
    Path jsonl1 = tmp.resolve("one.jsonl");
    assertThat(exporter.export(ExportFormat.CSV, csv1)).isEqualTo(482);
    assertThat(exporter.export(ExportFormat.JSONL, jsonl1)).isEqualTo(482);

    TestDatabase fromCsv = fresh("csv");
    assertThat(
            new Importer(fromCsv.database())
                .importFile(csv1, null, false, "tester", ProgressListener.NONE)
                .created())
        .isEqualTo(482);
    Path csv2 = tmp.resolve("two.csv");
    new Exporter(new JdbcRegister(fromCsv.database())).export(ExportFormat.CSV, csv2);

    TestDatabase fromJsonl = fresh("jsonl");
    ImportReport jsonImport =
        new Importer(fromJsonl.database())
            .importFile(jsonl1, null, false, "tester", ProgressListener.NONE);
    assertThat(jsonImport.ok()).as(jsonImport.errors().toString()).isTrue();
    Path jsonl2 = tmp.resolve("two.jsonl");
    new Exporter(new JdbcRegister(fromJsonl.database())).export(ExportFormat.JSONL, jsonl2);

    assertThat(Files.readAllBytes(csv2)).isEqualTo(Files.readAllBytes(csv1));
    assertThat(Files.readAllBytes(jsonl2)).isEqualTo(Files.readAllBytes(jsonl1));
    assertThat(Files.readString(jsonl1)).contains("\"evidence\":\"a quote\"", "\"amount\":1500.5");
    assertThat(Files.readString(csv1)).doesNotContain("X0002").contains("\r\n");
  }

  @Test
  void theStarterCsvExportsAsTheBundledFile() throws IOException {
    StarterData.loadIfEmpty(db.database());
    Path out = tmp.resolve("export.csv");
    Path orgs = tmp.resolve("orgs.csv");

    new Exporter(register).export(ExportFormat.CSV, out);
    new Exporter(register).exportOrganizations(orgs);

    assertThat(Files.readString(out)).isEqualTo(Files.readString(starterFile("transfers.csv")));
    assertThat(Files.readString(orgs))
        .isEqualTo(Files.readString(starterFile("organizations.csv")));
  }

  @Test
  void filtersOfTheTransfersListMatchTheStarterFacts() {
    StarterData.loadIfEmpty(db.database());

    var ecuador = query(new TransferQuery("EC", null, null, null, null, null, null, null, 1, 50));
    var byAlias =
        query(new TransferQuery(null, "ZTE Corp.", null, null, null, null, null, null, 1, 50));
    var byOrgId =
        query(new TransferQuery(null, "O0002", null, null, null, null, null, null, 1, 50));
    var spyware =
        query(
            new TransferQuery(
                null, null, null, TechnologyCategory.SPYWARE, null, null, null, null, 1, 500));
    var denied =
        query(
            new TransferQuery(
                null, null, null, null, TransferStatus.DENIED, null, null, null, 1, 50));
    var paged = register.findTransfers(TransferQuery.all(2, 10), Visibility.PUBLIC);

    assertThat(ecuador).contains("T0004", "T0005");
    assertThat(byAlias).contains("T0001").isEqualTo(byOrgId);
    assertThat(spyware).isNotEmpty();
    assertThat(denied).contains("T0009", "T0010", "T0077").hasSize(21);
    assertThat(paged.total()).isEqualTo(481);
    assertThat(paged.items()).hasSize(10);
    assertThat(paged.items().get(0).transfer().id()).isEqualTo("T0011");
  }

  @Test
  void theYearFilterMatchesOverlappingSpans() {
    StarterData.loadIfEmpty(db.database());
    var in2011 = query(new TransferQuery(null, null, null, null, null, 2011, 2011, null, 1, 500));

    assertThat(in2011).contains("T0004"); // 2011, no end year
    for (String id : in2011) {
      Transfer t = register.findTransfer(id, Visibility.PUBLIC).orElseThrow().transfer();
      int start = t.yearStart() != null ? t.yearStart() : t.yearEnd();
      int end = t.yearEnd() != null ? t.yearEnd() : t.yearStart();
      assertThat(start).isLessThanOrEqualTo(2011);
      assertThat(end).isGreaterThanOrEqualTo(2011);
    }
  }

  List<String> query(TransferQuery q) {
    return register.findTransfers(q, Visibility.PUBLIC).items().stream()
        .map(t -> t.transfer().id())
        .toList();
  }

  static List<String> with(List<String> row, String column, String value) {
    List<String> copy = new ArrayList<>(row);
    copy.set(RecordCsv.TRANSFERS.columns().indexOf(column), value);
    return copy;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
