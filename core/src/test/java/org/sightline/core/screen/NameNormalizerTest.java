package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {
  private final NameNormalizer normalizer = new NameNormalizer(NameWords.bundled());

  private String key(String name) {
    return normalizer.normalize(name).key();
  }

  @Test
  void foldsWidthCaseAndAccentsAndDropsPunctuation() {
    assertThat(key("ＨＵＡＷＥＩ")).isEqualTo("huawei");
    assertThat(key("Mühlbauer")).isEqualTo("muhlbauer");
    assertThat(key("Giesecke & Devrient")).isEqualTo("giesecke devrient");
    assertThat(key("Thalès, S.A.")).isEqualTo("thales");
  }

  @Test
  void removesLegalFormsAtEitherEndButNeverTheWholeName() {
    assertThat(key("Huawei Technologies Co., Ltd.")).isEqualTo("huawei technology");
    assertThat(key("OOO NtechLab")).isEqualTo("ntechlab");
    assertThat(key("Joint Stock Company Global Security")).isEqualTo("global security");
    assertThat(key("Telmex S.A.B. de C.V.")).isEqualTo("telmex");
    assertThat(key("Limited")).isEqualTo("limited");
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
}
