package org.sightline.core.screen;

import java.util.List;
import java.util.Set;

/**
 * Words naming trades that no organization of the register is in (food, wine, furniture, glass,
 * insurance, mining...). A screened name that adds such a word to a registered name ("Acme Foods"
 * against "Acme") names another firm that shares the name, not a unit of the registered one: the
 * register records vendors, integrators, lenders and agencies of surveillance, and their local arms
 * and divisions are named for places and for what they do in that trade ("Acme Middle East", "Acme
 * Sistemas"). Finance words stay out (lenders are registered) and so do trades that surveillance
 * firms' own units are in (medical imaging, energy, vehicles).
 */
final class OtherTrades {
  /** The score of a match whose screened name adds such a word is multiplied by this. */
  static final double FACTOR = 0.8;

  private static final Set<String> WORDS =
      Set.of(
          "food",
          "foods",
          "wine",
          "wines",
          "winery",
          "wineries",
          "brewery",
          "breweries",
          "beverage",
          "beverages",
          "dairy",
          "bakery",
          "restaurant",
          "restaurants",
          "hotel",
          "hotels",
          "resort",
          "resorts",
          "catering",
          "pharma",
          "pharmaceutical",
          "pharmaceuticals",
          "cosmetics",
          "furniture",
          "plumbing",
          "insurance",
          "realty",
          "apparel",
          "fashion",
          "textile",
          "textiles",
          "garments",
          "clothing",
          "jewellery",
          "jewelry",
          "toys",
          "footwear",
          "mining",
          "minerals",
          "petroleum",
          "glass",
          "cement",
          "ceramics",
          "timber",
          "lumber",
          "tobacco",
          "fisheries",
          "seafood",
          "poultry",
          "farms",
          "fertilizer",
          "fertilizers",
          "cafe",
          "coffee",
          "confectionery",
          "chocolate",
          "candy",
          "perfume",
          "perfumes",
          "salon");

  private OtherTrades() {}

  /** The screened name's words naming another trade (usually none). */
  static List<String> in(List<String> tokens) {
    List<String> found = null;
    for (String t : tokens) {
      if (WORDS.contains(t)) {
        if (found == null) {
          found = new java.util.ArrayList<>(1);
        }
        found.add(t);
      }
    }
    return found == null ? List.of() : found;
  }

  /** The words of {@code trades} that the registered name lacks. */
  static List<String> added(List<String> trades, List<String> registered) {
    return trades.stream().filter(t -> !registered.contains(t)).toList();
  }

  /** The rule's line in a match's explanation. */
  static String rule(List<String> added) {
    return "adds '"
        + String.join(" ", added)
        + "', a trade none of the register's organizations is in: read as another firm that"
        + " shares the name";
  }
}
