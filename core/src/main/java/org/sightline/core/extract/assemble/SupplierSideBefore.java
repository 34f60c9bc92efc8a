package org.sightline.core.extract.assemble;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.Term;

/**
 * Spanish, French and Portuguese words before a country that put it on the giving side, as "from"
 * and "by" do in English (issue 16, round 9): the agent of a participle ("financé et réalisé par la
 * Chine", "instaladas pela China"), the seller after a purchase ("cámaras compradas a China",
 * "achetées auprès de la Chine", "adquiridos da China") and the giver of a gift, loan or aid ("una
 * donación de Japón", "un don du Japon", "a doação do Japão"), and the subject after its verb ("los
 * equipos que regalará Japón"). An article between the word and the country is skipped ("par la
 * Chine", "de l'Espagne").
 */
final class SupplierSideBefore {
  /**
   * Supplier points of a purchase's seller: they outweigh the 2 that "a" or "à" gave the other
   * side.
   */
  static final double SELLER = 4;

  static final double AGENT = 2;

  private final Set<String> agentPrepositions;
  private final Set<String> passiveReceivers;
  private final Set<String> purchaseWords;
  private final Set<String> sellerPrepositions;
  private final Set<String> giftNouns;
  private final Set<String> ofWords;
  private final Set<String> articles;
  private final Set<String> givingLabels;
  private final Set<String> stateWords;
  private final Language language;
  private final Lexicon lexicon;

  SupplierSideBefore(Lexicon lexicon, Language language) {
    this.lexicon = lexicon;
    this.language = language;
    this.agentPrepositions = CueWords.named("source-prepositions", language);
    this.passiveReceivers = CueWords.named("passive-receivers", language);
    this.purchaseWords = CueWords.named("purchase-words", language);
    this.sellerPrepositions = CueWords.named("seller-prepositions", language);
    this.giftNouns = CueWords.named("gift-nouns", language);
    this.ofWords = CueWords.named("of-words", language);
    this.articles = CueWords.named("articles", language);
    this.stateWords = CueWords.named("state-words", language);
    this.givingLabels = new HashSet<>(CueWords.named("supplier-labels", language));
    this.givingLabels.addAll(CueWords.named("lender-labels", language));
  }

  /**
   * Points for the supplier side (positive) or, for the agent of a verb of receiving ("utilizado
   * por Kenia"), the recipient side (negative) of the country starting at {@code start}; 0 when the
   * words before it say neither. English texts always read 0: {@link CountryRoles} has their words.
   */
  double score(String norm, int ss, int start) {
    if (language == Language.EN) {
      return 0;
    }
    if (recordGiver(norm, start)) {
      return SELLER;
    }
    String[] w = wordsBefore(norm, ss, start, 3);
    Term verb = w[0].isEmpty() ? null : lexicon.word(w[0], language);
    if (verb != null && verb.has(Term.F_SUPVERB)) {
      return AGENT;
    }
    int i = articles.contains(w[0]) ? 1 : 0;
    String prep = w[i];
    String before = w[i + 1];
    if (prep.isEmpty() || before.isEmpty()) {
      return 0;
    }
    if (agentPrepositions.contains(prep) && participle(before)) {
      return passiveReceivers.contains(before) ? -AGENT : AGENT;
    }
    if (sellerPrepositions.contains(prep) && purchaseWords.contains(before)) {
      return SELLER;
    }
    if (ofWords.contains(prep) && giftNouns.contains(before)) {
      return AGENT;
    }
    if (ofWords.contains(prep)) {
      // "una empresa de Estados Unidos", "une société des États-Unis": a company's home
      Term noun = lexicon.word(before, language);
      if (noun != null && noun.has(Term.F_SUPHEAD) && noun.has(Term.F_ORGNOUN)) {
        return AGENT;
      }
    }
    return 0;
  }

  /**
   * "Proveedor: Gobierno de la República Popular China", "Financiamiento: China", "Prêteur : État
   * japonais": a record's supplier or lender line whose value names the country, within its first
   * six words and before any other separator (a state or its lender as the giving side).
   */
  private boolean recordGiver(String norm, int start) {
    int line = norm.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    int colon = norm.indexOf(':', line);
    if (colon < 0 || colon >= start) {
      return false;
    }
    String between = norm.substring(colon + 1, start);
    if (between.indexOf(';') >= 0
        || between.indexOf('(') >= 0
        || between.indexOf(',') >= 0
        || SPACES.split(between.trim()).length > 6) {
      return false;
    }
    for (String w : SPACES_OR_APOSTROPHES.split(between.trim())) {
      // "Gobierno de la República Popular China", not "Telefónica Ecuador": a state's words only
      if (!w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && !stateWords.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    String[] label = wordsBefore(norm, line, colon, 1);
    return givingLabels.contains(label[0]);
  }

  // compiled once: String.split and String.matches compile their pattern on every call
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACES_OR_APOSTROPHES = Pattern.compile("[\\s']+");
  private static final Pattern FRENCH_PARTICIPLE =
      Pattern.compile(".*(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)");
  private static final Pattern IBERIAN_PARTICIPLE = Pattern.compile(".*(?:ad|id)(?:o|a|os|as)");
  private static final Pattern FEITO = Pattern.compile("feit(?:o|a|os|as)");

  /** Whether a lower-case word reads as a past participle of the language. */
  private boolean participle(String word) {
    return switch (language) {
      case FR -> FRENCH_PARTICIPLE.matcher(word).matches();
      case ES, PT -> IBERIAN_PARTICIPLE.matcher(word).matches() || FEITO.matcher(word).matches();
      case EN -> false;
    };
  }

  /**
   * The {@code n} lower-case words before {@code pos}, nearest first, empty strings past the start
   * of the sentence or a punctuation mark; an apostrophe ends a word ("l'Espagne", "d'Italie").
   */
  static String[] wordsBefore(String norm, int from, int pos, int n) {
    String[] out = new String[n];
    int i = pos;
    boolean stopped = false;
    for (int k = 0; k < n; k++) {
      out[k] = "";
      if (stopped) {
        continue;
      }
      if (i > from && (norm.charAt(i - 1) == '\'' || norm.charAt(i - 1) == '’')) {
        i--;
      } else {
        while (i > from && norm.charAt(i - 1) == ' ') {
          i--;
        }
      }
      int end = i;
      while (i > from && (Character.isLetter(norm.charAt(i - 1)) || norm.charAt(i - 1) == '-')) {
        i--;
      }
      if (i == end) {
        stopped = true;
        continue;
      }
      out[k] = norm.substring(i, end).toLowerCase(Locale.ROOT);
    }
    return out;
  }
}
