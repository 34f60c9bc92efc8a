package org.sightline.core.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;

/**
 * Reads an organizations CSV in the contract's columns ({@code
 * id,name,aliases,country,kind,parent,note,source_url}; aliases separated by ';'), such as the
 * bundled starter file, for the extractor, the trainer and tests. Lenient: a row without a name is
 * skipped, a missing or unknown kind reads as a vendor. Validating imports into the register is the
 * store's job.
 */
public final class OrganizationsCsv {
  /** The starter organizations bundled with core (see the README beside them for citations). */
  public static final String STARTER_RESOURCE = "/org/sightline/core/starter/organizations.csv";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true)
          .get();

  private OrganizationsCsv() {}

  /** The bundled starter organizations. */
  public static List<Organization> starter() {
    InputStream in = OrganizationsCsv.class.getResourceAsStream(STARTER_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + STARTER_RESOURCE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled starter organizations", e);
    }
  }

  public static List<Organization> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static List<Organization> parse(String csv) {
    try {
      return read(new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
  }

  private static List<Organization> read(Reader reader) throws IOException {
    List<Organization> out = new ArrayList<>();
    try (CSVParser csv = FORMAT.parse(reader)) {
      for (CSVRecord row : csv) {
        String name = field(row, "name");
        if (name == null) {
          continue;
        }
        String kind = field(row, "kind");
        out.add(
            new Organization(
                field(row, "id"),
                name,
                aliases(field(row, "aliases")),
                field(row, "country"),
                kind == null
                    ? OrganizationKind.VENDOR
                    : OrganizationKind.fromKey(kind).orElse(OrganizationKind.VENDOR),
                field(row, "parent"),
                field(row, "note"),
                field(row, "source_url"),
                null));
      }
    }
    return List.copyOf(out);
  }

  /** The trimmed value of a column, null when the column is absent or the field blank. */
  private static String field(CSVRecord row, String column) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    String v = row.get(column).trim();
    return v.isEmpty() ? null : v;
  }

  private static List<String> aliases(String field) {
    List<String> out = new ArrayList<>();
    if (field != null) {
      for (String a : field.split(";")) {
        if (!a.isBlank()) {
          out.add(a.trim());
        }
      }
    }
    return out;
  }
}
