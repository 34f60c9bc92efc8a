package org.sightline.store.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.core.model.Organization;
import org.sightline.core.screen.NativeNames;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.RecordFiles.FileType;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.sightline.store.screening.NativeNameStore;

/**
 * The bundled starter dataset (real, sourced transfers and the organizations they name; see the
 * README next to the files for citations and licence), loaded into an empty register on first
 * start. The files are domain facts and live in core, which the extractor reads without a database;
 * this class imports them.
 */
public final class StarterData {
  public static final String AUTHOR = "starter-data";
  static final String DIR = "/org/sightline/core/starter/";
  public static final String TRANSFERS = DIR + "transfers.csv";
  public static final String ORGANIZATIONS = OrganizationsCsv.STARTER_RESOURCE;

  private StarterData() {}

  /**
   * Imports the starter organizations, then transfers, when the register has neither; returns
   * whether it did. Safe to call on every start: a register that has records gets only the cited
   * names released since it was loaded ({@link #addNewNames}).
   */
  public static boolean loadIfEmpty(Database database) {
    JdbcRegister register = new JdbcRegister(database);
    if (register.countTransfers(Visibility.REVIEWER) > 0
        || register.countOrganizations(Visibility.REVIEWER) > 0) {
      addNewNames(database, register);
      return false;
    }
    Importer importer = new Importer(database);
    load(importer, ORGANIZATIONS, RecordKind.ORGANIZATIONS);
    load(importer, TRANSFERS, RecordKind.TRANSFERS);
    // The cited native-script names are rows of their own, which an organizations import never
    // touches: importing the bundled organizations file again changes nothing (ADR 0019).
    new NativeNameStore(database).addMissing(NativeNames.starter());
    return true;
  }

  /**
   * Adds the bundled cited names (native-script, former, legal and owned names) that a register
   * loaded by an older release lacks. Ids alone are not trusted: a register built from other files
   * may use the same id for another organization, so a name goes only to an organization whose
   * registered name is still the starter file's name for that id. Returns how many were added.
   */
  static int addNewNames(Database database, JdbcRegister register) {
    Map<String, String> starterNames =
        organizations().stream().collect(Collectors.toMap(Organization::id, Organization::name));
    Set<String> sameOrganization =
        register.organizations(Visibility.REVIEWER).stream()
            .map(StoredOrganization::organization)
            .filter(o -> o.name().equals(starterNames.get(o.id())))
            .map(Organization::id)
            .collect(Collectors.toSet());
    return new NativeNameStore(database)
        .addMissing(
            NativeNames.starter().stream()
                .filter(n -> sameOrganization.contains(n.organizationId()))
                .toList());
  }

  /**
   * The bundled starter organizations, for work that needs known vendors without a database
   * (extraction on a fresh checkout, screening).
   */
  public static List<Organization> organizations() {
    return OrganizationsCsv.starter();
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
