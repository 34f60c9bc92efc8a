package org.sightline.core.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sightline.core.countries.Countries;
import org.sightline.core.countries.Country;
import org.sightline.core.extract.text.BundledTsv;
import org.sightline.core.extract.text.TextNormaliser;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.registry.OrganizationNames;

/**
 * Every name and term extraction looks for, compiled into one {@link PatternMatcher} so a document
 * is scanned once: countries (names, alternative names, demonyms, capitals — case-sensitive, as
 * proper nouns are), organizations and their aliases from the register, lender phrases, and the
 * {@link Lexicon} (any case). Immutable and thread-safe.
 */
public final class Gazetteer {
  /** Capitals that are more often a person's or another place's name than the capital. */
  private static final Set<String> AMBIGUOUS_CAPITALS =
      Set.of(
          "Victoria",
          "Kingston",
          "Hamilton",
          "Georgetown",
          "George Town",
          "Stanley",
          "Jamestown",
          "Plymouth",
          "Male",
          "The Valley",
          "Road Town",
          "Douglas",
          "Saint John's",
          "Adamstown",
          "Kingstown",
          "Palikir",
          "Flying Fish Cove",
          "West Island",
          "Avarua",
          "Alofi",
          "Mata-Utu",
          "Saint-Pierre",
          "Marigot",
          "Gustavia",
          "Philipsburg",
          "Charlotte Amalie",
          "Hagåtña",
          "Saipan",
          "Pago Pago",
          "Nuuk",
          "Tórshavn",
          "Longyearbyen",
          "King Edward Point",
          "Port-aux-Français",
          "Washington D.C.",
          "Melekeok",
          "Ngerulmud",
          "Yaren",
          "Funafuti");

  /** Alternative spellings in the country data that are ordinary words or too ambiguous. */
  private static final Set<String> AMBIGUOUS_NAMES =
      Set.of(
          "Guinea",
          "Congo",
          "America",
          "Korea",
          "Republic",
          "Union",
          "Kingdom",
          "Holland",
          "States",
          "Emirates",
          "Federation",
          "Islands",
          "Island",
          "Georgia");

  private static final List<String> LENDER_PHRASES =
      List.of(
          "Exim Bank",
          "Eximbank",
          "EXIM",
          "Export-Import Bank",
          "China Exim Bank",
          "China Eximbank",
          "Export-Import Bank of China",
          "China Development Bank",
          "Bank of China",
          "Industrial and Commercial Bank of China",
          "ICBC",
          "World Bank",
          "African Development Bank",
          "Asian Development Bank",
          "Afreximbank",
          "Inter-American Development Bank",
          "Sinosure");

  private static final Set<String> GENERIC_AGENCY_WORDS =
      Set.of(
          "ministry",
          "of",
          "the",
          "and",
          "interior",
          "internal",
          "affairs",
          "defence",
          "defense",
          "home",
          "public",
          "security",
          "government",
          "department",
          "federal",
          "police",
          "other",
          "agencies",
          "digital",
          "development",
          "industry",
          "national",
          "services",
          "service",
          "local",
          "coordination",
          "information",
          "technology",
          "technologies",
          "communications",
          "state",
          "committee",
          "for",
          "authorities");

  private final PatternMatcher matcher;
  private final Entity[] entityOf; // pattern id -> entity or null
  private final Term[] termOf; // pattern id -> lexicon term or null
  private final Lexicon lexicon;
  private final Countries countries;

  private Gazetteer(
      PatternMatcher matcher, Entity[] entityOf, Term[] termOf, Lexicon lexicon, Countries c) {
    this.matcher = matcher;
    this.entityOf = entityOf;
    this.termOf = termOf;
    this.lexicon = lexicon;
    this.countries = c;
  }

