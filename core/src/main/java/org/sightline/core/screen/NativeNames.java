package org.sightline.core.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sightline.core.model.Organization;

/**
 * The cited names of starter organizations that {@code organizations.csv} does not carry, in three
 * files beside the starter files with the same columns (see {@code native-names.md} there): names
 * in their own scripts ({@code native-names.csv}), names it had before or took after the register's
 * name, and legal names ({@code other-names.csv}), and the names of firms an organization owns that
 * trade under names of their own ({@code owned-names.csv}, e.g. Red Hat for IBM). Loading the
 * starter data stores them apart from the organizations' aliases; screening reads them as further
 * aliases ({@link #withNames}), so a counterparty under any of them meets the registered
 * organization.
 */
public final class NativeNames {
  static final String DIR = "/org/sightline/core/starter/";

  /** The files, in the order their names are added. */
  public static final List<String> STARTER_RESOURCES =
      List.of(DIR + "native-names.csv", DIR + "other-names.csv", DIR + "owned-names.csv");

  /** One cited name: the organization, the name, its ISO 15924 script and where it was seen. */
  public record NativeName(String organizationId, String name, String script, String sourceUrl) {}

  private NativeNames() {}

  /** Every cited name of the starter files, file by file in file order. */
  public static List<NativeName> starter() {
    List<NativeName> out = new ArrayList<>();
    STARTER_RESOURCES.forEach(resource -> read(resource, out));
    return List.copyOf(out);
  }

  private static void read(String resource, List<NativeName> out) {
    InputStream in = NativeNames.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + resource);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser csv = format.parse(reader)) {
      for (CSVRecord row : csv) {
        out.add(
            new NativeName(
                row.get("organization_id"),
                row.get("name"),
                row.get("script"),
                row.get("source_url")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The organizations with the starter native names added to their aliases (in file order). */
  public static List<Organization> withStarterNames(List<Organization> organizations) {
    return withNames(organizations, starter());
  }

  /**
   * The organizations with these native names added to their aliases (in the order given); names of
   * organizations not in the list are left out.
   */
  public static List<Organization> withNames(
      List<Organization> organizations, List<NativeName> names) {
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (NativeName n : names) {
      byId.computeIfAbsent(n.organizationId(), k -> new ArrayList<>()).add(n.name());
    }
    List<Organization> out = new ArrayList<>(organizations.size());
    for (Organization o : organizations) {
      List<String> extra = byId.get(o.id());
      if (extra == null) {
        out.add(o);
        continue;
      }
      List<String> aliases = new ArrayList<>(o.aliases());
      extra.stream().filter(n -> !aliases.contains(n)).forEach(aliases::add);
      out.add(
          new Organization(
              o.id(),
              o.name(),
              aliases,
              o.country(),
              o.kind(),
              o.parent(),
              o.note(),
              o.sourceUrl(),
              o.state()));
    }
    return out;
  }
}
