package org.sightline.store.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.PublicationState;
import org.sightline.core.registry.Violation;
import org.sightline.store.json.Values;

/** The organizations CSV: the columns of the starter {@code organizations.csv}. */
public final class OrganizationCsv {
  public static final List<String> COLUMNS =
      List.of("id", "name", "aliases", "country", "kind", "parent", "note", "source_url");

  private OrganizationCsv() {}

  static Parsed parse(Function<String, String> column) {
    List<Violation> errors = new ArrayList<>();
    Function<String, String> get = name -> Values.nullIfEmpty(column.apply(name));
    OrganizationKind kind = null;
    String kindKey = get.apply("kind");
    if (kindKey != null) {
      kind = OrganizationKind.fromKey(kindKey).orElse(null);
      if (kind == null) {
        errors.add(new Violation("kind", "unknown organization kind \"" + kindKey + "\""));
      }
    }
    Organization o =
        new Organization(
            get.apply("id"),
            get.apply("name"),
            Values.split(get.apply("aliases")),
            get.apply("country"),
            kind,
            get.apply("parent"),
            get.apply("note"),
            get.apply("source_url"),
            PublicationState.PUBLISHED);
    return new Parsed(o, errors);
  }

  public static List<String> toRow(Organization o) {
    return List.of(
        o.id(),
        Values.emptyIfNull(o.name()),
        String.join(";", o.aliases()),
        Values.emptyIfNull(o.country()),
        o.kind() == null ? "" : o.kind().key(),
        Values.emptyIfNull(o.parent()),
        Values.emptyIfNull(o.note()),
        Values.emptyIfNull(o.sourceUrl()));
  }

  record Parsed(Organization organization, List<Violation> violations) {}
}
