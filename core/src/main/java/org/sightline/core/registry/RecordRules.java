package org.sightline.core.registry;

import java.util.List;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Organization;
import org.sightline.core.model.Transfer;
import org.sightline.core.schema.FieldContext;
import org.sightline.core.schema.OrganizationSchema;
import org.sightline.core.schema.TransferSchema;

/**
 * The validation rules every transfer and organization must pass before it is stored, whatever the
 * way in (import, API, web form). Format-level problems (unknown keys, unparseable numbers) are
 * reported by the readers; these rules check the meaning. Both come from the record schema ({@link
 * TransferSchema}, {@link OrganizationSchema}): what each field needs, the checks of its type and
 * the rules that span fields.
 */
public final class RecordRules {
  private final FieldContext context;

  public RecordRules(Countries countries) {
    this.context = new FieldContext(countries);
  }

  RecordRules(Countries countries, int maxYear) {
    this.context = new FieldContext(countries, maxYear);
  }

  public List<Violation> check(Transfer t) {
    return TransferSchema.SCHEMA.check(t, context);
  }

  public List<Violation> check(Organization o) {
    return OrganizationSchema.SCHEMA.check(o, context);
  }
}
