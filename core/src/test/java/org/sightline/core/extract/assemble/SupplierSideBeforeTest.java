package org.sightline.core.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;

class SupplierSideBeforeTest {
  private static double score(Language language, String text, String country) {
    return new SupplierSideBefore(Lexicon.bundled(), language)
        .score(text, 0, text.indexOf(country));
  }

  @Test
  void theWordsBeforeAnElidedArticleAreReadAcrossTheApostrophe() {
    String text = "un prêt accordé par l'Espagne";
    assertThat(SupplierSideBefore.wordsBefore(text, 0, text.indexOf("Espagne"), 3))
        .containsExactly("l", "par", "accordé");
  }

  @Test
  void aPunctuationMarkEndsTheWordsBefore() {
    String text = "Selon Madrid, España";
    assertThat(SupplierSideBefore.wordsBefore(text, 0, text.indexOf("España"), 2))
        .containsExactly("", "");
  }

  @Test
  void sellerGiverAndAgentScoreTheSupplierSideAndAReceiverTheOther() {
    assertThat(score(Language.ES, "cámaras compradas a China", "China"))
        .isEqualTo(SupplierSideBefore.SELLER);
    assertThat(score(Language.FR, "un don du Japon", "Japon")).isEqualTo(SupplierSideBefore.AGENT);
    assertThat(score(Language.PT, "câmeras instaladas pela China", "China"))
        .isEqualTo(SupplierSideBefore.AGENT);
    assertThat(score(Language.PT, "um programa utilizado pelo Brasil", "Brasil"))
        .isEqualTo(-SupplierSideBefore.AGENT);
    assertThat(score(Language.ES, "una empresa de Estados Unidos", "Estados"))
        .isEqualTo(SupplierSideBefore.AGENT);
    assertThat(score(Language.ES, "la policía de Bolivia", "Bolivia")).isZero();
    assertThat(score(Language.ES, "cámaras instaladas en Bolivia", "Bolivia")).isZero();
  }

  @Test
  void aVerbOfReceivingNamesTheGiverAfterDeAndTheReceiverAsItsAgent() {
    assertThat(score(Language.ES, "el ministerio recibió de Corea del Sur", "Corea"))
        .isEqualTo(SupplierSideBefore.SELLER);
    assertThat(score(Language.FR, "le Togo a reçu de la Chine", "Chine"))
        .isEqualTo(SupplierSideBefore.SELLER);
    assertThat(score(Language.PT, "drones recebidos dos Estados Unidos", "Estados"))
        .isEqualTo(SupplierSideBefore.SELLER);
    assertThat(score(Language.ES, "los equipos recibidos por Honduras", "Honduras"))
        .isEqualTo(-SupplierSideBefore.AGENT);
    assertThat(score(Language.FR, "des caméras reçues par le Niger", "Niger"))
        .isEqualTo(-SupplierSideBefore.AGENT);
    assertThat(score(Language.ES, "el ministerio recibió en Lima", "Lima")).isZero();
  }

  @Test
  void englishIsLeftToCountryRoles() {
    assertThat(score(Language.EN, "cameras bought from China", "China")).isZero();
  }
}
