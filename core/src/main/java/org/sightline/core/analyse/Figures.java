package org.sightline.core.analyse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Financing;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;

/**
 * The figures of the observatory, computed from a list of transfers. Only published transfers
 * count: drafts, records in review and retractions passed in are ignored, so a caller cannot leak
 * unpublished work into a public figure. Results are deterministic (stable order) for the same
 * input in any order.
 */
public final class Figures {
  private final Countries countries;

  public Figures(Countries countries) {
    this.countries = Objects.requireNonNull(countries);
  }

  /** One entry per recipient country that has published transfers, ordered by code. */
  public List<CountrySummary> countrySummaries(Collection<Transfer> transfers) {
    Map<String, List<Transfer>> byCountry = groupByRecipient(published(transfers));
    List<CountrySummary> result = new ArrayList<>();
    byCountry.forEach(
        (code, list) -> {
          Map<String, Supplier> suppliers = suppliersOf(list);
          result.add(
              new CountrySummary(
                  code,
                  countries.nameOf(code),
                  list.size(),
                  technologyKeys(list),
                  suppliers.size(),
                  suppliers.values().stream().map(Supplier::name).sorted().toList(),
                  ids(list)));
        });
    return result;
  }

  /**
   * The profile of one recipient country; a country without published transfers gets an empty
   * profile (all counts zero), not an error: absence of records is itself a fact to show.
   */
  public CountryProfile countryProfile(String countryCode, Collection<Transfer> transfers) {
    String code = countryCode.trim().toUpperCase(Locale.ROOT);
    List<Transfer> list =
        published(transfers).stream().filter(t -> code.equals(t.recipientCountry())).toList();

    List<Tally> technologies = technologyTallies(list);

    List<SupplierTally> suppliers =
        bySupplier(list).stream()
            .map(
                g -> {
                  List<String> ids = ids(g.transfers());
                  return new SupplierTally(
                      g.supplier().id(),
                      g.supplier().name(),
                      supplierCountry(g.transfers()),
                      ids.size(),
                      ids);
                })
            .sorted(
                Comparator.comparingInt(SupplierTally::transfers)
                    .reversed()
                    .thenComparing(SupplierTally::name))
            .toList();

    Map<Integer, List<Transfer>> byYear = new TreeMap<>();
    List<Transfer> undated = new ArrayList<>();
    for (Transfer t : list) {
      if (t.yearStart() == null) {
        undated.add(t);
      } else {
        byYear.computeIfAbsent(t.yearStart(), y -> new ArrayList<>()).add(t);
      }
    }
    List<YearTally> timeline =
        byYear.entrySet().stream()
            .map(e -> new YearTally(e.getKey(), e.getValue().size(), ids(e.getValue())))
            .toList();

    return new CountryProfile(
        code,
        countries.nameOf(code),
        list.size(),
        technologies,
        suppliers,
        timeline,
        ids(undated),
        financing(list),
        ids(list));
  }

  /**
   * Where the given organizations (a vendor and, if the caller wants them rolled up, its
   * subsidiaries) have supplied: transfers naming any of them as a supplier.
   */
  public VendorFootprint vendorFootprint(
      Collection<String> organizationIds, Collection<Transfer> transfers) {
    Set<String> wanted = new TreeSet<>(organizationIds);
    List<Transfer> list =
        published(transfers).stream()
            .filter(
                t ->
                    t.supplierOrgs().stream()
                        .anyMatch(o -> o.id() != null && wanted.contains(o.id())))
            .toList();
    List<Tally> byCountry =
        groupByRecipient(list).entrySet().stream()
            .map(e -> tally(e.getKey(), countries.nameOf(e.getKey()), e.getValue()))
            .sorted(LARGEST_FIRST)
            .toList();
    List<Tally> byTech = technologyTallies(list);
    return new VendorFootprint(List.copyOf(wanted), byCountry, byTech, ids(list));
  }

