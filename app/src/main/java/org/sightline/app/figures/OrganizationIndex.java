package org.sightline.app.figures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.OrganizationNames;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The published organizations and the part each plays in the published transfers: supplier, lender
 * (the financing's lender, a name in the record, matched to an organization by its names and
 * aliases), end user (likewise, preferring an organization of the recipient country, since agency
 * names such as "Ministry of Interior" repeat) and owner (subsidiaries roll up to their parents, at
 * every level). Rebuilt when the register's revision changes, like {@link PublishedFigures}.
 *
 * <p>Templates use it as {@code @organizationIndex} to link a lender or end-user name to its page.
 */
@Component("organizationIndex")
public class OrganizationIndex {
  private final Register register;
  private final PublishedFigures published;
  private volatile Snapshot snapshot;

  /** Indices of past days, each built from (and kept as long as) its figures snapshot. */
  private final Cache<PublishedFigures.Snapshot, Snapshot> pastDays =
      Caffeine.newBuilder().weakKeys().maximumSize(16).build();

  public OrganizationIndex(Register register, PublishedFigures published) {
    this.register = register;
    this.published = published;
  }

  /** The index as of the newest revision. */
  public Snapshot current() {
    PublishedFigures.Snapshot figures = published.current();
    Snapshot s = snapshot;
    // Built from that very figures snapshot: one per register version (a late commit included).
    if (s != null && s.figures == figures) {
      return s;
    }
    synchronized (this) {
      s = snapshot;
      if (s == null || s.figures != figures) {
        s = new Snapshot(figures.revision(), register.organizations(Visibility.PUBLIC), figures);
        snapshot = s;
      }
      return s;
    }
  }

  /**
   * The index as of the end of this day (UTC), from the organizations and transfers as they were
   * then; the current one when the day is null.
   */
  public Snapshot asOf(LocalDate day) {
    if (day == null) {
      return current();
    }
    PublishedFigures.Snapshot figures = published.asOf(day);
    return pastDays.get(
        figures,
        f ->
            new Snapshot(
                f.revision(),
                register.publishedOrganizationsBefore(PublishedFigures.endOf(day)),
                f));
  }

  /**
   * The page of the organization a name (of a lender, an end user, a parent) refers to, or null.
   */
  public String href(String name, String country) {
    return forThisRequest()
        .resolve(name, country)
        .map(o -> "/organizations/" + o.id())
        .orElse(null);
  }

