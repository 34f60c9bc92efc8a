package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cue verbs of Spanish, French and Portuguese read in the forms the lexicon did not list (issue
 * 16, round 11): an infinitive after "va a" / "va" / "vai", a future, a past of a verb the lexicon
 * lacked ("otorgó") and participles of a passive ("fue otorgado a", "foi firmado com"). Examples
 * written for this test.
 */
class OtherLanguageCueVerbFormsTest {
  private static final LocalDate REPORTED = LocalDate.of(2025, 3, 14);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | La policía del Perú va a firmar con Quendal el contrato de las cámaras de videovigilancia, según informó el ministerio a la prensa. | [Quendal] null->PE
          es | La policía del Perú contratará a Quendal para las cámaras de videovigilancia de la capital, según informó el ministerio. | [Quendal] null->PE
          es | La policía del Perú otorgó a Quendal el contrato de las cámaras de videovigilancia de la capital, según informó el ministerio. | [Quendal] null->PE
          es | El contrato de las cámaras de videovigilancia del Perú fue otorgado a Quendal en marzo, según informó el ministerio. | [Quendal] null->PE
          fr | La police du Sénégal va signer avec Quendal le contrat des caméras de vidéosurveillance de la capitale, a indiqué le ministère. | [Quendal] null->SN
          pt | O Governo de Portugal vai assinar com a Quendal o contrato das câmaras de videovigilância da capital, disse o ministério. | [Quendal] null->PT
          pt | O contrato das câmaras de videovigilância de Portugal foi firmado com a Quendal em março, disse o ministério. | [Quendal] null->PT
          pt | A polícia de Portugal contratará a Quendal para as câmaras de videovigilância da capital, disse o ministério. | [Quendal] null->PT
          """)
  void aCueVerbInAFormTheLexiconDidNotListNamesTheSupplier(
      String language, String text, String expected) {
    assertThat(TestData.proposed(text, REPORTED)).as(language).contains(expected);
  }
}
