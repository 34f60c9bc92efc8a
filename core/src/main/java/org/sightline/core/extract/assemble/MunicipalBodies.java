package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.extract.lexicon.Language;

/**
 * A city's or a municipality's government named as a body: "the City of Stockton", "la Ville de
 * Saint-Étienne", "la commune de Moirans", "el Ayuntamiento de Jódar", "a Prefeitura de Guanambi".
 * Cities buy cameras for their own police and streets, and a story about such a purchase often
 * names no agency but the city itself. Read only to fill an end user after merging ({@link
 * DocumentEndUsers}): the agency heads of {@link AgencyNames} also steer which country a sentence
 * is about, so a city's title is kept out of them.
 */
final class MunicipalBodies {
  /** A capitalised word of a place's name, with what a hyphen joins to it ("Aix-les-Bains"). */
  private static final String WORD = "\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)*";

  /** The place's name: such words, joined by a space or a short link word. */
  private static final String PLACE =
      WORD + "(?: (?:de |do |da |del |la |le |les |sur |du )?" + WORD + ")*";

  /**
   * A language's body words, lower case, longest first where one begins another, and the link that
   * joins them to the place: its pattern, and the literal it starts with.
   */
  private record Bodies(List<String> heads, String link, String linkStart) {
    /** Each word of each head capitalised or not, then the link and the place. */
    Pattern pattern() {
      List<String> alternatives = new ArrayList<>();
      for (String head : heads) {
        List<String> words = new ArrayList<>();
        for (String w : head.split(" ")) {
          words.add("[" + Character.toUpperCase(w.charAt(0)) + w.charAt(0) + "]" + w.substring(1));
        }
        alternatives.add(String.join(" ", words));
      }
      return Pattern.compile(
          "(?<!\\p{L})(?:" + String.join("|", alternatives) + ")" + link + PLACE);
    }

    /**
     * What every match holds whatever its capitals: a head's first word without its first letter,
     * then the link's literal start. Looked for with {@code indexOf} before the pattern runs: a
     * pattern with no literal start tries every position of the document, and most documents name
     * no such body (round 12 measured English extraction 20% slower without this).
     */
    List<String> stems() {
      List<String> out = new ArrayList<>();
      for (String head : heads) {
        String first = head.split(" ")[0];
        out.add(first.substring(1) + (head.equals(first) ? linkStart : " "));
      }
      return out;
    }
  }

  private static final Map<Language, Bodies> BODIES = new EnumMap<>(Language.class);
  private static final Map<Language, Pattern> PATTERNS = new EnumMap<>(Language.class);
  private static final Map<Language, List<String>> STEMS = new EnumMap<>(Language.class);

  static {
    BODIES.put(
        Language.EN, new Bodies(List.of("city", "town", "municipality", "county"), " of ", " of "));
    BODIES.put(
        Language.ES,
        new Bodies(
            List.of("ayuntamiento", "municipalidad", "municipio", "alcaldía", "intendencia"),
            "(?: [Mm]unicipal)? de ",
            " "));
    BODIES.put(
        Language.FR,
        new Bodies(
            List.of("ville", "commune", "municipalité", "mairie"), " (?:de |d'|d’|du )", " "));
    BODIES.put(
        Language.PT,
        new Bodies(
            List.of("prefeitura municipal", "prefeitura", "câmara municipal", "município"),
            " (?:de|do|da|dos|das) ",
            " "));
    BODIES.forEach(
        (language, bodies) -> {
          PATTERNS.put(language, bodies.pattern());
          STEMS.put(language, bodies.stems());
        });
  }

  private MunicipalBodies() {}

  /** The first municipal body named in {@code norm[from, to)}, as written, or null. */
  static String find(String norm, int from, int to, Language language) {
    // A match begins one character before a stem (its head's first letter, either case), so the
    // pattern is tried only there, in text order, rather than at every position of the document.
    List<String> stems = STEMS.get(language);
    int[] next = new int[stems.size()];
    for (int k = 0; k < next.length; k++) {
      next[k] = norm.indexOf(stems.get(k), from + 1);
    }
    Matcher m = PATTERNS.get(language).matcher(norm);
    while (true) {
      int at = -1;
      for (int k = 0; k < next.length; k++) {
        if (next[k] >= 0 && next[k] + stems.get(k).length() > to) {
          next[k] = -1; // later occurrences end later still
        }
        if (next[k] >= 0 && (at < 0 || next[k] < at)) {
          at = next[k];
        }
      }
      if (at < 0) {
        return null;
      }
      // the look-behind sees the character before, as the search over [from, to) would
      m.region(at - 1, to).useTransparentBounds(at - 1 > from);
      if (m.lookingAt()) {
        String body = m.group();
        // "the City of Cape Town's cameras": the possessive is not the name's
        return body.endsWith("'s") || body.endsWith("’s")
            ? body.substring(0, body.length() - 2)
            : body;
      }
      for (int k = 0; k < next.length; k++) {
        if (next[k] == at) {
          next[k] = norm.indexOf(stems.get(k), at + 1);
        }
      }
    }
  }

  /** {@link #find} by the pattern's own search: the reference the stems' walk must equal. */
  static String findByPattern(String norm, int from, int to, Language language) {
    Matcher m = PATTERNS.get(language).matcher(norm).region(from, to);
    if (!m.find()) {
      return null;
    }
    String body = m.group();
    return body.endsWith("'s") || body.endsWith("’s") ? body.substring(0, body.length() - 2) : body;
  }
}