  /**
   * The index for the whole of one web request: a page links every card's lender and end user, and
   * asking the register for its revision once per link would cost a query each.
   */
  private Snapshot forThisRequest() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return current();
    }
    if (request.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST) instanceof Snapshot s) {
      return s;
    }
    Snapshot s = current();
    request.setAttribute(REQUEST_KEY, s, RequestAttributes.SCOPE_REQUEST);
    return s;
  }

  private static final String REQUEST_KEY = OrganizationIndex.class.getName();

  /** The page of the organization a name refers to, or null. */
  public String href(String name) {
    return href(name, null);
  }

  /** The transfers that name one organization, by the part it plays in them (ids, sorted). */
  public record Roles(
      List<String> supplied,
      List<String> suppliedBySubsidiaries,
      List<String> financed,
      List<String> asEndUser) {
    /** Every transfer the organization takes part in, by any role (with subsidiaries). */
    public Set<String> all() {
      Set<String> all = new TreeSet<>(supplied);
      all.addAll(suppliedBySubsidiaries);
      all.addAll(financed);
      all.addAll(asEndUser);
      return all;
    }
  }

  /** One revision's organizations and the roles they play in its published transfers. */
  public static final class Snapshot {
    private static final Comparator<Organization> COMPANIES_FIRST =
        Comparator.comparing((Organization o) -> o.kind() == OrganizationKind.AGENCY)
            .thenComparing(Organization::id);

    private final long revision;
    private final PublishedFigures.Snapshot figures;
    private final Map<String, StoredOrganization> stored = new TreeMap<>();
    private final Map<String, Organization> byId = new TreeMap<>();
    private final Map<String, List<Organization>> byKey = new HashMap<>();
    private final Map<String, List<String>> children = new TreeMap<>();
    private final Map<String, Set<String>> supplied = new HashMap<>();
    private final Map<String, Set<String>> financed = new HashMap<>();
    private final Map<String, Set<String>> endUser = new HashMap<>();

    Snapshot(long revision, List<StoredOrganization> organizations, PublishedFigures.Snapshot f) {
      this.revision = revision;
      this.figures = f;
      for (StoredOrganization s : organizations) {
        Organization o = s.organization();
        stored.put(o.id(), s);
        byId.put(o.id(), o);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(OrganizationNames.key(o.name()));
        o.aliases().forEach(a -> keys.add(OrganizationNames.key(a)));
        keys.remove("");
        keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o));
      }
      byKey.values().forEach(list -> list.sort(COMPANIES_FIRST));
      for (Organization o : byId.values()) {
        // Every organization with the parent's name is its parent, as the register reads it.
        String key = OrganizationNames.key(o.parent());
        for (Organization p : byKey.getOrDefault(key, List.of())) {
          if (!p.id().equals(o.id())) {
            children.computeIfAbsent(p.id(), x -> new ArrayList<>()).add(o.id());
          }
        }
      }
      for (Transfer t : f.transfers()) {
        for (OrganizationRef o : t.supplierOrgs()) {
          if (o.id() != null) {
            supplied.computeIfAbsent(o.id(), x -> new TreeSet<>()).add(t.id());
          }
        }
        if (t.financing() != null) {
          resolve(t.financing().lender(), null)
              .ifPresent(o -> financed.computeIfAbsent(o.id(), x -> new TreeSet<>()).add(t.id()));
        }
        resolve(t.endUser(), t.recipientCountry())
            .ifPresent(o -> endUser.computeIfAbsent(o.id(), x -> new TreeSet<>()).add(t.id()));
      }
    }

    public long revision() {
      return revision;
    }

    /** The published transfers this index was built from. */
    public PublishedFigures.Snapshot figures() {
      return figures;
    }

    /** Every published organization, by id. */
    public List<Organization> organizations() {
      return List.copyOf(byId.values());
    }

    public Optional<Organization> byId(String id) {
      return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** A published organization with its revision and last change. */
    public Optional<StoredOrganization> stored(String id) {
      return Optional.ofNullable(id == null ? null : stored.get(id));
    }

    /**
     * The organization a name refers to: one with that name or alias, preferring one based in
     * {@code country} (when given), then companies over agencies, then the lowest id.
     */
    public Optional<Organization> resolve(String name, String country) {
      List<Organization> found = byKey.getOrDefault(OrganizationNames.key(name), List.of());
      if (found.isEmpty()) {
        return Optional.empty();
      }
      if (country != null) {
        for (Organization o : found) {
          if (country.equals(o.country())) {
            return Optional.of(o);
          }
        }
      }
      return Optional.of(found.get(0));
    }

    /** An organization and all its subsidiaries, at every level (the ids, sorted). */
    public Set<String> family(String id) {
      Set<String> family = new TreeSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(id));
      while (!todo.isEmpty()) {
        String next = todo.pop();
        if (family.add(next)) {
          todo.addAll(children.getOrDefault(next, List.of()));
        }
      }
      return family;
    }

    /** The direct subsidiaries of an organization. */
    public List<Organization> subsidiaries(String id) {
      return children.getOrDefault(id, List.of()).stream().map(byId::get).toList();
    }

    public Roles roles(String id) {
      Set<String> own = supplied.getOrDefault(id, Set.of());
      Set<String> viaSubsidiaries = new TreeSet<>();
      for (String member : family(id)) {
        if (!member.equals(id)) {
          viaSubsidiaries.addAll(supplied.getOrDefault(member, Set.of()));
        }
      }
      viaSubsidiaries.removeAll(own);
      return new Roles(
          List.copyOf(new TreeSet<>(own)),
          List.copyOf(viaSubsidiaries),
          List.copyOf(financed.getOrDefault(id, Set.of())),
          List.copyOf(endUser.getOrDefault(id, Set.of())));
    }

    /**
     * The register id of the lender financing a transfer, or null when it is not in the register.
     */
    public String lenderOf(Transfer t) {
      return t.financing() == null
          ? null
          : resolve(t.financing().lender(), null).map(Organization::id).orElse(null);
    }

    /** The register id of a transfer's end user, or null when it is not in the register. */
    public String endUserOf(Transfer t) {
      return resolve(t.endUser(), t.recipientCountry()).map(Organization::id).orElse(null);
    }
  }
}
