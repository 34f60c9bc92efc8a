package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {
  private final NameNormalizer normalizer = new NameNormalizer(NameWords.bundled());

  private String key(String name) {
    return normalizer.normalize(name).key();
  }

  /** Names and the key they are compared by. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Folds width, case and accents, and drops punctuation
          ＨＵＡＷＥＩ                              | huawei
          Mühlbauer                           | muhlbauer
          Giesecke & Devrient                 | giesecke devrient
          Thalès, S.A.                        | thales
          # Removes legal forms at either end but never the whole name
          Huawei Technologies Co., Ltd.       | huawei technology
          OOO NtechLab                        | ntechlab
          Joint Stock Company Global Security | global security
          Telmex S.A.B. de C.V.               | telmex
          Limited                             | limited
          """)
  void keysOfNames(String name, String key) {
    assertThat(key(name)).isEqualTo(key);
  }

  @Test
  void expandsAbbreviations() {
    NameForm form = normalizer.normalize("Gamma Intl Grp");
    assertThat(form.key()).isEqualTo("gamma international group");
    assertThat(form.steps()).contains("intl → international", "grp → group");
    assertThat(key("China Exim Bank")).isEqualTo("china export import bank");
  }

  @Test
  void chineseNamesLoseTheirLegalFormAndMeetTheirLatinNames() {
    NameForm form = normalizer.normalize("华为技术有限公司");
    assertThat(form.key()).isEqualTo("huawei technology");
    assertThat(form.steps())
        .contains("legal form 有限公司 removed", "技术 → technology", "Han → Latin (pinyin)");
    assertThat(key("浙江大华技术股份有限公司")).isEqualTo("zhejiang dahua technology");
    assertThat(key("中国进出口银行")).isEqualTo("china export import bank");
  }

  @Test
  void pinyinWrittenSyllableBySyllableReadsAsTheWordsItSpells() {
    NameForm form = normalizer.normalize("Hai Kang Wei Shi");
    assertThat(form.key()).isEqualTo(key("海康威视"));
    assertThat(form.steps()).contains("pinyin syllables joined");
    // the lists' words stay words of their own: "ke ji" is "keji", technology
    assertThat(key("Yun Cong Ke Ji")).isEqualTo("yuncong technology");
    assertThat(key("Zhong Xing Tong Xun")).isEqualTo(key("中兴通讯"));
    // stop words and everyday English words are not syllables of a Chinese name
    assertThat(key("Banco de la Nacion")).isEqualTo("banco nacion");
    assertThat(key("Long Men Bank")).isEqualTo("long men bank");
  }

  @Test
  void businessWordsInOtherScriptsAndLanguagesReadAsTheirEnglish() {
    assertThat(key("Хуавей Текнолоджиз")).isEqualTo("huavej technology");
    assertThat(key("Палантир Текнолоджиз Корпорейшн")).isEqualTo("palantir technology");
    assertThat(key("Zhongguo Hangkong Jishu")).isEqualTo(key("中国航空技术"));
    assertThat(key("Tecnologías de Seguridad")).isEqualTo("technology security");
    assertThat(key("Intl Business Machs")).isEqualTo("international business machines");
    assertThat(key("Nippon Denki")).isEqualTo("nippon electric");
    assertThat(key("Amesys Conseil")).isEqualTo("amesys consulting");
  }

  @Test
  void pinyinWrittenWithHyphensBetweenSyllablesReadsAsTheWordsItSpells() {
    NameForm form = normalizer.normalize("Yun-cong Ke-ji");
    assertThat(form.key()).isEqualTo("yuncong technology");
    assertThat(form.steps()).contains("hyphenated pinyin syllables joined");
    assertThat(key("Guang-zhou Hai-ge")).isEqualTo(key("Guangzhou Haige"));
    // words that are not all syllables, or are everyday English words, keep their hyphen's break
    assertThat(key("Coca-Cola Hellenic")).isEqualTo("coca cola hellenic");
    assertThat(key("Long-Men Bank")).isEqualTo("long men bank");
  }

  @Test
  void balticLegalFormsAndNamesOfRussiaInItsOwnLanguage() {
    assertThat(key("UAB Vilnius Optics")).isEqualTo("vilnius optics");
    assertThat(key("SIA Daugava Data")).isEqualTo("daugava data");
    assertThat(key("Tallinn Sensors OÜ")).isEqualTo("tallinn sensors");
    assertThat(key("Megafon Rossiya")).isEqualTo(key("Megafon Russia"));
    assertThat(key("Вымпелком Текнолоджи")).isEqualTo("vympelkom technology");
  }

  @Test
  void countryNamesOfSeveralWordsAreOneWord() {
    assertThat(key("ZTE Hong Kong Ltd")).isEqualTo("zte hongkong");
    assertThat(key("Orange Côte d'Ivoire")).isEqualTo("orange cotedivoire");
    assertThat(key("Government of the United Arab Emirates"))
        .isEqualTo("government unitedarabemirates");
  }

  @Test
  void traditionalAndSimplifiedChineseReadAlike() {
    NameForm form = normalizer.normalize("中國機械設備工程股份有限公司");
    assertThat(form.key()).isEqualTo(key("中国机械设备工程股份有限公司"));
    assertThat(form.steps()).contains("traditional characters → simplified");
  }

  @Test
  void otherScriptsAreTransliterated() {
    NameForm form = normalizer.normalize("ПАО «Ситроникс»");
    assertThat(form.key()).isEqualTo("sitroniks");
    assertThat(form.steps()).contains("Cyrillic → Latin");
  }

  @Test
  void blankAndPunctuationOnlyNamesAreEmpty() {
    assertThat(normalizer.normalize("").isEmpty()).isTrue();
    assertThat(normalizer.normalize(null).isEmpty()).isTrue();
    assertThat(normalizer.normalize(" ., - !").isEmpty()).isTrue();
  }

  @Test
  void pinyinWithToneNumbersReadsAsPinyinWithout() {
    // Made-up names: 龙星 written with tone numbers, run together or syllable by syllable.
    assertThat(key("Long2xing1")).isEqualTo(key("Longxing"));
    assertThat(key("Long2 Xing1 Ke1 Ji4")).isEqualTo(key("Longxing Keji"));
    assertThat(normalizer.normalize("Long2xing1").steps()).contains("tone numbers removed");
    // digits that are no tone numbers of pinyin syllables stay
    assertThat(key("Qvx3 Labs")).startsWith("qvx3 ");
    assertThat(key("Bao3 Labs")).startsWith("bao ");
    assertThat(key("Route 66")).isEqualTo("route 66");
  }

  @Test
  void aKoreanNameIsRomanizedAsOneWordWithoutIcusSyllableHyphens() {
    // 가나다에버 is a made-up name; ICU writes a hyphen before a syllable that starts with a vowel.
    assertThat(key("가나다에버")).doesNotContain(" ").doesNotContain("-");
    assertThat(key("가나다에버")).isEqualTo(key("Ganadaebeo"));
  }
}
