package org.sightline.app.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.FieldContext;
import org.sightline.core.schema.OrganizationSchema;
import org.springframework.util.MultiValueMap;

/**
 * The organization edit form as typed; inputs, labels and reading come from {@link
 * OrganizationSchema}. Other names are one per line.
 */
record OrganizationForm(Map<String, List<String>> inputs) implements TypedInputs {

  static OrganizationForm empty() {
    return new OrganizationForm(Map.of());
  }

  static OrganizationForm of(Organization o) {
    return new OrganizationForm(OrganizationSchema.SCHEMA.typed(o));
  }

  static OrganizationForm of(MultiValueMap<String, String> p) {
    return new OrganizationForm(TypedInputs.posted(p));
  }

  /** The id as typed (blank when the register should make one up). */
  String id() {
    return value(OrganizationSchema.ID.input());
  }

  Organization toOrganization(
      String fixedId, PublicationState state, Countries countries, List<Violation> errors) {
    Map<String, List<String>> typed = new LinkedHashMap<>(inputs);
    typed.put(OrganizationSchema.ID.input(), List.of(fixedId));
    return OrganizationSchema.SCHEMA
        .fromTyped(name -> typed.getOrDefault(name, List.of()), new FieldContext(countries), errors)
        .withState(state);
  }
}
