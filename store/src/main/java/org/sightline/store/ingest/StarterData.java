package org.sightline.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sightline.core.model.Organization;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.RecordFiles.FileType;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.Visibility;

/**
 * The bundled starter dataset (real, sourced transfers and the organizations they name; see the
 * README next to the files for citations and licence), loaded into an empty register on first
 * start.
 */
public final class StarterData {
  public static final String AUTHOR = "starter-data";
  static final String DIR = "/org/sightline/store/starter/";
  public static final String TRANSFERS = DIR + "transfers.csv";
  public static final String ORGANIZATIONS = DIR + "organizations.csv";

  private StarterData() {}

  /**
   * Imports the starter organizations, then transfers, when the register has neither; returns
   * whether it did. Safe to call on every start.
   */
  public static boolean loadIfEmpty(Database database) {
    JdbcRegister register = new JdbcRegister(database);
    if (register.countTransfers(Visibility.REVIEWER) > 0
        || register.countOrganizations(Visibility.REVIEWER) > 0) {
      return false;
    }
    Importer importer = new Importer(database);
    load(importer, ORGANIZATIONS, RecordKind.ORGANIZATIONS);
    load(importer, TRANSFERS, RecordKind.TRANSFERS);
    return true;
  }

  /**
   * The bundled starter organizations, for work that needs known vendors without a database
   * (extraction on a fresh checkout, screening).
   */
  public static List<Organization> organizations() {
    List<Organization> out = new ArrayList<>();
    try (InputStream in = open(ORGANIZATIONS);
        CSVParser csv =
            RecordFiles.CSV_FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CSVRecord row : csv) {
        out.add(OrganizationCsv.parse(row::get).organization());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled starter organizations", e);
    }
    return List.copyOf(out);
  }

  /** Imports one bundled file (again): unchanged rows write nothing. */
  static ImportReport load(Importer importer, String resource, RecordKind kind) {
    ImportReport report =
        importer.importFrom(
            resource.substring(resource.lastIndexOf('/') + 1),
            () -> open(resource),
            -1,
            FileType.CSV,
            kind,
            false,
            AUTHOR,
            ProgressListener.NONE);
    if (!report.ok()) {
      throw new IllegalStateException(
          "the bundled starter data is invalid: "
              + report.errors().stream()
                  .limit(5)
                  .map(RowError::toString)
                  .collect(Collectors.joining("; ")));
    }
    return report;
  }

  static InputStream open(String resource) throws java.io.IOException {
    InputStream in = StarterData.class.getResourceAsStream(resource);
    if (in == null) {
      throw new java.io.FileNotFoundException("missing bundled resource " + resource);
    }
    return in;
  }
}
