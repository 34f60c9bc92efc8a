package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.eval.OrganizationsCsv;

/**
 * Precision and recall of name matching at {@link NameMatcher#DEFAULT_THRESHOLD}, per variant type,
 * on four test sets: {@code screening-pairs.tsv} (367 pairs built from the starter organizations
 * and their cited native-script names alongside the matcher), {@code screening-pairs-2.tsv} (272
 * pairs written blind by an engineer who never saw the matcher) and {@code screening-pairs-3.tsv}
 * (200 pairs written blind by another, after five rounds of rules had been tuned on the first two)
 * and {@code screening-pairs-4.tsv} (273 pairs written blind by a fourth, after seven rounds).
 * Variant types: alias variants, legal forms, word order, typos, abbreviations, native script,
 * transliteration, subsidiaries and branches, hard negatives.
 *
 * <p>All files are split the same way, by position within their type and file: the 1st, 3rd, 5th...
 * pair is the <b>tuning</b> half, on which the threshold and the rules were chosen; the 2nd, 4th,
 * 6th... pair is the <b>reported</b> half, whose figures this test asserts (all files together) and
 * prints (each file, and all). The tuning half's misses are printed pair by pair; the reported
 * half's never are. The first file's normalisation rules were first developed against the whole
 * file, before the split was used; later rules only against the tuning halves. The second file's
 * reported half was first measured before any rule was tuned on the second file.
 *
 * <p>A pair counts the best match above the threshold: right organization = true positive, another
 * organization (or any, for a hard negative) = false positive, none or another = false negative.
 * For hard negatives, which have no positives, "precision" is the share left without an alert.
 */
class NameMatcherPrecisionTest {
  static final double BAR = 0.95;

  /**
   * Types (and "overall") below the bar on the reported half of all files together, with the
   * measured figure, rounded down, as the floor (ADR 0019's figures give each file's). The second
   * file's pairs the matcher still cannot meet: subsidiaries and local arms the register data does
   * not name, pinyin and Cyrillic names of organizations without a cited native name; hard
   * negatives that only world knowledge tells apart. The third file (200 pairs written blind on
   * 2026-12-07, after the fifth addendum's rules; no rule has been tuned on it) lowered every
   * floor: on it the matcher met 0.90 precision and 0.71 recall on the reported half, where the two
   * files it was tuned beside give 0.97/0.92 (ADR 0019's sixth addendum). The fourth file (273
   * pairs written blind on 2026-12-07, drawn mostly from the starter data's own names) measured
   * 0.96/0.98 on its reported half before any rule saw it, but five of its 18 reported hard
   * negatives raised an alert and three of 15 transliterations were missed, which lowered those two
   * floors. The eighth addendum's starter-name sweep then raised alias, subsidiary and overall
   * recall; their floors were raised to the new measures of all four files, rounded down. The ninth
   * addendum's romanization and look-alike rules raised hard negatives, transliteration and overall
   * recall to the floors below; native script reached the bar and left the list. With the twelfth
   * addendum's rules for words cut short and business abbreviations, abbreviation recall measured
   * 0.978 and typo 0.957: both meet the bar and left the list.
   */
  static final Map<String, Double> KNOWN_SHORTFALLS =
      Map.of(
          "alias", 0.93,
          "hard_negative", 0.89,
          "subsidiary", 0.82,
          "transliteration", 0.90,
          "overall", 0.92);

  static final List<String> FILES =
      List.of(
          "screening-pairs.tsv",
          "screening-pairs-2.tsv",
          "screening-pairs-3.tsv",
          "screening-pairs-4.tsv");

  record Pair(int file, String type, String query, String expected, String note) {}

