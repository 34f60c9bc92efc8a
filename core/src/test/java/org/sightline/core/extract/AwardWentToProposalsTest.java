package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suppliers the rules never found (issues 14, 16; round 13): an award told by where it went ("the
 * contract went to X", "o contrato ficou com X") and a firm whose appositive names a town and its
 * state ("X, a Denton, Texas company"). Texts written for this test; only proposals are asserted.
 */
class AwardWentToProposalsTest {
  private static List<String> proposed(String text) {
    return TestData.proposedPairs(text, LocalDate.of(2024, 1, 1));
  }

  @Test
  void theContractWentToNamesTheWinner() {
    assertThat(
            proposed(
                "In Malawi, of four bidders, the contract went to Harlow Vantage Systems, a firm"
                    + " owned by the same family."))
        .contains("[Harlow Vantage Systems]->MW");
  }

  @Test
  void withoutTheAwardPhraseTheSameNameIsNotProposed() {
    assertThat(
            proposed(
                "In Malawi, of four bidders, the contract was with Harlow Vantage Systems, a firm"
                    + " owned by the same family."))
        .noneMatch(p -> p.contains("Harlow"));
  }

  @Test
  void aVisitThatWentSomewhereIsNoAward() {
    assertThat(proposed("The minister went to Beijing last week to discuss the cameras."))
        .isEmpty();
  }

  @Test
  void theSamePhraseInSpanishPortugueseAndFrench() {
    assertThat(
            proposed("El contrato fue para Vireal Sistemas, una empresa de Córdoba, en Paraguay."))
        .contains("[Vireal Sistemas]->PY");
    assertThat(proposed("O contrato ficou com a Quintal Segurança, em Angola."))
        .contains("[Quintal Segurança]->AO");
    assertThat(proposed("Le contrat est revenu à Brevalis Systèmes, au Sénégal."))
        .contains("[Brevalis Systèmes]->SN");
    assertThat(proposed("O contrato era da Quintal Segurança, em Angola."))
        .noneMatch(p -> p.contains("Quintal"));
  }

  @Test
  void anAppositiveThatNamesATownAndItsStateKeepsTheFirm() {
    assertThat(
            proposed(
                "The regulator is investigating Harbor Signal Associates, a Denton, Texas company,"
                    + " over interception gear it shipped without a licence to Morocco."))
        .contains("[Harbor Signal Associates]->MA");
  }
}
