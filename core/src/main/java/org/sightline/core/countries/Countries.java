package org.sightline.core.countries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sightline.core.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * The country gazetteer: every ISO 3166-1 country and territory from the world-countries data
 * package (ODbL, bundled at build time with its licence), plus the few common English names that
 * package lacks (see {@code extra-names.tsv}).
 *
 * <p>Lookups by name ignore case, accents and punctuation, so "Cote d'Ivoire", "Côte d’Ivoire" and
 * "ivory coast" all resolve to {@code CI}.
 */
public final class Countries {
  private static final String DATA = "countries.json";
  private static final String EXTRA = "extra-names.tsv";
  private static volatile Countries bundled;

  private final Map<String, Country> byCode;
  private final Map<String, String> codeByName;

  private Countries(List<Country> countries) {
    Map<String, Country> codes = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    for (Country c : countries) {
      codes.put(c.code(), c);
    }
    // Names that two countries share ("Republic of China" vs. China's alt spellings) stay
    // ambiguous: the first claim wins, but official and common names always take precedence.
    for (Country c : countries) {
      names.putIfAbsent(normalise(c.name()), c.code());
      names.putIfAbsent(normalise(c.officialName()), c.code());
    }
    for (Country c : countries) {
      for (String alt : c.alternativeNames()) {
        names.putIfAbsent(normalise(alt), c.code());
      }
      names.putIfAbsent(normalise(c.code3()), c.code());
    }
    this.byCode = codes;
    this.codeByName = names;
  }

  /** The gazetteer bundled with the application. */
  public static Countries bundled() {
    Countries result = bundled;
    if (result == null) {
      synchronized (Countries.class) {
        result = bundled;
        if (result == null) {
          result = load();
          bundled = result;
        }
      }
    }
    return result;
  }

  private static Countries load() {
    List<Country> countries = new ArrayList<>();
    Set<String> dependent = new HashSet<>();
    Set<String> statesDemonyms = new HashSet<>();
    try (InputStream in = resource(DATA)) {
      JsonNode root = Json.MAPPER.readTree(in);
      for (JsonNode n : root) {
        Country c = fromJson(n);
        countries.add(c);
        if (n.path("independent").asBoolean(true)) {
          statesDemonyms.addAll(c.demonyms());
        } else {
          dependent.add(c.code());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled country gazetteer", e);
    }
    Map<String, List<String>> extra = readExtraNames();
    List<Country> merged = new ArrayList<>(countries.size());
    for (Country c : countries) {
      List<String> more = extra.getOrDefault(c.code(), List.of());
      // "American", "Dutch": the data also gives a state's demonym to its territories (Northern
      // Mariana Islands, Caribbean Netherlands; the first listed won); the word means the state.
      List<String> demonyms =
          dependent.contains(c.code())
              ? c.demonyms().stream().filter(d -> !statesDemonyms.contains(d)).toList()
              : c.demonyms();
      if (more.isEmpty() && demonyms.equals(c.demonyms())) {
        merged.add(c);
      } else {
        Set<String> alts = new LinkedHashSet<>(c.alternativeNames());
        alts.addAll(more);
        merged.add(
            new Country(
                c.code(),
                c.code3(),
                c.name(),
                c.officialName(),
                List.copyOf(alts),
                demonyms,
                c.capitals(),
                c.region(),
                c.subregion(),
                c.latitude(),
                c.longitude(),
                c.namesByLanguage()));
      }
    }
    return new Countries(merged);
  }

  private static InputStream resource(String name) {
    InputStream in = Countries.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "country gazetteer resource " + name + " is missing: build the core module with Maven");
    }
    return in;
  }

  private static Map<String, List<String>> readExtraNames() {
    Map<String, List<String>> extra = new HashMap<>();
    try (InputStream in = resource(EXTRA)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length >= 2) {
          extra.computeIfAbsent(parts[0].trim(), k -> new ArrayList<>()).add(parts[1].trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return extra;
  }

  private static Country fromJson(JsonNode n) {
    List<String> alts = new ArrayList<>();
    for (JsonNode a : n.path("altSpellings")) {
      String s = a.asString();
      // Two-letter codes are listed as spellings; they are codes, not names.
      if (s.length() > 2 && isLatin(s)) {
        alts.add(s);
      }
    }
    Set<String> demonyms = new LinkedHashSet<>();
    JsonNode eng = n.path("demonyms").path("eng");
    if (!eng.path("m").asString("").isEmpty()) {
      demonyms.add(eng.path("m").asString());
    }
    if (!eng.path("f").asString("").isEmpty()) {
      demonyms.add(eng.path("f").asString());
    }
    List<String> capitals = new ArrayList<>();
    for (JsonNode c : n.path("capital")) {
      capitals.add(c.asString());
    }
    // world-countries keys its translations by ISO 639-3.
    Map<String, List<String>> names = new TreeMap<>();
    for (String language : Country.LANGUAGES) {
      String code3 = Locale.forLanguageTag(language).getISO3Language();
      JsonNode t = n.path("translations").path(code3);
      Set<String> both = new LinkedHashSet<>();
      for (String kind : new String[] {"common", "official"}) {
        if (!t.path(kind).asString("").isEmpty()) {
          both.add(t.path(kind).asString());
        }
      }
      if (!both.isEmpty()) {
        names.put(language, List.copyOf(both));
      }
    }
    JsonNode latlng = n.path("latlng");
    return new Country(
        n.path("cca2").asString(),
        n.path("cca3").asString(),
        n.path("name").path("common").asString(),
        n.path("name").path("official").asString(),
        alts,
        List.copyOf(demonyms),
        capitals,
        n.path("region").asString(""),
        n.path("subregion").asString(""),
        latlng.path(0).asDouble(0),
        latlng.path(1).asDouble(0),
        names);
  }

  private static boolean isLatin(String s) {
    return s.codePoints()
        .allMatch(
            cp ->
                cp < 0x250
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                    || !Character.isLetter(cp));
  }

  /** Case-, accent- and punctuation-insensitive key used for name lookups. */
  public static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  public Optional<Country> byCode(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
  }

  public boolean isKnownCode(String code) {
    return code != null && code.length() == 2 && byCode.containsKey(code);
  }

  /**
   * Resolves a country written by name, alternative name or code. Names joined by a slash
   * ("Burma/Myanmar") resolve when every part names the same country.
   */
  public Optional<Country> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String code = codeByName.get(normalise(name));
    if (code == null && name.trim().length() == 2) {
      return byCode(name);
    }
    if (code == null && name.contains("/")) {
      Set<String> codes = new LinkedHashSet<>();
      for (String part : name.split("/")) {
        byName(part).ifPresentOrElse(c -> codes.add(c.code()), () -> codes.add("?"));
      }
      if (codes.size() == 1 && !codes.contains("?")) {
        code = codes.iterator().next();
      }
    }
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /** All countries, ordered by code. */
  public Collection<Country> all() {
    return byCode.values();
  }

  /** All countries ordered by English name, for display. */
  public List<Country> byDisplayName() {
    List<Country> list = new ArrayList<>(byCode.values());
    list.sort(Comparator.comparing(Country::name));
    return list;
  }

  /** The English name for a code, or the code itself when unknown. */
  public String nameOf(String code) {
    return byCode(code).map(Country::name).orElse(code);
  }
}
