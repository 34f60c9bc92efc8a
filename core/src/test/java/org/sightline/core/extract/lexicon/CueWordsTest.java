package org.sightline.core.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CueWordsTest {
  @Test
  void aSetSpreadOverSeveralRowsIsTheirUnionAndKeepsCase() {
    assertThat(CueWords.named("passive-receivers")).contains("used", "owned");
    assertThat(CueWords.named("place-nouns")).contains("Road").doesNotContain("road");
    assertThat(
            CueWords.parse(
                List.of(
                    new String[] {"s", "a b"}, new String[] {"t", "c"}, new String[] {"s", "d"})))
        .containsEntry("s", Set.of("a", "b", "d"))
        .containsEntry("t", Set.of("c"));
  }

  @Test
  void anUnknownSetIsAProgrammingError() {
    assertThatThrownBy(() -> CueWords.named("no-such-set"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-set");
  }

  @Test
  void cueWordsAreNotScannedAsLexiconTerms() {
    // Scanning them would add mentions and change what extraction finds.
    assertThat(Lexicon.bundled().word("behalf")).isNull();
    assertThat(Lexicon.bundled().word("according")).isNull();
  }
}