  /** Builds the gazetteer for the register's organizations (may be empty). */
  public static Gazetteer build(
      Countries countries, List<Organization> organizations, Lexicon lexicon) {
    PatternMatcher.Builder b = new PatternMatcher.Builder();
    List<Entity> entities = new ArrayList<>();
    List<Term> terms = new ArrayList<>();
    // Lexicon first: where an entity name equals a term (rare), both are kept on one pattern.
    for (Term t : lexicon.terms()) {
      String text = t.text();
      boolean prefix = text.endsWith("*");
      int id = b.add(prefix ? text.substring(0, text.length() - 1) : text, prefix, null);
      set(terms, id, t);
    }
    for (Country c : countries.all()) {
      addCountry(b, entities, c.name(), new Entity(Entity.Kind.COUNTRY_NAME, c.code(), c.name()));
      addCountry(
          b, entities, c.officialName(), new Entity(Entity.Kind.COUNTRY_NAME, c.code(), c.name()));
    }
    for (Country c : countries.all()) {
      for (String alt : c.alternativeNames()) {
        if (!AMBIGUOUS_NAMES.contains(alt) && alt.length() >= 3) {
          addCountry(b, entities, alt, new Entity(Entity.Kind.COUNTRY_NAME, c.code(), c.name()));
        }
      }
      for (String d : c.demonyms()) {
        addCountry(b, entities, d, new Entity(Entity.Kind.COUNTRY_DEMONYM, c.code(), c.name()));
      }
      for (String cap : c.capitals()) {
        if (!AMBIGUOUS_CAPITALS.contains(cap)) {
          addCountry(b, entities, cap, new Entity(Entity.Kind.COUNTRY_CAPITAL, c.code(), c.name()));
        }
      }
    }
    // After every country name, demonym and capital: a place never takes one of their names.
    for (String[] row : BundledTsv.rows("/org/sightline/core/extract/places.tsv")) {
      Country c =
          countries
              .byCode(row[1])
              .orElseThrow(
                  () -> new IllegalStateException("places.tsv: unknown country " + row[1]));
      Entity.Kind kind =
          row.length > 2 && row[2].equals("demonym")
              ? Entity.Kind.COUNTRY_DEMONYM
              : Entity.Kind.COUNTRY_PLACE;
      addExact(b, entities, row[0], new Entity(kind, c.code(), c.name()));
    }
    for (Organization o : organizations) {
      Entity.Kind kind;
      if (o.kind() == OrganizationKind.LENDER) {
        kind = Entity.Kind.LENDER;
      } else if (o.kind() == OrganizationKind.AGENCY) {
        if (isGenericAgency(o.name())) {
          continue;
        }
        kind = Entity.Kind.AGENCY;
      } else {
        kind = Entity.Kind.SUPPLIER_ORG;
      }
      Entity e = new Entity(kind, emptyToNull(o.country()), o.name());
      List<String> names = new ArrayList<>();
      names.add(o.name());
      names.addAll(o.aliases());
      for (String n : List.copyOf(names)) {
        // "NSO Group" is usually written "NSO"; keep short stripped forms only when distinctive.
        String stripped = stripLegalSuffix(n);
        if (!stripped.equals(n) && stripped.length() >= 3 && !stripped.equals("Area")) {
          names.add(stripped);
        }
        // "Banco Santander (Hong Kong branch)" is written without its parenthesis.
        int paren = n.indexOf(" (");
        if (paren > 2) {
          names.add(n.substring(0, paren));
        }
      }
      for (String n : names) {
        addExact(b, entities, n, e);
      }
    }
    for (String phrase : LENDER_PHRASES) {
      String canonical = phrase;
      // "China Exim Bank" and the register's "China Eximbank" differ only by a space.
      String key = OrganizationNames.key(phrase).replace(" ", "");
      for (Organization o : organizations) {
        if (o.kind() == OrganizationKind.LENDER
            && (OrganizationNames.key(o.name()).replace(" ", "").equals(key)
                || o.aliases().stream()
                    .anyMatch(a -> OrganizationNames.key(a).replace(" ", "").equals(key)))) {
          canonical = o.name();
        }
      }
      String country = phrase.contains("China") || phrase.equals("Sinosure") ? "CN" : null;
      addExact(b, entities, phrase, new Entity(Entity.Kind.LENDER, country, canonical));
    }
    PatternMatcher m = b.build();
    return new Gazetteer(
        m,
        entities.toArray(new Entity[m.patternCount()]),
        terms.toArray(new Term[m.patternCount()]),
        lexicon,
        countries);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
  }

  private static boolean isGenericAgency(String name) {
    for (String w : OrganizationNames.words(name)) {
      if (!GENERIC_AGENCY_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static String stripLegalSuffix(String name) {
    String[] words = name.trim().split("\\s+");
    int n = words.length;
    while (n > 1
        && OrganizationNames.LEGAL_SUFFIXES.contains(
            words[n - 1].toLowerCase(Locale.ROOT).replace(".", "").replace(",", ""))) {
      n--;
    }
    String s = String.join(" ", java.util.Arrays.copyOf(words, n));
    return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
  }

  private static void addCountry(
      PatternMatcher.Builder b, List<Entity> entities, String name, Entity e) {
    if (name == null || name.isBlank()) {
      return;
    }
    addExact(b, entities, name, e);
    if (name.startsWith("The ")) {
      addExact(b, entities, "the " + name.substring(4), e);
    }
  }

  private static void addExact(
      PatternMatcher.Builder b, List<Entity> entities, String name, Entity e) {
    String n = TextNormaliser.normalise(name.trim());
    if (n.length() < 2) {
      return;
    }
    int id = b.add(n, false, List.of(n, n.toUpperCase(Locale.ROOT)));
    // First claim wins: official and common names were added before alternative spellings.
    if (id >= entities.size() || entities.get(id) == null) {
      set(entities, id, e);
    }
  }

  private static <T> void set(List<T> list, int index, T value) {
    while (list.size() <= index) {
      list.add(null);
    }
    list.set(index, value);
  }

  public PatternMatcher matcher() {
    return matcher;
  }

  /** The entity a pattern names, or null when the pattern is only a lexicon term. */
  public Entity entity(int pattern) {
    return entityOf[pattern];
  }

  /** The lexicon term of a pattern, or null. */
  public Term term(int pattern) {
    return termOf[pattern];
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public Countries countries() {
    return countries;
  }
}
