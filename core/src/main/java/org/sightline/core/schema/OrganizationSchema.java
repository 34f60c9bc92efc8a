package org.sightline.core.schema;

import java.util.List;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.PublicationState;

/**
 * The fields of an organization, each declared once; their order is the order of the contract's
 * organizations CSV columns and of the JSON keys.
 */
public final class OrganizationSchema {
  private OrganizationSchema() {}

  public static final Field<Organization, String> ID =
      Field.of("id", "Id", FieldTypes.ID, Organization::id).needs(Need.required());
  public static final Field<Organization, String> NAME =
      Field.of("name", "Name", FieldTypes.TEXT, Organization::name).needs(Need.required());
  public static final Field<Organization, List<String>> ALIASES =
      Field.of("aliases", "Also known as", FieldTypes.TEXTS, Organization::aliases);
  public static final Field<Organization, String> COUNTRY =
      Field.of("country", "Home country", FieldTypes.COUNTRY, Organization::country);
  public static final Field<Organization, OrganizationKind> KIND =
      Field.of("kind", "Role", FieldTypes.ORGANIZATION_KIND, Organization::kind)
          .needs(Need.required());
  public static final Field<Organization, String> PARENT =
      Field.of("parent", "Parent or owner", FieldTypes.TEXT, Organization::parent);
  public static final Field<Organization, String> NOTE =
      Field.of("note", "Note", FieldTypes.TEXT, Organization::note);
  public static final Field<Organization, String> SOURCE_URL =
      Field.of("source_url", "Source URL", FieldTypes.URL, Organization::sourceUrl);

  /** A vendor, integrator, lender, investor or government agency. */
  public static final RecordSchema<Organization> SCHEMA =
      new RecordSchema<>(
          "organization",
          List.of(ID, NAME, ALIASES, COUNTRY, KIND, PARENT, NOTE, SOURCE_URL),
          v ->
              new Organization(
                  v.get(ID),
                  v.get(NAME),
                  v.get(ALIASES),
                  v.get(COUNTRY),
                  v.get(KIND),
                  v.get(PARENT),
                  v.get(NOTE),
                  v.get(SOURCE_URL),
                  null),
          o -> o.state() == PublicationState.PUBLISHED,
          List.of());
}
