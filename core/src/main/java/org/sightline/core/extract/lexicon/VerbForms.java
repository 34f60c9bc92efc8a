package org.sightline.core.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.extract.text.BundledTsv;

/**
 * The cue verbs of Spanish, French and Portuguese in the forms reports write them, conjugated from
 * the rows of {@code cue-verbs.tsv} (see its header): the third-person past, the compound past, the
 * participle in both genders and numbers, the future and the infinitive. Regular verbs need only
 * their infinitive; a row overrides the forms an irregular verb makes otherwise.
 */
final class VerbForms {
  static final String RESOURCE = "/org/sightline/core/extract/cue-verbs.tsv";

  private static final Map<String, List<String>> AUXILIARIES =
      Map.of(
          "es", List.of("ha", "han", "había", "habían"),
          "fr", List.of("a", "ont", "avait", "avaient"),
          "pt", List.of("tem", "têm", "tinha", "tinham"));

  private VerbForms() {}

  /** Lexicon rows (text TAB tags) for the bundled verbs, forms {@code known} reads left out. */
  static String rows(Lexicon known) {
    return rows(BundledTsv.rows(RESOURCE), known);
  }

  static String rows(List<String[]> verbs, Lexicon known) {
    StringBuilder out = new StringBuilder();
    for (String[] row : verbs) {
      if (row.length < 3) {
        throw new IllegalStateException("cue-verbs.tsv: " + String.join(" | ", row));
      }
      Language language = Language.ofCode(row[0]);
      Map<String, String> forms = forms(row[0], row[1], row[2], row.length > 3 ? row[3] : "");
      for (Map.Entry<String, String> e : forms.entrySet()) {
        if (known.word(e.getKey(), language) == null) {
          out.append(e.getKey()).append('\t').append(e.getValue());
          out.append(" lang=").append(row[0]).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Each form of one verb with its tags, in a stable order. */
  static Map<String, String> forms(String lang, String infinitive, String tags, String overrides) {
    Map<String, String> over = new HashMap<>();
    for (String o : overrides.split("\\s+")) {
      int eq = o.indexOf('=');
      if (eq > 0) {
        over.put(o.substring(0, eq), o.substring(eq + 1));
      }
    }
    String ending = infinitive.substring(infinitive.length() - 2);
    String stem = infinitive.substring(0, infinitive.length() - 2);
    List<String> past = list(over.get("past"), regularPast(lang, stem, ending));
    List<String> future = list(over.get("fut"), regularFuture(lang, infinitive, stem, ending));
    String pp = over.getOrDefault("pp", regularParticiple(lang, stem, ending));
    String passive = tags.replaceAll("\\s*\\b(supverb|recverb)\\b", "").trim();
    String planned =
        tags.replaceAll("cue=3", "cue=2").replaceAll("status=\\S+", "status=planned").trim();
    Map<String, String> forms = new LinkedHashMap<>();
    past.forEach(f -> forms.put(f, tags));
    if (!pp.equals("-")) {
      for (String aux : AUXILIARIES.get(lang)) {
        forms.put(aux + " " + pp, tags);
      }
      participles(lang, pp).forEach(f -> forms.putIfAbsent(f, passive));
    }
    future.forEach(f -> forms.putIfAbsent(f, planned));
    forms.putIfAbsent(infinitive, planned);
    return forms;
  }

  private static List<String> list(String given, List<String> regular) {
    return given == null ? regular : Arrays.asList(given.split(","));
  }

  private static List<String> regularPast(String lang, String stem, String ending) {
    return switch (lang) {
      case "es" ->
          ending.equals("ar")
              ? List.of(stem + "ó", stem + "aron")
              : List.of(stem + "ió", stem + "ieron");
      case "pt" ->
          switch (ending) {
            case "ar" -> List.of(stem + "ou", stem + "aram");
            case "er" -> List.of(stem + "eu", stem + "eram");
            default -> List.of(stem + "iu", stem + "iram");
          };
      default ->
          ending.equals("er")
              ? List.of(stem + "a", stem + "èrent")
              : List.of(stem + "it", stem + "irent");
    };
  }

  private static List<String> regularFuture(
      String lang, String infinitive, String stem, String ending) {
    return switch (lang) {
      case "es" -> List.of(infinitive + "á", infinitive + "án");
      case "pt" -> List.of(infinitive + "á", infinitive + "ão");
      default ->
          ending.equals("re")
              ? List.of(stem + "ra", stem + "ront")
              : List.of(infinitive + "a", infinitive + "ont");
    };
  }

  private static String regularParticiple(String lang, String stem, String ending) {
    if (lang.equals("fr")) {
      return switch (ending) {
        case "er" -> stem + "é";
        case "ir" -> stem + "i";
        default -> stem + "u";
      };
    }
    return stem + (ending.equals("ar") ? "ado" : "ido");
  }

  /** A participle in both genders and numbers: "firmado, firmada, firmados, firmadas". */
  static List<String> participles(String lang, String pp) {
    List<String> out = new ArrayList<>();
    out.add(pp);
    if (lang.equals("fr")) {
      boolean s = pp.endsWith("s");
      out.add(pp + "e");
      if (!s) {
        out.add(pp + "s");
      }
      out.add(pp + "es");
    } else if (pp.endsWith("o")) {
      String base = pp.substring(0, pp.length() - 1);
      out.addAll(List.of(base + "a", base + "os", base + "as"));
    } else {
      out.add(pp + "s"); // "entregue, entregues"
    }
    return out;
  }
}
