package org.sightline.app.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sightline.app.figures.OrganizationIndex;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.core.countries.Countries;
import org.sightline.core.countries.Country;
import org.sightline.core.model.Organization;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.OrganizationNames;
import org.sightline.store.registry.Page;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.TransferQuery;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Component;

/**
 * Every published transfer matching a set of {@link SearchFilters}, in id order. The API's filters
 * run through the same register query and full-text search the API uses, so a page and {@code
 * /api/v1/transfers} with the same filters list the same records; the page-only filters are applied
 * after.
 */
@Component
public record TransferFinder(
    Register register,
    TransferSearch search,
    PublishedFigures figures,
    OrganizationIndex index,
    Countries countries) {
  public List<StoredTransfer> find(SearchFilters f) {
    return find(f, f.q() == null ? null : search.matchingIds(f.q()));
  }

  /** The same, with the full-text search already run ({@code ids} null when there is no text). */
  public List<StoredTransfer> find(SearchFilters f, List<String> ids) {
    List<StoredTransfer> base = f.q() == null && storeFiltersAbsent(f) ? all() : fromStore(f, ids);
    OrganizationIndex.Snapshot orgs =
        f.vendor() == null && f.lender() == null && f.endUser() == null ? null : index.current();
    Set<String> vendorIds = f.vendor() == null ? null : rolledUp(orgs, f.vendor());
    List<StoredTransfer> result = new ArrayList<>();
    for (StoredTransfer st : base) {
      Transfer t = st.transfer();
      if (f.region() != null && !f.region().equals(regionOf(t.recipientCountry()))) {
        continue;
      }
      if (f.started() != null && !f.started().equals(t.yearStart())) {
        continue;
      }
      if (f.undated() && t.yearStart() != null) {
        continue;
      }
      if (f.lender() != null
          && (t.financing() == null
              || !names(orgs, f.lender(), t.financing().lender(), orgs.lenderOf(t)))) {
        continue;
      }
      if (f.endUser() != null && !names(orgs, f.endUser(), t.endUser(), orgs.endUserOf(t))) {
        continue;
      }
      if (vendorIds != null
          && t.supplierOrgs().stream()
              .noneMatch(o -> o.id() != null && vendorIds.contains(o.id()))) {
        continue;
      }
      result.add(st);
    }
    if (f.sort() != null) {
      result.sort(order(f.sort()));
    }
    return result;
  }

  /**
   * Newest first (by start year), largest first (by amount, whatever the currency: amounts are not
   * converted), by recipient country name, or by first supplier name; ties and unknowns in id
   * order, unknowns last.
   */
  private Comparator<StoredTransfer> order(String sort) {
    Comparator<StoredTransfer> byId = Comparator.comparing(st -> st.transfer().id());
    Comparator<StoredTransfer> first =
        switch (sort) {
          case "date" ->
              Comparator.comparing(
                  (StoredTransfer st) -> st.transfer().yearStart(),
                  Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
          case "value" ->
              Comparator.comparing(
                  (StoredTransfer st) ->
                      st.transfer().value() == null ? null : st.transfer().value().amount(),
                  Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
          case "country" ->
              Comparator.comparing(
                  (StoredTransfer st) -> countries.nameOf(st.transfer().recipientCountry()),
                  Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
          case "supplier" ->
              Comparator.comparing(
                  (StoredTransfer st) ->
                      st.transfer().supplierOrgs().isEmpty()
                          ? null
                          : st.transfer().supplierOrgs().get(0).name(),
                  Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
          default -> byId;
        };
    return first.thenComparing(byId);
  }

  public String regionOf(String countryCode) {
    return countries.byCode(countryCode).map(Country::region).orElse("");
  }

  /**
   * An organization and its subsidiaries at every level, as the organization page rolls them up.
   */
  private static Set<String> rolledUp(OrganizationIndex.Snapshot orgs, String organizationId) {
    return orgs.byId(organizationId).isPresent()
        ? orgs.family(organizationId)
        : Set.of(organizationId);
  }

  /**
   * Whether a filter value (an organization id, or a name) names the party a record gives as {@code
   * recorded}, which the index resolved to the organization {@code recordedId} (or null).
   */
  private static boolean names(
      OrganizationIndex.Snapshot orgs, String wanted, String recorded, String recordedId) {
    if (recordedId != null && orgs.byId(wanted).isPresent()) {
      return recordedId.equals(wanted);
    }
    if (OrganizationNames.sameOrganization(wanted, recorded)) {
      return true;
    }
    String wantedId = orgs.resolve(wanted, null).map(Organization::id).orElse(null);
    return wantedId != null && wantedId.equals(recordedId);
  }

  private static boolean storeFiltersAbsent(SearchFilters f) {
    return f.country() == null
        && f.supplier() == null
        && f.supplierCountry() == null
        && f.technology() == null
        && f.status() == null
        && f.yearFrom() == null
        && f.yearTo() == null;
  }

  private List<StoredTransfer> all() {
    PublishedFigures.Snapshot s = figures.current();
    return s.stored(s.transfers().stream().map(Transfer::id).toList());
  }

  private List<StoredTransfer> fromStore(SearchFilters f, List<String> ids) {
    if (ids != null && ids.isEmpty()) {
      return List.of();
    }
    List<StoredTransfer> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      Page<StoredTransfer> p =
          register.findTransfers(
              new TransferQuery(
                  f.country(),
                  f.supplier(),
                  f.supplierCountry(),
                  f.technology(),
                  f.status(),
                  f.yearFrom(),
                  f.yearTo(),
                  ids,
                  page,
                  TransferQuery.MAX_SIZE),
              Visibility.PUBLIC);
      out.addAll(p.items());
      if (p.items().size() < TransferQuery.MAX_SIZE || out.size() >= p.total()) {
        return out;
      }
    }
  }
}
