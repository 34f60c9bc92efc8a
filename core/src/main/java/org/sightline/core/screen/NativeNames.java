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
 * The cited Chinese and Cyrillic names of starter organizations ({@code native-names.csv} beside
 * the starter files; see {@code native-names.md} there). Loading the starter data stores them apart
 * from the organizations' aliases; screening reads them as further aliases ({@link #withNames}).
 */
public final class NativeNames {
  public static final String STARTER_RESOURCE = "/org/sightline/core/starter/native-names.csv";

  /** One cited name: the organization, the name, its ISO 15924 script and where it was seen. */
  public record NativeName(String organizationId, String name, String script, String sourceUrl) {}

  private NativeNames() {}

  public static List<NativeName> starter() {
    InputStream in = NativeNames.class.getResourceAsStream(STARTER_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + STARTER_RESOURCE);
    }
    List<NativeName> out = new ArrayList<>();
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
      throw new UncheckedIOException("cannot read " + STARTER_RESOURCE, e);
    }
    return List.copyOf(out);
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
