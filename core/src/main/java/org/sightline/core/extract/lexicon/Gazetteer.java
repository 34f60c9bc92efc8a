package org.sightline.core.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * proper nouns are), organizations and their aliases from the register, lender phrases
 * (`lenders.tsv`), and the {@link Lexicon} (any case). Immutable and thread-safe.
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

  /**
   * Two-letter spellings read as countries: the data's other two-letter codes are words ("IT",
   * "IN", "NO", "AM"), but these two are how English news writes two of its most named countries.
   * Only the capitals match ("us" stays a pronoun); {@code Mentions} keeps "US$" a currency and
   * reads them only where no word follows ("sold to the US.", not "a US firm").
   */
  private static final Set<String> TWO_LETTER_NAMES = Set.of("US", "UK");

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

  /** Names in another language that are ordinary words or another place there. */
  private static final Set<String> AMBIGUOUS_FOREIGN_NAMES = Set.of("Granada", "Maurice", "Chad");

  private final PatternMatcher matcher;
  // per language, built on first use: only the patterns read in that language
  private final PatternMatcher[] languageMatchers = new PatternMatcher[Language.values().length];
  private final Entity[][] entityOf; // pattern id -> entity per language, or null
  // pattern id -> the languages its entity is read in; and, for a pattern whose written forms
  // belong to different languages ("China" everywhere, "china" only in Spanish), each form's
  // languages, so that a form is recognised only in its own language
  private final int[] entityLanguages;
  private final String[][] formsOf;
  private final int[][] formLanguages;
  private final Term[][] termOf; // pattern id -> lexicon term per language, or null
  private final Lexicon lexicon;
  private final Countries countries;
  private Map<String, String> exportImportBanks = Map.of();

  private Gazetteer(
      PatternMatcher matcher,
      Entity[][] entityOf,
      Forms forms,
      Term[][] termOf,
      Lexicon lexicon,
      Countries c) {
    this.matcher = matcher;
    this.entityOf = entityOf;
    int n = matcher.patternCount();
    this.entityLanguages = new int[n];
    this.formsOf = new String[n][];
    this.formLanguages = new int[n][];
    for (int p = 0; p < n && p < forms.byPattern.size(); p++) {
      List<Form> fs = forms.byPattern.get(p);
      if (fs == null) {
        continue;
      }
      boolean mixed = false;
      for (Form f : fs) {
        entityLanguages[p] |= f.languages();
        mixed |= f.languages() != Language.ALL;
      }
      // a pattern shared with a lexicon term ("usa", a Spanish and Portuguese verb, and "USA") is
      // matched in any case: its entity then needs one of its own written forms
      boolean sharedWithTerm = p < termOf.length && termOf[p] != null;
      if (mixed || sharedWithTerm) {
        formsOf[p] = fs.stream().map(Form::text).toArray(String[]::new);
        formLanguages[p] = fs.stream().mapToInt(Form::languages).toArray();
      }
    }
    this.termOf = termOf;
    this.lexicon = lexicon;
    this.countries = c;
  }

  /** Builds the gazetteer for the register's organizations (may be empty). */
  public static Gazetteer build(
      Countries countries, List<Organization> organizations, Lexicon lexicon) {
    PatternMatcher.Builder b = new PatternMatcher.Builder();
    Forms forms = new Forms();
    List<Term[]> terms = new ArrayList<>();
    // Lexicon first: where an entity name equals a term (rare), both are kept on one pattern.
    for (Language l : Language.values()) {
      for (Term t : lexicon.terms(l)) {
        String text = t.text();
        boolean prefix = text.endsWith("*");
        int id = b.add(prefix ? text.substring(0, text.length() - 1) : text, prefix, null);
        while (terms.size() <= id) {
          terms.add(null);
        }
        if (terms.get(id) == null) {
          terms.set(id, new Term[Language.values().length]);
        }
        terms.get(id)[l.ordinal()] = t;
      }
    }
    // A name written in one language claims its pattern there before any English name does
    // ("Salvador" in a Portuguese text is the Brazilian city, not El Salvador).
    addPlaces(b, forms, countries, false);
    for (Country c : countries.all()) {
      addCountry(
          b,
          forms,
          c.name(),
          new Entity(Entity.Kind.COUNTRY_NAME, c.code(), c.name()),
          Language.ALL);
      addCountry(
          b,
          forms,
          c.officialName(),
          new Entity(Entity.Kind.COUNTRY_NAME, c.code(), c.name()),
          Language.ALL);
    }
    for (Country c : countries.all()) {
      for (String alt : c.alternativeNames()) {
        if (!AMBIGUOUS_NAMES.contains(alt)
            && (alt.length() >= 3 || TWO_LETTER_NAMES.contains(alt))) {
          addCountry(
              b,
              forms,
              alt,
              new Entity(Entity.Kind.COUNTRY_NAME, c.code(), c.name()),
              Language.ALL);
        }
      }
      for (String d : c.demonyms()) {
        addCountry(
            b, forms, d, new Entity(Entity.Kind.COUNTRY_DEMONYM, c.code(), c.name()), Language.ALL);
      }
      for (String cap : c.capitals()) {
        if (!AMBIGUOUS_CAPITALS.contains(cap)) {
          addCountry(
              b,
              forms,
              cap,
              new Entity(Entity.Kind.COUNTRY_CAPITAL, c.code(), c.name()),
              Language.ALL);
        }
      }
    }
    // The names of other languages: world-countries' common and official names; then the
    // demonyms and capitals of places.tsv that are written otherwise there ("china", "Pekín").
    for (Language l : Language.values()) {
      if (l == Language.EN) {
        continue;
      }
      for (Country c : countries.all()) {
        for (String n : c.namesIn(l.code())) {
          if (!AMBIGUOUS_NAMES.contains(n) && !AMBIGUOUS_FOREIGN_NAMES.contains(n)) {
            addCountry(
                b, forms, n, new Entity(Entity.Kind.COUNTRY_NAME, c.code(), c.name()), l.bit());
          }
        }
      }
    }
    // After every country name, demonym and capital: a place never takes one of their names.
    addPlaces(b, forms, countries, true);
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
        addExact(b, forms, n, e, Language.ALL);
      }
    }
    // The register's lenders by name key (spaces ignored: "China Exim Bank" is "China Eximbank").
    Map<String, String> lenderNames = new HashMap<>();
    for (Organization o : organizations) {
      if (o.kind() == OrganizationKind.LENDER) {
        lenderNames.put(lenderKey(o.name()), o.name());
        for (String alias : o.aliases()) {
          lenderNames.put(lenderKey(alias), o.name());
        }
      }
    }
    for (String[] row : BundledTsv.rows("/org/sightline/core/extract/lenders.tsv")) {
      String canonical = lenderNames.getOrDefault(lenderKey(row[1]), row[1]);
      String country = row[2].equals("-") ? null : row[2];
      addExact(b, forms, row[0], new Entity(Entity.Kind.LENDER, country, canonical), Language.ALL);
    }
    PatternMatcher m = b.build();
    Gazetteer g =
        new Gazetteer(
            m,
            forms.entities.toArray(new Entity[m.patternCount()][]),
            forms,
            terms.toArray(new Term[m.patternCount()][]),
            lexicon,
            countries);
    g.exportImportBanks = exportImportBanks(organizations);
    return g;
  }

  /**
   * The register's export-import bank of each country that has one, by its name: what "Korea
   * Eximbank" or "China's Export-Import Bank" names.
   */
  private static Map<String, String> exportImportBanks(List<Organization> organizations) {
    Map<String, String> out = new HashMap<>();
    for (Organization o : organizations) {
      String names = (o.name() + " " + String.join(" ", o.aliases())).toLowerCase(Locale.ROOT);
      if (o.kind() == OrganizationKind.LENDER
          && o.country() != null
          && !o.country().isBlank()
          && (names.replace(" ", "").contains("exim") || names.contains("export-import"))) {
        out.putIfAbsent(o.country(), o.name());
      }
    }
    return Map.copyOf(out);
  }

  /** The register's export-import banks by country (ISO alpha-2 to the bank's name). */
  public Map<String, String> exportImportBanks() {
    return exportImportBanks;
  }

  private static String lenderKey(String name) {
    return OrganizationNames.key(name).replace(" ", "");
  }

  /** The rows of places.tsv read in every language ({@code everyLanguage}) or in some only. */
  private static void addPlaces(
      PatternMatcher.Builder b, Forms forms, Countries countries, boolean everyLanguage) {
    for (String[] row : BundledTsv.rows("/org/sightline/core/extract/places.tsv")) {
      if (everyLanguage == row.length > 3) {
        continue;
      }
      Country c =
          countries
              .byCode(row[1])
              .orElseThrow(
                  () -> new IllegalStateException("places.tsv: unknown country " + row[1]));
      String kind = row.length > 2 ? row[2] : "place";
      Entity.Kind k =
          switch (kind) {
            case "demonym" -> Entity.Kind.COUNTRY_DEMONYM;
            case "capital" -> Entity.Kind.COUNTRY_CAPITAL;
            case "place" -> Entity.Kind.COUNTRY_PLACE;
            default -> throw new IllegalStateException("places.tsv: unknown kind " + kind);
          };
      int languages = row.length > 3 ? Language.mask(row[3]) : Language.ALL;
      addExact(b, forms, row[0], new Entity(k, c.code(), c.name()), languages);
    }
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
      PatternMatcher.Builder b, Forms forms, String name, Entity e, int languages) {
    if (name == null || name.isBlank()) {
      return;
    }
    addExact(b, forms, name, e, languages);
    if (name.startsWith("The ")) {
      addExact(b, forms, "the " + name.substring(4), e, languages);
    }
  }

  private static void addExact(
      PatternMatcher.Builder b, Forms forms, String name, Entity e, int languages) {
    String n = TextNormaliser.normalise(name.trim());
    if (n.length() < 2) {
      return;
    }
    int id = b.add(n, false, List.of(n, n.toUpperCase(Locale.ROOT)));
    // First claim wins, in each language: official and common names were added before
    // alternative spellings.
    while (forms.entities.size() <= id) {
      forms.entities.add(null);
    }
    if (forms.entities.get(id) == null) {
      forms.entities.set(id, new Entity[Language.values().length]);
    }
    Entity[] claims = forms.entities.get(id);
    for (Language l : Language.values()) {
      if ((languages & l.bit()) != 0 && claims[l.ordinal()] == null) {
        claims[l.ordinal()] = e;
      }
    }
    forms.add(id, n, languages);
    forms.add(id, n.toUpperCase(Locale.ROOT), languages);
  }

  /** A written form of an entity's name and the languages it is read in. */
  private record Form(String text, int languages) {}

  /** The entities by pattern id and the written forms of each, collected while building. */
  private static final class Forms {
    final List<Entity[]> entities = new ArrayList<>();
    final List<List<Form>> byPattern = new ArrayList<>();

    void add(int pattern, String text, int languages) {
      while (byPattern.size() <= pattern) {
        byPattern.add(null);
      }
      List<Form> fs = byPattern.get(pattern);
      if (fs == null) {
        fs = new ArrayList<>(2);
        byPattern.set(pattern, fs);
      }
      for (int i = 0; i < fs.size(); i++) {
        if (fs.get(i).text().equals(text)) {
          fs.set(i, new Form(text, fs.get(i).languages() | languages));
          return;
        }
      }
      fs.add(new Form(text, languages));
    }
  }

  public PatternMatcher matcher() {
    return matcher;
  }

  /**
   * The matcher of the patterns read in {@code language}, with the ids of {@link #matcher()}: an
   * English text is not scanned for Spanish, French and Portuguese words, nor they for each
   * other's. Its hits are those of {@link #matcher()} that {@link #entity(int, String, int,
   * Language)} or {@link #term(int, Language)} can read.
   */
  public PatternMatcher matcher(Language language) {
    PatternMatcher m = languageMatchers[language.ordinal()];
    if (m == null) {
      // built at most a few times under a race; the matcher is immutable
      m = matcher.only(p -> readIn(p, language));
      languageMatchers[language.ordinal()] = m;
    }
    return m;
  }

  private boolean readIn(int pattern, Language language) {
    boolean entity =
        entityOf[pattern] != null
            && entityOf[pattern][language.ordinal()] != null
            && (entityLanguages[pattern] & language.bit()) != 0;
    return entity || term(pattern, language) != null;
  }

  /**
   * The entity a pattern names when found at {@code start} of a text in {@code language}, or null
   * when the pattern is only a lexicon term or names nothing in that language.
   */
  public Entity entity(int pattern, String text, int start, Language language) {
    Entity e = entityOf[pattern] == null ? null : entityOf[pattern][language.ordinal()];
    if (e == null || (entityLanguages[pattern] & language.bit()) == 0) {
      return null;
    }
    String[] forms = formsOf[pattern];
    if (forms == null) {
      return e;
    }
    for (int i = 0; i < forms.length; i++) {
      if ((formLanguages[pattern][i] & language.bit()) != 0
          && text.regionMatches(start, forms[i], 0, forms[i].length())) {
        return countryWrittenAsName(pattern, e, text, start);
      }
    }
    return null;
  }

  /**
   * "China" in a Spanish text is the country, "china" (Chinese) the demonym: where a language's
   * demonym is written as the country's name, a capital letter makes it the country.
   */
  private Entity countryWrittenAsName(int pattern, Entity e, String text, int start) {
    Entity english = entityOf[pattern][Language.EN.ordinal()];
    return e.kind() == Entity.Kind.COUNTRY_DEMONYM
            && english != null
            && english.kind() == Entity.Kind.COUNTRY_NAME
            && english.country().equals(e.country())
            && Character.isUpperCase(text.charAt(start))
        ? english
        : e;
  }

  /** The lexicon term of a pattern when read in {@code language}, or null. */
  public Term term(int pattern, Language language) {
    Term[] t = termOf[pattern];
    return t == null ? null : t[language.ordinal()];
  }

  /** The entity a pattern names, or null when the pattern is only a lexicon term. */
  public Entity entity(int pattern) {
    return entityOf[pattern] == null ? null : entityOf[pattern][Language.EN.ordinal()];
  }

  /** The English lexicon term of a pattern, or null. */
  public Term term(int pattern) {
    return term(pattern, Language.EN);
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public Countries countries() {
    return countries;
  }
}
