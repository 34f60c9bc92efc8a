package org.sightline.core.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BracketedAcronymsTest {
  @Test
  void aShortNameInBracketsRightAfterTheFirmsNameIsItsOtherName() {
    String es = "la Compañía Andina de Radares (Canrad) instaló las antenas";
    assertThat(BracketedAcronyms.after(es, "Compañía Andina de Radares")).isEqualTo("Canrad");
    String pt = "a Gráfica Nacional de Timor (GNT) imprime os cartões";
    assertThat(BracketedAcronyms.after(pt, "Gráfica Nacional de Timor")).isEqualTo("GNT");
  }

  @Test
  void bracketsThatHoldAPhraseOrComeLaterOrAOneWordNameGiveNothing() {
    assertThat(
            BracketedAcronyms.after(
                "la Société Lunaire des Caméras (groupe français) a livré",
                "Société Lunaire des" + " Caméras"))
        .isNull();
    assertThat(
            BracketedAcronyms.after("Vigitel Sistemas, fundada en 2001 (VS)", "Vigitel Sistemas"))
        .isNull();
    assertThat(BracketedAcronyms.after("Vigitelcom (VGC) instaló", "Vigitelcom")).isNull();
  }
}