  /** Countries reached per technology, per supplier country and per vendor, largest first. */
  public GlobalStats globalStats(Collection<Transfer> transfers) {
    List<Transfer> list = published(transfers);

    List<Reach> perTechnology =
        byTechnology(list).entrySet().stream()
            .map(e -> reach(e.getKey().key(), e.getKey().label(), e.getValue()))
            .sorted(WIDEST_FIRST)
            .toList();

    Map<String, List<Transfer>> bySupplierCountry = new TreeMap<>();
    for (Transfer t : list) {
      // A transfer whose supplier country no source states is left out of this figure only.
      if (t.supplierCountry() != null) {
        bySupplierCountry.computeIfAbsent(t.supplierCountry(), c -> new ArrayList<>()).add(t);
      }
    }
    List<Reach> perSupplierCountry =
        bySupplierCountry.entrySet().stream()
            .map(e -> reach(e.getKey(), countries.nameOf(e.getKey()), e.getValue()))
            .sorted(WIDEST_FIRST)
            .toList();

    List<Reach> perVendor =
        bySupplier(list).stream()
            .map(g -> reach(g.supplier().key(), g.supplier().name(), g.transfers()))
            .sorted(WIDEST_FIRST)
            .toList();

    return new GlobalStats(
        list.size(), groupByRecipient(list).size(), perTechnology, perSupplierCountry, perVendor);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static final Comparator<Tally> LARGEST_FIRST =
      Comparator.comparingInt(Tally::transfers).reversed().thenComparing(Tally::key);

  private static final Comparator<Reach> WIDEST_FIRST =
      Comparator.comparingInt(Reach::countries).reversed().thenComparing(Reach::key);

  /** A supplier as figures identify it: by register id, or by name when it has none. */
  private record Supplier(String id, String name) {
    String key() {
      return id != null ? id : name;
    }
  }

  private static List<Transfer> published(Collection<Transfer> transfers) {
    return transfers.stream()
        .filter(Transfer::isPublished)
        .sorted(Comparator.comparing(Transfer::id))
        .toList();
  }

  private static Map<String, List<Transfer>> groupByRecipient(List<Transfer> list) {
    Map<String, List<Transfer>> map = new TreeMap<>();
    for (Transfer t : list) {
      map.computeIfAbsent(t.recipientCountry(), c -> new ArrayList<>()).add(t);
    }
    return map;
  }

  private static Map<TechnologyCategory, List<Transfer>> byTechnology(List<Transfer> list) {
    Map<TechnologyCategory, List<Transfer>> map = new TreeMap<>();
    for (Transfer t : list) {
      for (TechnologyCategory c : new TreeSet<>(t.technologies())) {
        map.computeIfAbsent(c, k -> new ArrayList<>()).add(t);
      }
    }
    return map;
  }

  /** Transfers per technology they name, largest first. */
  private static List<Tally> technologyTallies(List<Transfer> list) {
    return byTechnology(list).entrySet().stream()
        .map(e -> tally(e.getKey().key(), e.getKey().label(), e.getValue()))
        .sorted(LARGEST_FIRST)
        .toList();
  }

  private static List<String> technologyKeys(List<Transfer> list) {
    return byTechnology(list).keySet().stream().map(TechnologyCategory::key).toList();
  }

  /** One supplier and the transfers that name it. */
  private record SupplierGroup(Supplier supplier, List<Transfer> transfers) {}

  /** The transfers grouped by each supplier they name, in the order of the suppliers' keys. */
  private static List<SupplierGroup> bySupplier(List<Transfer> list) {
    Map<String, SupplierGroup> groups = new TreeMap<>();
    for (Transfer t : list) {
      for (Supplier s : suppliersOf(List.of(t)).values()) {
        groups
            .computeIfAbsent(s.key(), k -> new SupplierGroup(s, new ArrayList<>()))
            .transfers()
            .add(t);
      }
    }
    return List.copyOf(groups.values());
  }

  private static Map<String, Supplier> suppliersOf(List<Transfer> list) {
    Map<String, Supplier> map = new TreeMap<>();
    for (Transfer t : list) {
      for (OrganizationRef o : t.supplierOrgs()) {
        Supplier s = new Supplier(o.id(), o.name());
        map.putIfAbsent(s.key(), s);
      }
    }
    return map;
  }

  /** The supplier country the records state most often for one supplier (ties: alphabetical). */
  private static String supplierCountry(List<Transfer> list) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Transfer t : list) {
      if (t.supplierCountry() != null) {
        counts.merge(t.supplierCountry(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> e.getKey(), Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static List<LenderTotal> financing(List<Transfer> list) {
    // TreeMap cannot hold a null key, so the unnamed lender gets a sentinel that sorts last.
    String unnamed = "\uffff";
    Map<String, List<Transfer>> byLender = new TreeMap<>();
    for (Transfer t : list) {
      Financing f = t.financing();
      if (f != null) {
        String lender = f.lender() == null || f.lender().isBlank() ? unnamed : f.lender();
        byLender.computeIfAbsent(lender, l -> new ArrayList<>()).add(t);
      }
    }
    List<LenderTotal> result = new ArrayList<>();
    byLender.forEach(
        (lender, financed) ->
            result.add(lenderTotal(lender.equals(unnamed) ? null : lender, financed)));
    return List.copyOf(result);
  }

  /**
   * What one lender financed: the stated amounts summed per currency over the given published
   * transfers that have a financing (a lender's page passes those that name it under any of its
   * names), how many state no amount, and their ids.
   */
  public static LenderTotal lenderTotal(String lender, Collection<Transfer> transfers) {
    List<Transfer> financed =
        published(transfers).stream().filter(t -> t.financing() != null).toList();
    Map<String, BigDecimal> totals = new TreeMap<>();
    int withoutAmount = 0;
    for (Transfer t : financed) {
      Financing f = t.financing();
      if (f.amount() == null || f.currency() == null) {
        withoutAmount++;
      } else {
        totals.merge(f.currency(), f.amount(), BigDecimal::add);
      }
    }
    return new LenderTotal(lender, totals, financed.size(), withoutAmount, ids(financed));
  }

  private static Tally tally(String key, String name, List<Transfer> list) {
    List<String> ids = ids(list);
    return new Tally(key, name, ids.size(), ids);
  }

  private static Reach reach(String key, String name, List<Transfer> list) {
    List<String> codes = list.stream().map(Transfer::recipientCountry).distinct().sorted().toList();
    return new Reach(key, name, codes.size(), codes, ids(list));
  }

  private static List<String> ids(List<Transfer> list) {
    return list.stream().map(Transfer::id).distinct().sorted().toList();
  }
}
