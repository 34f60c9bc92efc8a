package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike a screened name and a registered name are, and why. The score combines a token score
 * (the share of both names' word weight that the other name matches, words compared with
 * Jaro–Winkler so typos still meet; weights are inverse document frequencies over the register, so
 * a rare word counts more than "china") with a character score (Jaro–Winkler of the names run
 * together, in their order and sorted). Words many companies share weigh a fifth; so do a city
 * leading a registered name, and a country or region the screened name adds (a branch: "Huawei
 * Kenya"), but not a country the registered name has and the screened name lacks or contradicts.
 */
final class NameScorer {
  static final double TOKEN_SHARE = 0.7;
  private static final double LIGHT = 0.2;
  private static final double LIGHT_CAP = 3;
  private static final double MISSING = 1.5;
  private static final double DESCRIBING = 0.4;
  private static final int RARE = 2;

  /** The shortest registered word that can head a division's name ("Elbit", "Dahua"). */
  static final int DIVISION_WORD = 5;

  /** The fewest letters of a registered name that a division's own word may follow ("Siemens"). */
  static final int DIVISION_NAME = 7;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /**
   * How alike a word cut short ("Tech.") and a longer word it begins ("technical") are: one word,
   * less surely than one spelt alike.
   */
  static final double TRUNCATED = 0.9;

  /**
   * The word by which a registered name says it is its country's own body ("National Development
   * Bank", "National Police"): a screened name that adds another country names that country's.
   */
  static final String NATIONAL = "national";

  private final Map<String, Integer> documentFrequency;
  private final double organizations;
  private final Map<String, Set<String>> placeCountries;

  /** {@link #idf} of every registered word, and of a word the register lacks: worked out once. */
  private final Map<String, Double> idfs;

  private final double unknownIdf;

  NameScorer(
      Map<String, Integer> documentFrequency,
      int organizations,
      Map<String, Set<String>> placeCountries) {
    this.documentFrequency = documentFrequency;
    this.organizations = Math.max(1, organizations);
    this.placeCountries = placeCountries;
    this.idfs = new java.util.HashMap<>(documentFrequency.size() * 2);
    documentFrequency.forEach((token, df) -> idfs.put(token, idf(df)));
    this.unknownIdf = idf(0);
  }

  /**
   * A score and its parts; {@code pairs} are the matched words as "screened~registered sim", {@code
   * rules} the rules that weighed the words otherwise than by their kind ("begins with the
   * registered name 'siemens'; extra words: mobility").
   */
  record Scored(
      double score, double tokenScore, double charScore, List<String> pairs, List<String> rules) {}

  double idf(String token) {
    Double idf = idfs.get(token);
    return idf == null ? unknownIdf : idf;
  }

  /** {@link #idf} of each word of a form, in order: looked up once for many comparisons. */
  double[] idfs(NameForm form) {
    double[] out = new double[form.tokens().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = idf(form.tokens().get(i));
    }
    return out;
  }

  private double idf(int df) {
    return Math.log(1 + organizations / (df + 1));
  }

  Scored score(NameForm query, NameForm name) {
    return score(query, name, "");
  }

  /** The score against a name of an organization of this country (ISO alpha-2; "" if unknown). */
  Scored score(NameForm query, NameForm name, String country) {
    return score(query, null, name, null, true, 0, country);
  }

  /**
   * The score alone, without the explanation's strings; 0 as soon as the words alone show that the
   * threshold cannot be reached (the character part adds at most {@code 1 - TOKEN_SHARE}).
   */
  double quickScore(NameForm query, NameForm name, double threshold) {
    return quickScore(query, name, threshold, "");
  }

  double quickScore(NameForm query, NameForm name, double threshold, String country) {
    return score(query, null, name, null, false, threshold, country).score();
  }

  /** The same, with both forms' {@link #idfs} given. */
  double quickScore(
      NameForm query,
      double[] queryIdfs,
      NameForm name,
      double[] nameIdfs,
      double threshold,
      String country) {
    return score(query, queryIdfs, name, nameIdfs, false, threshold, country).score();
  }

  /** {@link #score(NameForm, NameForm, String)} with both forms' {@link #idfs} given. */
  Scored score(
      NameForm query, double[] queryIdfs, NameForm name, double[] nameIdfs, String country) {
    return score(query, queryIdfs, name, nameIdfs, true, 0, country);
  }

  Scored score(NameForm q, NameForm a, boolean explain) {
    return score(q, null, a, null, explain, 0, "");
  }

  private Scored score(
      NameForm q,
      double[] qIdfs,
      NameForm a,
      double[] aIdfs,
      boolean explain,
      double threshold,
      String country) {
    int m = q.tokens().size();
    int n = a.tokens().size();
    if (m == 0 || n == 0) {
      return new Scored(0, 0, 0, List.of(), List.of());
    }
    if (qIdfs == null) {
      qIdfs = idfs(q);
    }
    if (aIdfs == null) {
      aIdfs = idfs(a);
    }
    double[] qSim = new double[m];
    double[] aSim = new double[n];
    List<String> pairs = explain ? new ArrayList<>() : List.of();
    alignWords(q, a, qSim, aSim, pairs, explain);
    alignCompounds(q, a.tokens(), qSim, aSim, pairs, explain, false);
    alignCompounds(a, q.tokens(), aSim, qSim, pairs, explain, true);
    boolean nameLacksPlace = true;
    boolean screenedAddsPlace = false;
    for (int j = 0; j < n; j++) {
      if (aSim[j] == 0 && a.kinds()[j] == NameForm.PLACE) {
        nameLacksPlace = false;
      }
    }
    for (int i = 0; i < m; i++) {
      if (qSim[i] == 0 && q.kinds()[i] == NameForm.PLACE) {
        screenedAddsPlace = true;
      }
    }
    // An extra descriptive word of the screened name ("Hytera Communications") weighs little only
    // when the screened name has every word of the registered one: "Gamma Communications" against
    // "Gamma International" is one word swapped for another, not a division of the same company.
    boolean registeredCovered = true;
    for (int j = 0; j < n; j++) {
      if (aSim[j] == 0 && a.kinds()[j] != NameForm.LOCALITY) {
        registeredCovered = false;
      }
    }
    // Two different countries ("China Development Bank", "Development Bank of Uganda") are
    // evidence of two organizations: such words count double. So is a country added to a name that
    // calls itself national ("National Development Bank", the Chinese name of China's) when the
    // organization is not of that country: "Korea Development Bank" is Korea's.
    boolean otherNation =
        screenedAddsPlace && nameLacksPlace && otherNation(q, qSim, a, aSim, country);
    boolean placesDiffer = screenedAddsPlace && (!nameLacksPlace || otherNation);
    // A country the screened name adds reads as a branch only of a name with a word of its own
    // ("Huawei Kenya"); "Hungarian Development Bank" is not a branch of "National Development
    // Bank". And where the registered name has no such word at all ("China Electronics"), the
    // generic words a screened name adds ("Technology Group") are what tells two groups apart.
    boolean ownWordMatched = false;
    boolean ownWord = false;
    for (int j = 0; j < n; j++) {
      if (a.kinds()[j] == NameForm.NORMAL) {
        ownWord = true;
        ownWordMatched |= aSim[j] > 0 && rare(a.tokens().get(j));
      }
    }
    // A name that begins with the whole of a registered name with a coined word of its own and
    // adds words is that organization's division, branch or product line ("Siemens Mobility",
    // "Elbit Systems Land"): its extra words weigh little. A registered name that is an everyday
    // word ("Orange", "Iris") or a short one does not say enough for that.
    int divisionFrom = divisionFrom(q, a, aSim);
    // Whether the words of its own the registered name shares with the screened one include a
    // coined word ("Hikvision"), or are all everyday words ("Voyager", "Flock", "Iris") that other
    // companies' names use as well. Sharing only everyday words while each name has a word of its
    // own the other lacks ("Flock Freight", "Flock Safety") is two companies: the everyday words
    // then weigh like generic ones.
    boolean coinedMatched = false;
    List<String> everydayShared = new ArrayList<>(0);
    for (int j = 0; j < n; j++) {
      if (a.kinds()[j] == NameForm.NORMAL && aSim[j] > 0) {
        if (EnglishWords.contains(a.tokens().get(j))) {
          everydayShared.add(a.tokens().get(j));
        } else {
          coinedMatched = true;
        }
      }
    }
    boolean everydayOnly =
        !coinedMatched
            && !everydayShared.isEmpty()
            && hasWordOfItsOwn(q, qSim)
            && hasWordOfItsOwn(a, aSim);
    List<String> rules = new ArrayList<>(0);
    if (divisionFrom >= 0 && explain) {
      rules.add(
          "begins with the registered name '"
              + a.key()
              + "'; extra words: "
              + String.join(" ", q.tokens().subList(divisionFrom, m)));
    }
    if (everydayOnly && explain) {
      rules.add(
          "shares only the everyday word"
              + (everydayShared.size() > 1 ? "s '" : " '")
              + String.join(" ", everydayShared)
              + "' and each name has a word of its own: weighed as common words");
    }
    double matchedQ = 0;
    double totalQ = 0;
    for (int i = 0; i < m; i++) {
      byte kind = q.kinds()[i];
      String token = q.tokens().get(i);
      boolean unmatchedPlace = qSim[i] == 0 && kind == NameForm.PLACE;
      double w = qIdfs[i];
      if (everydayOnly && qSim[i] > 0 && kind == NameForm.NORMAL) {
        w = lightWeight(w);
      } else if (divisionFrom >= 0 && i >= divisionFrom) {
        // a division's own word ("mobility") says what the unit does, like a descriptive word
        w = kind == NameForm.NORMAL ? w * DESCRIBING : Math.min(w, lightWeight(w));
      } else if ((light(kind)
              && (qSim[i] > 0
                  || kind == NameForm.LOCALITY
                  // A generic word swapped for another ("Voyager Digital" against "Voyager
                  // Labs") is a difference, not a division's label.
                  || (ownWord && registeredCovered)))
          || (unmatchedPlace && nameLacksPlace && ownWordMatched && !otherNation)
          // An extra two-letter word is mostly a designator ("Cellebrite DI", "Dahua UK") after
          // a coined word; after an everyday one it is as much a name's own ("Iris ID").
          || (qSim[i] == 0 && token.length() == 2 && coinedMatched)) {
        w = lightWeight(w);
      } else if ((unmatchedPlace && placesDiffer)
          || (!ownWord && qSim[i] == 0 && kind != NameForm.PLACE && kind != NameForm.LEGAL)) {
        // A registered name of common words only ("China Electronics Corporation") is a
        // description; a word added to it ("Technology") describes another body.
        w *= 2;
      }
      if (kind == NameForm.DESCRIPTIVE
          && (qSim[i] > 0 || registeredCovered)
          && (divisionFrom < 0 || i < divisionFrom)) {
        w *= DESCRIBING;
      }
      totalQ += w;
      matchedQ += w * qSim[i];
    }
    double matchedA = 0;
    double totalA = 0;
    for (int j = 0; j < n; j++) {
      byte kind = a.kinds()[j];
      double w = aIdfs[j];
      if (light(kind) || (everydayOnly && aSim[j] > 0 && kind == NameForm.NORMAL)) {
        w = lightWeight(w);
      } else if (kind == NameForm.DESCRIPTIVE) {
        w *= DESCRIBING;
      } else if (aSim[j] == 0) {
        // A word of the registered name that the screened name lacks says more than an extra
        // word of the screened name ("Bank of China" is not "China Development Bank"), and a
        // different country more still.
        w *= kind == NameForm.PLACE && placesDiffer ? 2 : MISSING;
      }
      totalA += w;
      matchedA += w * aSim[j];
    }
    double tokenScore = (matchedQ + matchedA) / (totalQ + totalA);
    if (TOKEN_SHARE * tokenScore + (1 - TOKEN_SHARE) < threshold) {
      return new Scored(0, tokenScore, 0, pairs, rules);
    }
    double charScore =
        Math.min(q.core().length(), a.core().length()) < 4
            ? tokenScore
            : Math.max(
                charSimilarity(q.core(), a.core()), charSimilarity(q.sortedCore(), a.sortedCore()));
    double score = TOKEN_SHARE * tokenScore + (1 - TOKEN_SHARE) * charScore;
    return new Scored(score, tokenScore, charScore, pairs, rules);
  }

  /**
   * Where the extra words of a division's name begin: the screened name, after any leading cities,
   * starts with every word of the registered name (cities aside) spelt alike, adds at least one
   * word, and the registered name has a word of its own that is rare in the register, at least
   * {@value #DIVISION_WORD} letters long and no everyday English word (and {@value #DIVISION_NAME}
   * letters in all where an extra word is not a generic or descriptive word or a place). -1
   * otherwise.
   */
  private int divisionFrom(NameForm q, NameForm a, double[] aSim) {
    int qi = leadingLocalities(q);
    int aj = leadingLocalities(a);
    int words = a.tokens().size() - aj;
    if (words == 0 || qi + words >= q.tokens().size()) {
      return -1;
    }
    boolean coined = false;
    int letters = 0;
    for (int k = 0; k < words; k++) {
      String word = a.tokens().get(aj + k);
      if (!word.equals(q.tokens().get(qi + k)) || aSim[aj + k] != 1) {
        return -1;
      }
      letters += word.length();
      coined |=
          a.kinds()[aj + k] == NameForm.NORMAL
              && word.length() >= DIVISION_WORD
              && rare(word)
              && !EnglishWords.contains(word);
    }
    if (!coined) {
      return -1;
    }
    // Words that say what a unit does ("Systems", "Security", a country) are how divisions are
    // named; a word of another kind ("Foods") as easily names another company that shares a short
    // name ("Herta"), so it needs a longer registered name.
    // And a coined word of another registered organization ("Hikvision/Dahua") names a second
    // organization, not a unit of the first.
    for (int i = qi + words; i < q.tokens().size(); i++) {
      if (q.kinds()[i] == NameForm.NORMAL
          && (letters < DIVISION_NAME || ownWordOfAnother(q.tokens().get(i)))) {
        return -1;
      }
    }
    return qi + words;
  }

  /** Whether a name has a word of its own or a descriptive word that the other name lacks. */
  private static boolean hasWordOfItsOwn(NameForm f, double[] sim) {
    for (int i = 0; i < sim.length; i++) {
      byte kind = f.kinds()[i];
      if (sim[i] == 0 && (kind == NameForm.NORMAL || kind == NameForm.DESCRIPTIVE)) {
        return true;
      }
    }
    return false;
  }

  private static int leadingLocalities(NameForm f) {
    int i = 0;
    while (i < f.tokens().size() && f.kinds()[i] == NameForm.LOCALITY) {
      i++;
    }
    return i;
  }

  /**
   * A coined word of the names of a registered organization or two ("dahua"), which says which one
   * it is; an everyday word in a name ("land") does not.
   */
  private boolean ownWordOfAnother(String token) {
    Integer df = documentFrequency.get(token);
    return df != null && df <= RARE && !EnglishWords.contains(token);
  }

  /**
   * Whether the registered name calls itself national without the screened name doing so, and the
   * screened name adds a country that is not the organization's own ({@code country}, ISO alpha-2;
   * any country when unknown).
   */
  private boolean otherNation(
      NameForm q, double[] qSim, NameForm a, double[] aSim, String country) {
    boolean national = false;
    for (int j = 0; j < aSim.length; j++) {
      national |= aSim[j] == 0 && a.tokens().get(j).equals(NATIONAL);
    }
    if (!national) {
      return false;
    }
    for (int i = 0; i < qSim.length; i++) {
      if (qSim[i] == 0 && q.kinds()[i] == NameForm.PLACE) {
        Set<String> codes = placeCountries.getOrDefault(q.tokens().get(i), Set.of());
        if (country.isEmpty() || !codes.contains(country)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word of few registered organizations' names: one that says which organization it is. */
  private boolean rare(String token) {
    Integer df = documentFrequency.get(token);
    return df == null || df <= RARE;
  }

  /**
   * Whether a screened word is an everyday English word of four letters or more and the registered
   * word it would meet by a slip is not one (a coined word, "Elastica"): a real word is what the
   * writer meant.
   */
  static boolean everydayForCoined(String screened, String registered) {
    return screened.length() >= 4
        && EnglishWords.contains(screened)
        && !EnglishWords.contains(registered);
  }

  /**
   * Whether every letter of a name is a Latin one (the words are as written, not transliterated).
   */
  static boolean latin(String name) {
    return name.codePoints()
        .filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /**
   * Whether word i of {@code q} and word j of {@code a} are one word, one of them cut short as
   * written ("Tech." for "Technical", "Sec" for "Securities"; {@link NameForm#truncates}); a place
   * is never read from a word cut short ("Ind" for industries is not "India").
   */
  private static boolean truncated(NameForm q, int i, NameForm a, int j) {
    return (q.truncations() != null && !place(a.kinds()[j]) && q.truncates(i, a.tokens().get(j)))
        || (a.truncations() != null && !place(q.kinds()[i]) && a.truncates(j, q.tokens().get(i)));
  }

  private static boolean place(byte kind) {
    return kind == NameForm.PLACE || kind == NameForm.LOCALITY;
  }

  /** Greedy one-to-one alignment of words, most similar pairs first. */
  private static void alignWords(
      NameForm q, NameForm a, double[] qSim, double[] aSim, List<String> pairs, boolean explain) {
    List<String> qt = q.tokens();
    List<String> at = a.tokens();
    int m = qt.size();
    int n = at.size();
    double[] sims = new double[m * n]; // row i, column j at i * n + j
    boolean written = q.latin();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        // An acronym ("CETC") meets only itself: one letter more or less is another body's. An
        // everyday word written in full ("Elastic", "Guardian") is that word, not a slip for a
        // coined one a letter away ("Elastica", "Guardia"); a word read from another script
        // ("Талес" as "tales") was not written so. Between two names written in Latin letters an x
        // for cs or ks ("Sitronix", "Sitronics") is another brand's spelling.
        double sim =
            !qt.get(i).equals(at.get(j))
                    && (q.isAcronym(i)
                        || a.isAcronym(j)
                        || (written && everydayForCoined(qt.get(i), at.get(j))))
                ? 0
                : WordSimilarity.of(
                    qt.get(i), q.masks()[i], q.sounds()[i], at.get(j), a.masks()[j], a.sounds()[j]);
        if (sim > 0
            && sim < 1
            && written
            && WordSimilarity.xForCs(qt.get(i), at.get(j))
            && a.latin()) {
          sim = 0;
        }
        if (sim < TRUNCATED && truncated(q, i, a, j)) {
          sim = TRUNCATED;
        }
        sims[i * n + j] = sim;
      }
    }
    for (int round = 0; round < Math.min(m, n); round++) {
      double best = 0;
      int bi = -1;
      int bj = -1;
      for (int i = 0; i < m; i++) {
        for (int j = 0; qSim[i] == 0 && j < n; j++) {
          if (aSim[j] == 0 && sims[i * n + j] > best) {
            best = sims[i * n + j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        return;
      }
      qSim[bi] = best;
      aSim[bj] = best;
      if (explain) {
        String x = qt.get(bi);
        String y = at.get(bj);
        String cut =
            best <= TRUNCATED && truncated(q, bi, a, bj)
                ? " (cut short: '"
                    + (q.truncates(bi, y) ? q.truncationOf(bi) : a.truncationOf(bj))
                    + "')"
                : "";
        pairs.add(x.equals(y) ? x : x + "~" + y + " " + format(best) + cut);
      }
    }
  }

  /**
   * Two adjacent unmatched words of one name that are one word of the other ("hik vision" and
   * "hikvision", "haikang weishi" and "haikangweishi"). An acronym among the two ("ZTE
   * Microelectronics") must be spelled the same at its end of the word: other capitals are other
   * initials, not a slip ("STMicroelectronics" is another firm).
   */
  private static void alignCompounds(
      NameForm splitForm,
      List<String> joined,
      double[] splitSim,
      double[] joinedSim,
      List<String> pairs,
      boolean explain,
      boolean reversed) {
    List<String> split = splitForm.tokens();
    for (int i = 0; i + 1 < split.size(); i++) {
      if (splitSim[i] != 0 || splitSim[i + 1] != 0) {
        continue;
      }
      String compound = split.get(i) + split.get(i + 1);
      for (int j = 0; j < joined.size(); j++) {
        if (joinedSim[j] != 0) {
          continue;
        }
        if ((splitForm.isAcronym(i) && !joined.get(j).startsWith(split.get(i)))
            || (splitForm.isAcronym(i + 1) && !joined.get(j).endsWith(split.get(i + 1)))) {
          continue;
        }
        double sim = WordSimilarity.of(compound, joined.get(j));
        if (sim > 0) {
          splitSim[i] = sim;
          splitSim[i + 1] = sim;
          joinedSim[j] = sim;
          if (explain) {
            String parts = split.get(i) + " " + split.get(i + 1);
            pairs.add(
                (reversed ? joined.get(j) + "~" + parts : parts + "~" + joined.get(j))
                    + " "
                    + format(sim));
          }
          break;
        }
      }
    }
  }

  /**
   * A light word weighs a fifth of a common word at most: that "Africa" is rare among vendors'
   * names does not make "ZTE South Africa" another company.
   */
  private static double lightWeight(double idf) {
    return LIGHT * Math.min(idf, LIGHT_CAP);
  }

  private static boolean light(byte kind) {
    return kind == NameForm.GENERIC || kind == NameForm.LOCALITY || kind == NameForm.LEGAL;
  }

  private static double charSimilarity(String x, String y) {
    if (x.equals(y)) {
      return 1;
    }
    if (Math.min(x.length(), y.length()) < 4) {
      return 0;
    }
    return JARO_WINKLER.apply(x, y);
  }

  static String format(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
