package org.sightline.core.extract.assemble;

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

  private static final Map<Language, Pattern> BODIES = new EnumMap<>(Language.class);

  /**
   * Letters every body word of the language holds, checked with {@code indexOf} before the pattern
   * runs: a pattern with no literal start tries every position of the document, and most documents
   * name no such body (round 12 measured English extraction 20% slower without this).
   */
  private static final Map<Language, List<String>> STEMS = new EnumMap<>(Language.class);

  static {
    STEMS.put(Language.EN, List.of("ity of ", "own of ", "unicipality of ", "ounty of "));
    STEMS.put(
        Language.ES, List.of("yuntamiento", "unicipalidad", "unicipio", "lcaldía", "ntendencia"));
    STEMS.put(Language.FR, List.of("ille ", "ommune ", "unicipalité ", "airie "));
    STEMS.put(Language.PT, List.of("refeitura ", "âmara ", "unicípio "));
    BODIES.put(
        Language.EN,
        Pattern.compile("(?<!\\p{L})(?:[Cc]ity|[Tt]own|[Mm]unicipality|[Cc]ounty) of " + PLACE));
    BODIES.put(
        Language.ES,
        Pattern.compile(
            "(?<!\\p{L})(?:[Aa]yuntamiento|[Mm]unicipalidad|[Mm]unicipio|[Aa]lcaldía"
                + "|[Ii]ntendencia)(?: [Mm]unicipal)? de "
                + PLACE));
    BODIES.put(
        Language.FR,
        Pattern.compile(
            "(?<!\\p{L})(?:[Vv]ille|[Cc]ommune|[Mm]unicipalité|[Mm]airie) (?:de |d'|d’|du )"
                + PLACE));
    BODIES.put(
        Language.PT,
        Pattern.compile(
            "(?<!\\p{L})(?:[Pp]refeitura(?: [Mm]unicipal)?|[Cc]âmara [Mm]unicipal|[Mm]unicípio)"
                + " (?:de|do|da|dos|das) "
                + PLACE));
  }

  private MunicipalBodies() {}

  /** The first municipal body named in {@code norm[from, to)}, as written, or null. */
  static String find(String norm, int from, int to, Language language) {
    if (!mayName(norm, from, to, language)) {
      return null;
    }
    Matcher m = BODIES.get(language).matcher(norm).region(from, to);
    if (!m.find()) {
      return null;
    }
    String body = m.group();
    // "the City of Cape Town's cameras": the possessive is not the name's
    return body.endsWith("'s") || body.endsWith("’s") ? body.substring(0, body.length() - 2) : body;
  }

  private static boolean mayName(String norm, int from, int to, Language language) {
    for (String stem : STEMS.get(language)) {
      int at = norm.indexOf(stem, from);
      if (at >= 0 && at + stem.length() <= to) {
        return true;
      }
    }
    return false;
  }
}
