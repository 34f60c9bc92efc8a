package org.sightline.core.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;

/**
 * Reads an organizations CSV in the contract's columns ({@code id,name,aliases,country,kind,...};
 * aliases separated by ';') for the trainer and tests, which run without the store module. The
 * application passes the register's organizations instead.
 */
public final class OrganizationsCsv {
  private OrganizationsCsv() {}

  public static List<Organization> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static List<Organization> parse(String csv) {
    List<List<String>> rows = rows(csv);
    List<Organization> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    List<String> header = rows.get(0);
    int id = header.indexOf("id");
    int name = header.indexOf("name");
    int aliases = header.indexOf("aliases");
    int country = header.indexOf("country");
    int kind = header.indexOf("kind");
    int parent = header.indexOf("parent");
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() <= name || r.get(name).isBlank()) {
        continue;
      }
      List<String> al =
          aliases < 0 || r.get(aliases).isBlank()
              ? List.of()
              : Arrays.stream(r.get(aliases).split(";")).map(String::trim).toList();
      out.add(
          new Organization(
              id < 0 ? null : r.get(id),
              r.get(name).trim(),
              al,
              country < 0 ? null : r.get(country),
              kind < 0
                  ? OrganizationKind.VENDOR
                  : OrganizationKind.fromKey(r.get(kind)).orElse(OrganizationKind.VENDOR),
              parent < 0 ? null : r.get(parent),
              null,
              null,
              null));
    }
    return out;
  }

  /** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
  static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
