package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Initials beside place and common words, misspelt list words, pinyin's ü written v or yu,
 * Wade–Giles written syllable by syllable, Russian legal forms in any romanization and old postal
 * spellings of Chinese places, on a small register of invented names.
 */
class SpellingsAndRomanizationsTest {
  static NameMatcher matcher;
  static NameNormalizer normalizer;

  @BeforeAll
  static void build() {
    normalizer = new NameNormalizer(NameWords.bundled());
    matcher =
        NameMatcher.of(
            List.of(
                Vendors.vendor("R1", "Qarth National Lumen Export Corporation", "CN"),
                Vendors.vendor("R2", "Tandrel Technologies", "DE"),
                Vendors.vendor("R3", "Lüfeng Optics", "CN"),
                Vendors.vendor("R4", "Xinghai Lumen", "CN"),
                Vendors.vendor("R5", "Vostrel", "RU"),
                Vendors.vendor("R6", "Hangzhou Qorvix Vision", "CN")));
  }

  private static List<NameMatch> match(String name) {
    return Vendors.matches(matcher, name);
  }

  private static NameMatch best(String name) {
    return Vendors.best(matcher, name);
  }

  private static String key(String name) {
    return normalizer.normalize(name).key();
  }

  @Test
  void initialsBesidePlaceOrCommonWordsMeetTheNameTheyAreTheInitialsOf() {
    for (String name : List.of("QNLEC Beijing", "QNLEC (Hong Kong) Ltd", "QNLEC Group")) {
      NameMatch m = best(name);
      assertThat(m.organizationId()).as(name).isEqualTo("R1");
      assertThat(m.score()).isEqualTo(Initialisms.SCORE);
      assertThat(m.explanation().rules())
          .singleElement()
          .asString()
          .startsWith(
              "the initials of 'Qarth National Lumen Export Corporation' beside place or common"
                  + " words: ");
    }
    assertThat(best("QNLEC Beijing").explanation().rules().get(0)).endsWith(": beijing");
  }

  @Test
  void initialsBesideAWordOfTheirOwnOrADescriptiveWordOrInSmallLettersMeetNothing() {
    assertThat(match("QNLEC Foods")).isEmpty();
    assertThat(match("QNLEC Security")).isEmpty();
    assertThat(match("qnlec beijing")).isEmpty();
    assertThat(match("QNLEC QNLEC")).isEmpty();
  }

  @Test
  void aMisspeltListWordIsReadAsThatWordAndRanksBelowTheRightSpelling() {
    NameMatch right = best("Tandrel Technologies");
    for (String name :
        List.of("Tandrel Technolgies", "Tandrel Tecnhologies", "Tandrel Techmologies")) {
      NameMatch m = best(name);
      assertThat(m.organizationId()).as(name).isEqualTo("R2");
      assertThat(m.score()).as(name).isGreaterThanOrEqualTo(0.95).isLessThan(right.score());
      assertThat(m.explanation().rules())
          .as(name)
          .anyMatch(
              r -> r.startsWith("misspelt list words read as such: ") && r.contains("(a slip)"));
    }
  }

  @Test
  void aSlipOfAListWordKeepsItsFirstAndLastLettersAndIsNeitherEverydayNorAmbiguous() {
    ListedSlips slips = ListedSlips.of(Set.of("holding", "security", "national", "marketing"));
    assertThat(slips.of("holdnig")).isEqualTo("holding");
    assertThat(slips.of("secruity")).isEqualTo("security");
    assertThat(slips.of("secuity")).isEqualTo("security");
    assertThat(slips.of("markketing")).isEqualTo("marketing");
    // another first letter is another word, another ending another language's or inflection
    assertThat(slips.of("kolding")).isNull();
    assertThat(slips.of("nationale")).isNull();
    assertThat(slips.of("securita")).isNull();
    // an everyday word, a listed word and a short word stay as written
    assertThat(slips.of("notional")).isNull();
    assertThat(slips.of("holding")).isNull();
    assertThat(slips.of("secrty")).isNull();
    // one slip from two list words says nothing
    ListedSlips two = ListedSlips.of(Set.of("brondavel", "brondaxel"));
    assertThat(two.of("brondamel")).isNull();
    assertThat(two.of("brondavvel")).isEqualTo("brondavel");
  }

  @Test
  void pinyinUmlautWrittenVOrYuReadsAsTheU() {
    assertThat(key("Lvfeng Optics")).isEqualTo(key("Lüfeng Optics"));
    assertThat(key("Lyu Feng Optics")).isEqualTo(key("Lüfeng Optics"));
    NameMatch m = best("Lvfeng Optics");
    assertThat(m.organizationId()).isEqualTo("R3");
    assertThat(m.explanation().screenedSteps()).contains(PinyinUmlaut.STEP);
    NameWords words = NameWords.bundled();
    assertThat(PinyinUmlaut.reading("lv", words)).isEqualTo("lu");
    assertThat(PinyinUmlaut.reading("nyu", words)).isEqualTo("nu");
    // everyday words, a v after another letter, and words that are no syllables keep their v
    assertThat(PinyinUmlaut.reading("solve", words)).isNull();
    assertThat(PinyinUmlaut.reading("silver", words)).isNull();
    assertThat(PinyinUmlaut.reading("kalvor", words)).isNull();
    assertThat(PinyinUmlaut.reading("vostrel", words)).isNull();
  }

  @Test
  void wadeGilesWrittenSyllableBySyllableReadsAsPinyin() {
    NameMatch m = best("Hsing Hai Lumen");
    assertThat(m.organizationId()).isEqualTo("R4");
    assertThat(m.explanation().screenedSteps())
        .anyMatch(s -> s.startsWith("Wade-Giles read as pinyin: "));
    Set<String> syllables = NameWords.bundled().pinyinSyllables;
    assertThat(WadeGiles.pinyinReadings("Chung Hsing Lumen", syllables))
        .contains("zhong xing Lumen");
    // words that are pinyin syllables too stay pinyin; one syllable alone is no run
    assertThat(WadeGiles.pinyinReadings("Hua Wei Lumen", syllables)).isEmpty();
    assertThat(WadeGiles.pinyinReadings("Hung Fat Trading", syllables)).isEmpty();
  }

  @Test
  void russianLegalFormsAreRemovedWhicheverSystemRomanizedThem() {
    for (String name :
        List.of(
            "Akcionernoe obshchestvo Vostrel",
            "Aktsionernoye Obshchestvo Vostrel",
            "Публичное акционерное общество Вострел",
            "Zakrytoye Aktsionernoye Obshchestvo Vostrel",
            "Obshchestvo s ogranichennoy otvetstvennostyu Vostrel",
            "Общество с ограниченной ответственностью Вострел")) {
      assertThat(key(name)).as(name).isEqualTo("vostrel");
      assertThat(best(name).organizationId()).as(name).isEqualTo("R5");
    }
    // a legal-form word alone is no legal form
    assertThat(key("Obsestvo Vostrel")).isEqualTo("obsestvo vostrel");
  }

  @Test
  void postalSpellingsOfChinesePlacesReadAsPinyin() {
    assertThat(key("Hangchow Qorvix Vision")).isEqualTo(key("Hangzhou Qorvix Vision"));
    assertThat(normalizer.normalize("Peking Qorvix").kinds()[0]).isEqualTo(NameForm.LOCALITY);
    assertThat(best("Hangchow Qorvix Vision").score()).isEqualTo(1.0);
  }
}
