package org.sightline.core.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

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
}
