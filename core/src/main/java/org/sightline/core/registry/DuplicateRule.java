package org.sightline.core.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;

/**
 * Whether two transfers probably describe the same deal, so that a curator is warned before a
 * second record of it is drafted or published. Two transfers are possible duplicates when none of
 * these disagree:
 *
 * <ol>
 *   <li>the recipient country is the same (required);
 *   <li>they share a supplier (same organization id or same {@link OrganizationNames#key name
 *       key}); when neither names a supplier organization, the supplier countries are the same;
 *   <li>they share a technology category (unless one of them names none);
 *   <li>the end users (the agency) are the same, ignoring case, punctuation and a leading "the"
 *       (unless one of them names none);
 *   <li>their years overlap (unless one of them has no year); a record without a last year is taken
 *       as still running.
 * </ol>
 *
 * A missing fact is no contradiction: a candidate without a year still duplicates a record of the
 * same parties, technology and agency. The answer explains what agreed, in words.
 */
public final class DuplicateRule {
  private DuplicateRule() {}

  /** What two transfers agree on when they are possible duplicates; empty when they are not. */
  public static Optional<List<String>> agreements(Transfer a, Transfer b) {
    List<String> agreed = new ArrayList<>();
    if (a.recipientCountry() == null
        || !a.recipientCountry().equalsIgnoreCase(nullToEmpty(b.recipientCountry()))) {
      return Optional.empty();
    }
    agreed.add("recipient " + a.recipientCountry());
    Optional<String> supplier = sharedSupplier(a, b);
    if (supplier.isEmpty()) {
      return Optional.empty();
    }
    agreed.add(supplier.get());
    if (!a.technologies().isEmpty() && !b.technologies().isEmpty()) {
      Set<TechnologyCategory> shared = new HashSet<>(a.technologies());
      shared.retainAll(b.technologies());
      if (shared.isEmpty()) {
        return Optional.empty();
      }
      agreed.add(
          "technology "
              + String.join(
                  ", ",
                  a.technologies().stream()
                      .filter(shared::contains)
                      .map(TechnologyCategory::label)
                      .toList()));
    }
    String endUserA = agencyKey(a.endUser());
    String endUserB = agencyKey(b.endUser());
    if (!endUserA.isEmpty() && !endUserB.isEmpty()) {
      if (!endUserA.equals(endUserB)) {
        return Optional.empty();
      }
      agreed.add("end user " + a.endUser().strip());
    }
    if (hasYears(a) && hasYears(b)) {
      if (!yearsOverlap(a, b)) {
        return Optional.empty();
      }
      agreed.add("overlapping years");
    }
    return Optional.of(List.copyOf(agreed));
  }

  private static Optional<String> sharedSupplier(Transfer a, Transfer b) {
    if (a.supplierOrgs().isEmpty() && b.supplierOrgs().isEmpty()) {
      return a.supplierCountry() != null
              && a.supplierCountry().equalsIgnoreCase(nullToEmpty(b.supplierCountry()))
          ? Optional.of("supplier country " + a.supplierCountry())
          : Optional.empty();
    }
    for (OrganizationRef x : a.supplierOrgs()) {
      for (OrganizationRef y : b.supplierOrgs()) {
        boolean sameId = x.id() != null && x.id().equals(y.id());
        if (sameId || OrganizationNames.sameOrganization(x.name(), y.name())) {
          return Optional.of("supplier " + (x.name() == null ? x.id() : x.name()));
        }
      }
    }
    return Optional.empty();
  }

  /** "The National Police Service" and "national police service" are one agency. */
  static String agencyKey(String endUser) {
    List<String> words = OrganizationNames.words(endUser);
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return String.join(" ", words).toLowerCase(Locale.ROOT);
  }

  private static boolean hasYears(Transfer t) {
    return t.yearStart() != null || t.yearEnd() != null;
  }

  /**
   * A record's years run from its first to its last year; without a last year it is still running
   * (an operational system from 2014 overlaps a report of 2019), without a first year it ran up to
   * its last.
   */
  private static boolean yearsOverlap(Transfer a, Transfer b) {
    int aFrom = a.yearStart() != null ? a.yearStart() : Integer.MIN_VALUE;
    int aTo = a.yearEnd() != null ? a.yearEnd() : Integer.MAX_VALUE;
    int bFrom = b.yearStart() != null ? b.yearStart() : Integer.MIN_VALUE;
    int bTo = b.yearEnd() != null ? b.yearEnd() : Integer.MAX_VALUE;
    return aFrom <= bTo && bFrom <= aTo;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