  static NameMatcher matcher;
  static List<Pair> tuning = new ArrayList<>();
  static List<Pair> reported = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    matcher = NameMatcher.of(NativeNames.withStarterNames(OrganizationsCsv.starter()));
    for (int file = 0; file < FILES.size(); file++) {
      Map<String, Integer> position = new LinkedHashMap<>();
      try (InputStream in = NameMatcherPrecisionTest.class.getResourceAsStream(FILES.get(file))) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          // type, query, expected, and an optional note (the second file has one on most lines)
          String[] f = line.split("\t", -1);
          assertThat(f.length).as(line).isBetween(3, 4);
          Pair p = new Pair(file, f[0], f[1], f[2].strip(), f.length > 3 ? f[3] : "");
          int n = position.merge(p.type(), 1, Integer::sum);
          (n % 2 == 1 ? tuning : reported).add(p);
        }
      }
    }
  }

  static String best(Pair p) {
    List<NameMatch> m = matcher.match(p.query(), NameMatcher.DEFAULT_THRESHOLD, 1);
    return m.isEmpty() ? "-" : m.get(0).organizationId();
  }

  /** tp, fp, fn, n per type. */
  static Map<String, int[]> counts(List<Pair> pairs) {
    Map<String, int[]> byType = new TreeMap<>();
    for (Pair p : pairs) {
      String got = best(p);
      int[] c = byType.computeIfAbsent(p.type(), k -> new int[4]);
      c[3]++;
      boolean right = got.equals(p.expected());
      if (right && !got.equals("-")) {
        c[0]++;
      }
      if (!right && !got.equals("-")) {
        c[1]++;
      }
      if (!right && !p.expected().equals("-")) {
        c[2]++;
      }
    }
    return byType;
  }

  static double precision(int[] c) {
    // Hard negatives have no positives: their precision is the share left without an alert.
    return c[0] + c[1] == 0
        ? 1
        : c[0] == 0 ? 1 - (double) c[1] / c[3] : (double) c[0] / (c[0] + c[1]);
  }

  static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
  }

  static List<Pair> inFile(List<Pair> pairs, int file) {
    Predicate<Pair> in = p -> p.file() == file;
    return pairs.stream().filter(in).toList();
  }

  /** Per type: each file, and all together, as precision/recall (n). */
  static void print(String half, List<Pair> pairs) {
    List<Map<String, int[]>> files = new ArrayList<>();
    StringBuilder head = new StringBuilder(String.format("%-16s", half + " half"));
    for (int file = 0; file < FILES.size(); file++) {
      files.add(counts(inFile(pairs, file)));
      head.append(String.format(" %-21s", "set " + (file + 1)));
    }
    Map<String, int[]> all = counts(pairs);
    System.out.println(head + " all");
    for (String type : new TreeSet<>(all.keySet())) {
      StringBuilder row = new StringBuilder(String.format("%-16s", type));
      files.forEach(f -> row.append(String.format(" %-21s", figures(f.get(type)))));
      System.out.println(row + " " + figures(all.get(type)));
    }
    StringBuilder row = new StringBuilder(String.format("%-16s", "overall"));
    files.forEach(f -> row.append(String.format(" %-21s", figures(total(f)))));
    System.out.println(row + " " + figures(total(all)));
  }

  private static String figures(int[] c) {
    return c == null
        ? "-"
        : String.format(java.util.Locale.ROOT, "%.3f/%.3f (%d)", precision(c), recall(c), c[3]);
  }

  static int[] total(Map<String, int[]> byType) {
    int[] all = new int[4];
    byType
        .values()
        .forEach(
            c -> {
              for (int i = 0; i < 4; i++) {
                all[i] += c[i];
              }
            });
    return all;
  }

  @Test
  void theTestSetsHaveAtLeast300PairsOfEveryVariantTypeInEachFile() {
    assertThat(inFile(tuning, 0).size() + inFile(reported, 0).size()).isGreaterThanOrEqualTo(300);
    List<String> types =
        List.of(
            "alias",
            "legal_form",
            "word_order",
            "typo",
            "abbreviation",
            "native_script",
            "transliteration",
            "subsidiary",
            "hard_negative");
    assertThat(counts(inFile(reported, 0)).keySet()).containsExactlyInAnyOrderElementsOf(types);
    assertThat(counts(inFile(reported, 1)).keySet()).containsExactlyInAnyOrderElementsOf(types);
    assertThat(counts(inFile(reported, 2)).keySet()).containsExactlyInAnyOrderElementsOf(types);
    assertThat(counts(inFile(reported, 3)).keySet()).containsExactlyInAnyOrderElementsOf(types);
  }

  @Test
  void theTuningHalfIsPrintedWithItsMissesPairByPair() {
    print("tuning", tuning);
    List<String> misses = new ArrayList<>();
    for (Pair p : tuning) {
      String got = best(p);
      if (!got.equals(p.expected())) {
        misses.add(
            String.format(
                "  file %d %-15s %s -> %s (expected %s) %s",
                p.file() + 1, p.type(), p.query(), got, p.expected(), p.note()));
      }
    }
    System.out.println("tuning misses: " + misses.size());
    misses.forEach(System.out::println);
    assertThat(tuning).isNotEmpty();
  }

  @Test
  void precisionAndRecallOnTheReportedHalfPerVariantType() {
    print("reported", reported);
    List<String> below = new ArrayList<>();
    counts(reported)
        .forEach(
            (type, c) -> {
              double p = precision(c);
              double r = recall(c);
              double bar = KNOWN_SHORTFALLS.getOrDefault(type, BAR);
              if (p < bar || r < bar) {
                below.add(
                    type + String.format(" precision %.3f recall %.3f (bar %.2f)", p, r, bar));
              }
            });
    assertThat(below).isEmpty();
  }

  @Test
  void overallPrecisionAndRecallOnTheReportedHalf() {
    int[] all = total(counts(reported));
    double bar = KNOWN_SHORTFALLS.getOrDefault("overall", BAR);
    assertThat((double) all[0] / (all[0] + all[1])).isGreaterThanOrEqualTo(bar);
    assertThat(recall(all)).isGreaterThanOrEqualTo(bar);
  }
}
