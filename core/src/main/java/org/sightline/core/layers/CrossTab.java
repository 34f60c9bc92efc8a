package org.sightline.core.layers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;

/**
 * Technologies by the categories of an indicator: for each category (e.g. "Closed autocracy"), the
 * N countries in it and, per technology, the countries the published register records it for, their
 * share of N and the transfers behind the cell. Countries with transfers but no value of the
 * indicator are listed apart ({@code unclassified}) rather than dropped. Built only by {@link #of},
 * which hands each record unmodifiable lists.
 */
public record CrossTab(
    String indicator, List<CrossTab.Category> categories, List<String> unclassified) {

  /** One category of the indicator and its countries. */
  public record Category(String value, int n, List<String> countries, List<Cell> cells) {}

  /** Countries of one category with one technology: how many, their share of N, the records. */
  public record Cell(
      String technology,
      int count,
      double share,
      List<String> countries,
      List<String> transferIds) {}

  /**
   * @param valueByCountry the indicator's value per country code (one year's, or each country's
   *     latest)
   */
  public static CrossTab of(
      String indicator, Map<String, String> valueByCountry, Collection<Transfer> published) {
    RegisterIndex register = new RegisterIndex(published);
    Map<String, TreeSet<String>> countriesByValue = new TreeMap<>();
    valueByCountry.forEach(
        (country, value) ->
            countriesByValue.computeIfAbsent(value, v -> new TreeSet<>()).add(country));
    List<Category> categories = new ArrayList<>();
    countriesByValue.forEach(
        (value, countries) -> {
          List<Cell> cells = new ArrayList<>();
          for (TechnologyCategory technology : TechnologyCategory.values()) {
            List<String> with = new ArrayList<>();
            TreeSet<String> ids = new TreeSet<>();
            for (String country : countries) {
              List<String> behind = register.transferIds(country, technology);
              if (!behind.isEmpty()) {
                with.add(country);
                ids.addAll(behind);
              }
            }
            double share = Math.round(1000.0 * with.size() / countries.size()) / 1000.0;
            cells.add(
                new Cell(
                    technology.key(), with.size(), share, List.copyOf(with), List.copyOf(ids)));
          }
          categories.add(
              new Category(value, countries.size(), List.copyOf(countries), List.copyOf(cells)));
        });
    List<String> unclassified =
        register.countries().stream().filter(c -> !valueByCountry.containsKey(c)).toList();
    return new CrossTab(indicator, List.copyOf(categories), unclassified);
  }
}
