package org.sightline.core.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.lexicon.Language;

/** Which recurring capitalised names may be proposed loose; sentences written for this test. */
class LooseNamesTest {
  private final LooseNames loose = new LooseNames(Language.EN);

  private boolean accepts(String text, String name) {
    int at = text.indexOf(name);
    return loose.accepts(text, name, at + name.length());
  }

  @Test
  void aNameTheTextComesBackToIsAccepted() {
    assertThat(
            accepts(
                "The order went to Tarnwell in March. Officials said Tarnwell had done such work.",
                "Tarnwell"))
        .isTrue();
  }

  @Test
  void aNameSaidOnceOrOnlyAtSentenceStartsIsNot() {
    assertThat(accepts("The order went to Tarnwell in March. It was the first.", "Tarnwell"))
        .isFalse();
    assertThat(accepts("Tarnwell won the order. Tarnwell said so.", "Tarnwell")).isFalse();
  }

  @Test
  void commonWordsCurrenciesAndAbbreviationsAreNot() {
    assertThat(accepts("Budget cuts hit the plan. The budget and the Budget office.", "Budget"))
        .isFalse();
    assertThat(accepts("It cost USD 4 million, paid in USD by the city.", "USD")).isFalse();
    assertThat(accepts("Signed on Sept. 3, the deal closed in Sept. 2021.", "Sept.")).isFalse();
  }

  @Test
  void placesPeopleAndInstitutionsAreNot() {
    assertThat(accepts("Cameras went up for Harrow police. Work in Harrow ended.", "Harrow"))
        .isFalse();
    assertThat(accepts("Rollins signed it, said Dana Rollins; Rollins left.", "Rollins")).isFalse();
    assertThat(
            accepts(
                "NEC bought the kits. The National Election Commission (NEC) said NEC paid.",
                "NEC"))
        .isFalse();
  }

  @Test
  void theWholeTextsVerdictIsKeptPerNameAndTheRunsOwnCheckStillApplies() {
    String text =
        "The order went to Tarnwell in March. Officials said Tarnwell had done such work.";
    Map<String, Boolean> byName = new HashMap<>();
    int end = text.indexOf("Tarnwell") + "Tarnwell".length();
    assertThat(loose.accepts(text, "Tarnwell", end, byName)).isTrue();
    assertThat(byName).containsEntry("Tarnwell", true);
    // the kept verdict is what a later run of the same name reads
    byName.put("Tarnwell", false);
    assertThat(loose.accepts(text, "Tarnwell", end, byName)).isFalse();
    // a digit right after this run still refuses it, whatever the text's verdict
    String counted = "Tarnwell 4 units went out. Officials said Tarnwell had done such work.";
    Map<String, Boolean> kept = new HashMap<>(Map.of("Tarnwell", true));
    assertThat(loose.accepts(counted, "Tarnwell", "Tarnwell".length(), kept)).isFalse();
  }
}
