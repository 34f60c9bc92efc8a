package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slips in short and plural words, words cut short, initials of long names, pinyin written syllable
 * by syllable with syllables that are also stop words, and look-alikes with another ending, on a
 * small register of invented names.
 */
class SlipsAndShortFormsTest {
  static NameMatcher matcher;

  @BeforeAll
  static void build() {
    matcher =
        NameMatcher.of(
            List.of(
                Vendors.vendor("S1", "Brant Vexo", "DE"),
                Vendors.vendor("S2", "Quorvanta Systems", "FR"),
                Vendors.vendor("S3", "Velantir", "US"),
                Vendors.vendor("S4", "Orvalis National Technical Import Corporation", "CN"),
                Vendors.vendor("S5", "Orvalis National Electronics Import Corporation", "CN"),
                Vendors.vendor("S6", "Marovic Security & Communication", "MM"),
                Vendors.vendor("S7", "Qarth National Lumen Export Corporation", "CN"),
                Vendors.vendor("S8", "Bright Orbit Lumen Delta", "GB"),
                Vendors.vendor("S9", "Blue Ocean Lumen Data", "AU"),
                Vendors.vendor("S10", "Talvexans", "FR"),
                Vendors.vendor("S11", "Kelvor Indonesia", "ID"),
                Vendors.vendor("S12", "Weilai", "CN")));
  }

  private static List<NameMatch> match(String name) {
    return Vendors.matches(matcher, name);
  }

  private static NameMatch best(String name) {
    return Vendors.best(matcher, name);
  }

  @Test
  void twoNeighboursSwappedInAFourLetterWordAreASlip() {
    assertThat(WordSimilarity.of("veox", "vexo")).isGreaterThanOrEqualTo(WordSimilarity.SHORT_SWAP);
    NameMatch m = best("Brant Veox");
    assertThat(m.organizationId()).isEqualTo("S1");
    assertThat(m.explanation().matchedWords()).anyMatch(w -> w.startsWith("veox~vexo 0.93"));
  }

  @Test
  void aSwapIsNoSlipBetweenTwoEverydayWordsNorInWordsOfThreeLettersNorAtTheFirstLetter() {
    assertThat(WordSimilarity.of("from", "form")).isZero();
    assertThat(WordSimilarity.of("vxo", "vox")).isZero();
    assertThat(WordSimilarity.swappedAfterFirst("evxo", "vexo")).isFalse();
  }

  @Test
  void aSwapInAPluralIsASlip() {
    NameMatch m = best("Quorvanta Sytsems");
    assertThat(m.organizationId()).isEqualTo("S2");
    assertThat(m.score()).isGreaterThan(0.9);
  }

  @Test
  void anotherEndingThatChangesAConsonantIsAnotherName() {
    assertThat(WordSimilarity.otherEnding("velantine", "velantir")).isTrue();
    assertThat(WordSimilarity.of("velantine", "velantir")).isZero();
    assertThat(match("Velantine Holdings")).isEmpty();
    // slips at the end keep their consonants or swap two letters
    assertThat(WordSimilarity.of("velanteer", "velantir")).isPositive();
    assertThat(WordSimilarity.of("dermalgo", "dermalog")).isPositive();
    assertThat(best("Velantri").organizationId()).isEqualTo("S3");
  }

  @Test
  void aWordCutShortMeetsTheWordItBegins() {
    NameMatch m = best("Orvalis Natl. Tech. Imp. Corp.");
    assertThat(m.organizationId()).isEqualTo("S4");
    assertThat(m.explanation().matchedWords())
        .contains("technology~technical 0.900 (cut short: 'tech')");
    // written in full, the other word is another body's
    assertThat(best("Orvalis National Electronics Import Corp.").organizationId()).isEqualTo("S5");
  }

  @Test
  void aWordCutShortStandsOnlyForAWordThreeLettersLongerOrMoreAndNeverForAPlace() {
    assertThat(match("Talvexa.")).isEmpty();
    assertThat(match("Kelvor Ind."))
        .allSatisfy(
            m -> assertThat(m.explanation().matchedWords()).noneMatch(w -> w.contains("cut")));
  }

  @Test
  void commonBusinessAbbreviationsAreExpanded() {
    NameMatch m = best("Marovic Sec & Comm");
    assertThat(m.organizationId()).isEqualTo("S6");
    assertThat(m.score()).isEqualTo(1.0);
    assertThat(m.explanation().screenedSteps()).contains("sec → security");
  }

  @Test
  void capitalsMeetTheNameTheyAreTheInitialsOf() {
    for (String name : List.of("QNLEC", "QNLE", "QNLEC Ltd")) {
      NameMatch m = best(name);
      assertThat(m.organizationId()).as(name).isEqualTo("S7");
      assertThat(m.score()).isEqualTo(Initialisms.SCORE);
      assertThat(m.explanation().rules())
          .containsExactly("the initials of 'Qarth National Lumen Export Corporation'");
    }
  }

  @Test
  void initialsTwoOrganizationsShareOrWrittenInSmallLettersMeetNothing() {
    assertThat(match("BOLD")).isEmpty();
    assertThat(match("qnlec")).isEmpty();
    assertThat(match("QNL")).isEmpty();
  }

  @Test
  void pinyinSyllablesThatAreStopWordsElsewhereStayInANameOfSyllablesOnly() {
    NameNormalizer normalizer = new NameNormalizer(NameWords.bundled());
    assertThat(normalizer.normalize("Da Hua Ji Shu").key()).isEqualTo("dahua technology");
    assertThat(normalizer.normalize("Tian Di Wei Ye").key()).isEqualTo("tiandiweiye");
    // a name with words that are not syllables keeps its stop words out
    assertThat(normalizer.normalize("Banco do Brasil").key()).isEqualTo("banco brasil");
  }

  @Test
  void aWordRomanizedByAnotherSystemIsFoundByItsSoundEvenWithFewLettersInCommon() {
    // "vejlaj" and "weilai" share three of seven letters, yet both read v-e-i-l-a-i
    NameMatch m = best("Vejlaj");
    assertThat(m.organizationId()).isEqualTo("S12");
    assertThat(m.explanation().matchedWords()).containsExactly("vejlaj~weilai 0.950");
  }
}
