package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.core.extract.confidence.Features;

/**
 * Stories that say in another sentence that no deal was made (issues 14 and 16, round 10): nothing
 * signed yet, named countries that are not necessarily clients, a buyer that neither confirmed nor
 * denied. Every candidate of such a story carries the no-deal flag; in Spanish, French and
 * Portuguese its weak drafts are dropped. Texts written for this test.
 */
class NoDealShapesTest {
  private static final LocalDate REPORTED = LocalDate.of(2024, 3, 1);
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> proposals(String text) {
    return extractor.proposals(text, REPORTED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nothing signed   | So far nothing has yet been signed with the firm.
          not clients      | Researchers stressed that the countries on their map are not necessarily customers of the vendor.
          neither nor      | The interior ministry neither confirmed nor denied the purchase.
          """)
  void anEnglishStoryThatSaysSoIsFlagged(String shape, String coda) {
    String pitch =
        "Velmora Dynamics Ltd is to supply CCTV cameras to Uganda's police, a spokesman said. ";
    assertThat(proposals(pitch))
        .as(shape)
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 0, "no flag");
    assertThat(proposals(pitch + coda))
        .as(shape)
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 1, "flagged");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | El alcalde de Lima, en Perú, visitó la sede de la empresa china Hikvision, que le presentó sus cámaras de videovigilancia. Hasta ahora nada se ha firmado.
          fr | Le maire de Dakar, au Sénégal, a visité le siège de la société chinoise Dahua, qui lui a présenté ses caméras de vidéosurveillance. Pour l'instant, rien n'a encore été signé.
          pt | O governador da Bahia, no Brasil, visitou a sede da empresa chinesa Huawei, que lhe apresentou as suas câmeras de videomonitoramento. Por enquanto nada foi assinado.
          es | Un laboratorio halló rastros del programa espía de la israelí Paragon en Perú, pero advirtió que los países donde aparece no son necesariamente clientes de la empresa.
          fr | Un laboratoire a relevé des traces du logiciel espion de la société israélienne Paragon au Pérou, mais précise que les pays repérés ne sont pas forcément des clients.
          pt | Um laboratório encontrou vestígios do programa espião da israelense Paragon no Peru, mas lembra que os países detectados não são necessariamente clientes da empresa.
          es | La policía boliviana adquirió el programa espía de la empresa israelí Paragon, según un informe; el ministerio no confirmó ni desmintió la información.
          fr | Un rapport attribue à la police du Gabon l'achat d'un logiciel espion de la société israélienne Paragon ; le ministère n'a ni confirmé ni démenti.
          pt | Um relatório atribui à polícia de Moçambique a compra de um programa espião da israelense Paragon; o ministério não confirmou nem desmentiu a informação.
          """)
  void aStoryInAnotherLanguageThatSaysSoIsFlaggedAndLessCertain(String language, String text) {
    int coda =
        Math.max(text.lastIndexOf(". "), Math.max(text.lastIndexOf("; "), text.lastIndexOf(", ")));
    assertThat(proposals(text.substring(0, coda + 1)))
        .as(language + " without the coda")
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 0, "no flag");
    assertThat(proposals(text))
        .as(language)
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 1, "flagged");
    // how far the flag lowers a candidate is the fitted model's to say (the es/fr/pt offset moves
    // it), so the rule is checked by the direction it moves the confidence
    assertThat(highest(proposals(text)))
        .as(language)
        .isLessThan(highest(proposals(text.substring(0, coda + 1))));
  }

  private static double highest(List<Candidate> candidates) {
    return candidates.stream().mapToDouble(Candidate::confidence).max().orElse(0);
  }

  @Test
  void aSignedDealWithNothingSignedForAnotherPhaseKeepsItsFlagOff() {
    assertThat(
            proposals(
                "Le Cameroun a signé en 2020 avec la société chinoise Huawei un contrat de"
                    + " vidéosurveillance pour Douala. Rien n'a encore été signé pour la deuxième"
                    + " phase."))
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 0, "no flag");
  }
}
