package org.sightline.core.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.TransferStatus;

class OwnDealTest {
  @Test
  void twoNamedEndUsersAreTwoDealsUnlessOneWritesTheOtherShorter() {
    assertThat(OwnDeal.otherEndUser("Policía Nacional", "Alcaldía de Medellín")).isTrue();
    assertThat(OwnDeal.otherEndUser("Policía Nacional", "policia nacional de Colombia")).isFalse();
    assertThat(OwnDeal.otherEndUser("Gendarmerie", null)).isFalse();
  }

  @Test
  void anEndedDealBesideOneThatWentAheadIsAnotherPhase() {
    assertThat(OwnDeal.otherPhase(TransferStatus.DELIVERED, TransferStatus.CANCELLED)).isTrue();
    assertThat(OwnDeal.otherPhase(TransferStatus.SUSPENDED, TransferStatus.OPERATIONAL)).isTrue();
    assertThat(OwnDeal.otherPhase(TransferStatus.AGREED, TransferStatus.DELIVERED)).isFalse();
    assertThat(OwnDeal.otherPhase(TransferStatus.CANCELLED, TransferStatus.REPORTED)).isFalse();
    assertThat(OwnDeal.otherPhase(null, TransferStatus.CANCELLED)).isFalse();
  }

  @Test
  void endUsersAreFoldedOncePerDocumentAndTheSameWritingIsNoOtherDeal() {
    Draft into = new Draft();
    into.endUser = "Policía Nacional";
    Draft d = new Draft();
    d.endUser = "Alcaldía de Medellín";
    Map<String, String> folds = new HashMap<>();
    assertThat(OwnDeal.ownEndUserOrPhase(into, d, folds)).isTrue();
    assertThat(folds)
        .containsEntry("Policía Nacional", "policia nacional")
        .containsEntry("Alcaldía de Medellín", "alcaldia de medellin");
    d.endUser = "Policía Nacional";
    assertThat(OwnDeal.ownEndUserOrPhase(into, d, folds)).isFalse();
    assertThat(OwnDeal.otherEndUser("Policía Nacional", "Policía Nacional")).isFalse();
  }
}
