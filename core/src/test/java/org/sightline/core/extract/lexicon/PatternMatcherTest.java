package org.sightline.core.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternMatcherTest {

  private static List<String> matches(PatternMatcher m, String text) {
    PatternMatcher.Hits hits = new PatternMatcher.Hits();
    m.scan(text, 0, text.length(), hits);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      out.add(text.substring(hits.start(i), hits.end(i)));
    }
    return out;
  }

  @Test
  void findsOverlappingPatternsAtWordBoundariesIgnoringCase() {
    PatternMatcher.Builder b = new PatternMatcher.Builder();
    b.add("safe city", false, null);
    b.add("city", false, null);
    b.add("surveil", true, null);
    b.add("cam", false, null);
    PatternMatcher m = b.build();
    assertThat(matches(m, "A Safe City with cameras under SURVEILLANCE; city-wide."))
        .containsExactly("Safe City", "City", "SURVEIL", "city");
  }

  @Test
  void properNounsMatchOnlyInTheirExactForms() {
    PatternMatcher.Builder b = new PatternMatcher.Builder();
    b.add("Chad", false, List.of("Chad", "CHAD"));
    PatternMatcher m = b.build();
    assertThat(matches(m, "Chad and CHAD, not chad")).containsExactly("Chad", "CHAD");
  }

  @Test
  void anAutomatonTooLargeForCharStateNumbersFindsTheSameMatches() {
    // 30,000 six-letter words that part early take over 100,000 states (26 + 676 + 17,576 for the
    // first three letters, 30,000 at each depth after): more than a char can number.
    PatternMatcher.Builder b = new PatternMatcher.Builder();
    for (int i = 0; i < 30_000; i++) {
      b.add(word(i), false, null);
    }
    b.add("surveil", true, null);
    b.add("safe city", false, null);
    b.add("city", false, null);
    PatternMatcher m = b.build();
    String text =
        "A Safe City, " + word(0) + " and " + word(29_999) + "; SURVEILLANCE " + word(12_345);
    assertThat(matches(m, text))
        .containsExactly("Safe City", "City", word(0), word(29_999), "SURVEIL", word(12_345));
    assertThat(matches(m, word(7) + "x " + word(8).substring(1))).isEmpty();
  }

  @Test
  void patternsOverMoreThanAHundredAndTwentyEightCharactersMatchAsWholeWords() {
    // 200 caseless letters (CJK) give 200 character classes: a state's child bits span four
    // longs, and a child's place counts the bits of every long before its own.
    Random random = new Random(14);
    Set<String> patterns = new HashSet<>();
    PatternMatcher.Builder b = new PatternMatcher.Builder();
    for (int i = 0; i < 2_000; i++) {
      String p = cjkWord(random, 1 + random.nextInt(3));
      patterns.add(p);
      b.add(p, false, null);
    }
    PatternMatcher m = b.build();
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      String w = cjkWord(random, 1 + random.nextInt(4));
      text.append(w).append(i % 7 == 0 ? ", " : " ");
      if (patterns.contains(w)) {
        expected.add(w);
      }
    }
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(matches(m, text.toString())).isEqualTo(expected);
  }

  private static String cjkWord(Random random, int length) {
    char[] w = new char[length];
    for (int i = 0; i < length; i++) {
      w[i] = (char) (0x4E00 + random.nextInt(200));
    }
    return new String(w);
  }

  /** A distinct lower-case six-letter word for each number below 26^6, last digit first. */
  private static String word(int n) {
    char[] w = new char[6];
    for (int i = 0; i < 6; i++) {
      w[i] = (char) ('a' + n % 26);
      n /= 26;
    }
    return new String(w);
  }

  @Test
  void theGazetteerKnowsDemonymsCapitalsAliasesAndLenders() {
    Gazetteer g =
        Gazetteer.build(
            org.sightline.core.countries.Countries.bundled(),
            org.sightline.core.extract.TestData.organizations(),
            Lexicon.bundled());
    String text = "Ethiopian officials in Harare met ZTE Corporation and China Exim Bank.";
    PatternMatcher.Hits hits = new PatternMatcher.Hits();
    g.matcher().scan(text, 0, text.length(), hits);
    List<String> entities = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Entity e = g.entity(hits.pattern(i));
      if (e != null) {
        entities.add(
            text.substring(hits.start(i), hits.end(i))
                + "="
                + e.kind()
                + ":"
                + (e.kind().isCountry() ? e.country() : e.name()));
      }
    }
    assertThat(entities)
        .contains(
            "Ethiopian=COUNTRY_DEMONYM:ET",
            "Harare=COUNTRY_CAPITAL:ZW",
            "ZTE Corporation=SUPPLIER_ORG:ZTE",
            "China Exim Bank=LENDER:Export-Import Bank of China");
  }
}
