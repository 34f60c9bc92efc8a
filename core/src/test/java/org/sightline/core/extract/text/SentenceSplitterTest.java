package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    String norm = TextNormaliser.normalise(text);
    Segments s = SentenceSplitter.split(norm);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.count(); i++) {
      out.add(text.substring(s.start(i), s.end(i)));
    }
    return out;
  }

  @Test
  void abbreviationsInitialsAndDecimalsDoNotEndASentence() {
    assertThat(
            sentences(
                "Mr. Smith of Huawei Technologies Co. Ltd. met U.S. officials. The $1.5 billion"
                    + " deal was signed by Scott N. Romaniuk. It went live in 2019!"))
        .containsExactly(
            "Mr. Smith of Huawei Technologies Co. Ltd. met U.S. officials.",
            "The $1.5 billion deal was signed by Scott N. Romaniuk.",
            "It went live in 2019!");
  }

  @Test
  void blankLinesSeparateParagraphsAndHeadlines() {
    String text = "Headline Without Stop\n\nFirst sentence. Second one.\n\nNew paragraph here.";
    Segments s = SentenceSplitter.split(TextNormaliser.normalise(text));
    assertThat(s.count()).isEqualTo(4);
    assertThat(s.paragraph(0)).isEqualTo(0);
    assertThat(s.paragraph(1)).isEqualTo(1);
    assertThat(s.paragraph(2)).isEqualTo(1);
    assertThat(s.paragraph(3)).isEqualTo(2);
    assertThat(s.sentenceAt(text.indexOf("Second"))).isEqualTo(2);
  }

  @Test
  void normalisationKeepsLengthSoOffsetsStayValid() {
    String text = "China\u2019s \u201Csafe city\u201D \u2013 in\u00A0Quito";
    String norm = TextNormaliser.normalise(text);
    assertThat(norm).hasSameSizeAs(text).isEqualTo("China's \"safe city\" - in Quito");
  }
}
