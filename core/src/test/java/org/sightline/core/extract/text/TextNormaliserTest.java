package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

  @Test
  void typographyBecomesPlainWithoutChangingOffsets() {
    String text = "\u201CHuawei\u2019s\u00A0cameras\u201D \u2014 Nairobi,\r\n2019";

    String norm = TextNormaliser.normalise(text);

    assertThat(norm).isEqualTo("\"Huawei's cameras\" - Nairobi,\n\n2019");
    assertThat(norm).hasSameSizeAs(text);
  }

  @Test
  void plainTextIsReturnedAsItIsWithoutACopy() {
    String text = "Kenya bought cameras from Huawei in 2019.\n\nThe deal was financed by China.";

    assertThat(TextNormaliser.normalise(text)).isSameAs(text);
  }

  @Test
  void aChangeAfterALongPlainStretchIsStillMapped() {
    String text = "a".repeat(10_000) + "\u2013b";

    assertThat(TextNormaliser.normalise(text)).endsWith("a-b").hasSize(10_002);
  }
}
