package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.OrganizationNames;

/**
 * Screens counterparty names against the register: each name's matches ({@link NameMatcher}) with
 * what the register says about each matched organization: its home country, the recipient countries
 * of the transfers it and its subsidiaries supplied (or, for a lender, financed), its parent or
 * owner with the parent's footprint, and what it owns. Parents are linked by name, as the
 * organization pages link them (case, punctuation and legal suffixes ignored).
 */
public final class Screener {
  /** An organization related to a match, and where it and its subsidiaries have supplied. */
  public record Related(String id, String name, String country, List<String> recipientCountries) {}

  /** One matched organization with the register's facts about it. */
  public record Alert(
      NameMatch match,
      String country,
      String kind,
      List<String> recipientCountries,
      Related parent,
      List<Related> owns) {}

  /** A screened name and its alerts, best first; no alerts means no match. */
  public record Result(String input, List<Alert> alerts) {}

  private final NameMatcher matcher;
  private final Map<String, Organization> byId = new LinkedHashMap<>();
  private final Map<String, Organization> parents = new HashMap<>();
  private final Map<String, List<Organization>> children = new HashMap<>();
  private final Map<String, Set<String>> reached = new HashMap<>();

  private Screener(List<Organization> organizations, Collection<Transfer> transfers) {
    this.matcher = NameMatcher.of(organizations);
    Map<String, Organization> byName = new HashMap<>();
    for (Organization o : organizations) {
      byId.put(o.id(), o);
      byName.putIfAbsent(OrganizationNames.key(o.name()), o);
      o.aliases().forEach(a -> byName.putIfAbsent(OrganizationNames.key(a), o));
    }
    for (Organization o : organizations) {
      if (o.parent() != null && !o.parent().isBlank()) {
        Organization p = byName.get(OrganizationNames.key(o.parent()));
        // An alias shared with the parent must not make an organization its own parent.
        if (p != null && !p.id().equals(o.id())) {
          parents.put(o.id(), p);
          children.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(o);
        }
      }
    }
    for (Transfer t : transfers) {
      if (t.recipientCountry() == null) {
        continue;
      }
      for (OrganizationRef s : t.supplierOrgs()) {
        if (s.id() != null) {
          reached.computeIfAbsent(s.id(), k -> new TreeSet<>()).add(t.recipientCountry());
        }
      }
      if (t.financing() != null && t.financing().lender() != null) {
        Organization lender = byName.get(OrganizationNames.key(t.financing().lender()));
        if (lender != null) {
          reached.computeIfAbsent(lender.id(), k -> new TreeSet<>()).add(t.recipientCountry());
        }
      }
    }
  }

  /** Screens against these organizations; transfers give the footprints (pass published ones). */
  public static Screener of(List<Organization> organizations, Collection<Transfer> transfers) {
    return new Screener(organizations, transfers);
  }

  public NameMatcher matcher() {
    return matcher;
  }

  /** The alerts for one name: matches at or above the threshold, best first, at most limit. */
  public Result screen(String name, double threshold, int limit) {
    List<Alert> alerts = new ArrayList<>();
    for (NameMatch m : matcher.match(name, threshold, limit)) {
      Organization o = byId.get(m.organizationId());
      Organization p = parents.get(o.id());
      List<Related> owns = new ArrayList<>();
      children.getOrDefault(o.id(), List.of()).forEach(c -> owns.add(related(c)));
      alerts.add(
          new Alert(
              m,
              o.country(),
              o.kind() == null ? null : o.kind().key(),
              footprint(o),
              p == null ? null : related(p),
              owns));
    }
    return new Result(name, alerts);
  }

  private Related related(Organization o) {
    return new Related(o.id(), o.name(), o.country(), footprint(o));
  }

  /** Recipient countries of the organization and its subsidiaries, sorted. */
  private List<String> footprint(Organization o) {
    Set<String> countries = new TreeSet<>(reached.getOrDefault(o.id(), Set.of()));
    for (Organization c : children.getOrDefault(o.id(), List.of())) {
      countries.addAll(reached.getOrDefault(c.id(), Set.of()));
    }
    return List.copyOf(countries);
  }
}
