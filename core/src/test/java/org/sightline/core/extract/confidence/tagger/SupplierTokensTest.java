package org.sightline.core.extract.confidence.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.tagger.SupplierTokens.Token;

class SupplierTokensTest {

  private static List<String> words(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  @Test
  void everyExactOccurrenceOfAGoldNameIsLabelledBeginThenInside() {
    String s =
        "Norvale Optics Ltd. fitted cameras; later norvale optics and Norvale Optics trained staff.";
    List<Token> tokens = SupplierTokens.tokenise(s, 0, s.length());
    assertThat(words(tokens))
        .startsWith("Norvale", "Optics", "Ltd", ".", "fitted", "cameras", ";", "later");

    String[] labels = SupplierTokens.label(tokens, List.of("Norvale Optics"));

    // both capitalised occurrences, not the lower-case one (exact occurrences only)
    assertThat(Arrays.asList(labels))
        .containsExactly(
            "B", "I", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B", "I", "O", "O", "O");
    assertThat(SupplierTokens.spans(Arrays.asList(labels)))
        .containsExactly(new int[] {0, 2}, new int[] {11, 13});
  }

  @Test
  void theLongerOfTwoOverlappingNamesWinsAndAStrayInsideStartsASpan() {
    String s = "Kestrel Systems sold it to Kestrel.";
    List<Token> tokens = SupplierTokens.tokenise(s, 0, s.length());

    String[] labels = SupplierTokens.label(tokens, List.of("Kestrel", "Kestrel Systems"));

    assertThat(Arrays.asList(labels)).containsExactly("B", "I", "O", "O", "O", "B", "O");
    assertThat(SupplierTokens.spans(List.of("O", "I", "I", "B", "B", "O")))
        .containsExactly(new int[] {1, 3}, new int[] {3, 4}, new int[] {4, 5});
  }

  @Test
  void shapesCollapseRunsOfOneClass() {
    assertThat(TokenFeatures.shape("Kestrel")).isEqualTo("Xx");
    assertThat(TokenFeatures.shape("ZTE")).isEqualTo("X");
    assertThat(TokenFeatures.shape("4G")).isEqualTo("dX");
  }
}
