package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.extract.eval.GoldDocument;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.text.TextNormaliser;
import org.sightline.core.model.TechnologyCategory;

/**
 * Extraction in Spanish, French and Portuguese (issue 16), read as examples written for this test,
 * and the language each text is read in: procurement records and awards, unknown firms and their
 * legal forms, vendors named as examples, the vendor's home that is not the buyer.
 */
class OtherLanguagesTest {
  private static final LocalDate REPORTED = LocalDate.of(2021, 6, 15);
  private final Extractor extractor = TestData.extractor();

  private static List<Candidate> confident(String text) {
    return TestData.confident(text, REPORTED);
  }

  @Test
  void aSpanishContractWithItsVendorValueAndDate() {
    List<Candidate> c =
        confident(
            "La Policía Nacional de Ecuador firmó en marzo de 2019 un contrato de 8 millones de"
                + " dólares con la empresa china Huawei para instalar cámaras de videovigilancia"
                + " en Quito.");
    assertThat(c).extracting(ExtractorTest::summary).containsExactly("[Huawei] CN->EC agreed");
    Candidate k = c.get(0);
    assertThat(k.technologies()).contains(TechnologyCategory.VIDEO_SURVEILLANCE);
    assertThat(k.year()).isEqualTo(2019);
    assertThat(k.month()).isEqualTo(3);
    assertThat(k.value().amount()).isEqualByComparingTo("8000000");
    assertThat(k.value().currency()).isEqualTo("USD");
  }

  @Test
  void aFrenchContractInFrancsCfa() {
    List<Candidate> c =
        confident(
            "ABIDJAN, 14 juin (Sightline Wire) - Le gouvernement ivoirien a signé avec la société"
                + " chinoise Huawei un contrat de 35 milliards de FCFA pour déployer la"
                + " vidéosurveillance dans la capitale économique.");
    assertThat(c).extracting(ExtractorTest::summary).containsExactly("[Huawei] CN->CI agreed");
    assertThat(c.get(0).value().amount()).isEqualByComparingTo("35000000000");
    assertThat(c.get(0).technologies()).contains(TechnologyCategory.VIDEO_SURVEILLANCE);
  }

  @Test
  void aPortuguesePurchaseDatedLastYear() {
    List<Candidate> c =
        confident(
            "A Polícia Federal do Brasil comprou no ano passado o sistema de reconhecimento"
                + " facial da japonesa NEC por R$ 5,7 milhões.");
    assertThat(c).extracting(ExtractorTest::summary).containsExactly("[NEC] JP->BR delivered");
    Candidate k = c.get(0);
    assertThat(k.technologies()).contains(TechnologyCategory.FACIAL_RECOGNITION);
    assertThat(k.year()).isEqualTo(2020);
    assertThat(k.value().amount()).isEqualByComparingTo("5700000");
    assertThat(k.value().currency()).isEqualTo("BRL");
  }

  @Test
  void hypotheticalsAndDenialsAreReadInEachLanguage() {
    assertThat(
            confident(
                "El gobierno de Bolivia podría comprar cámaras de la empresa china Hikvision,"
                    + " según fuentes del ministerio."))
        .isEmpty();
    assertThat(
            confident(
                "La Dirección de Inteligencia de Colombia negó haber comprado el programa espía"
                    + " Pegasus a la empresa israelí NSO Group."))
        .extracting(ExtractorTest::summary)
        .containsExactly("[NSO Group] IL->CO denied");
  }

  @Test
  void aWordOfAnotherLanguageIsNotReadInEnglish() {
    // "china" is Spanish for Chinese; in English it is porcelain
    assertThat(extractor.mentions("The embassy ordered fine china and cameras for the dinner."))
        .extracting(MentionSpan::type)
        .doesNotContain("country", "demonym");
    assertThat(extractor.mentions("La embajada china donó las cámaras y los drones del sistema."))
        .extracting(MentionSpan::value)
        .contains("CN", "video_surveillance");
  }

  /** Every proposal, at any confidence, as "[orgs] XX->YY". */
  private List<String> proposed(String text) {
    return extractor.proposals(text, REPORTED).stream()
        .map(c -> c.supplierOrgs() + " " + c.supplierCountry() + "->" + c.recipientCountry())
        .toList();
  }

  @Test
  void aRecordsSupplierLabelNamesAnUnknownCompanyWithoutItsLegalForm() {
    assertThat(
            proposed(
                "FICHA DE CONTRATO\nÓrgão: Polícia Militar do Estado do Paraná\nFornecedora:"
                    + " Vigitec Sistemas de Segurança S.A. (Brasil)\nObjeto: 300 câmeras de"
                    + " videomonitoramento para Curitiba.\nValor: R$ 2,1 milhões."))
        .containsExactly("[Vigitec Sistemas de Segurança] BR->BR");
  }

  @Test
  void aFirmAwardedATenderFillsTheSuppliersSlotAndLosesSaDeCv() {
    assertThat(
            confident(
                "El Ayuntamiento de Puebla, en México, adjudicó un contrato de videovigilancia de"
                    + " 12 millones de pesos a Sistemas Urbanos del Centro S.A. de C.V. en mayo."))
        .extracting(ExtractorTest::summary)
        .containsExactly("[Sistemas Urbanos del Centro] null->MX agreed");
  }

  @Test
  void aVendorsHomeInBracketsIsNotTheRecipient() {
    assertThat(
            confident(
                "FICHE DE MARCHÉ\nAcheteur : Sûreté du Québec (Canada)\nFournisseur retenu :"
                    + " Idemia (France)\nObjet : logiciel de reconnaissance faciale pour la"
                    + " police.\nStatut : contrat signé en mars."))
        .extracting(k -> k.supplierOrgs() + " " + k.supplierCountry() + "->" + k.recipientCountry())
        .containsExactly("[Idemia] FR->CA");
  }

  @Test
  void whereTheVendorsOperatorsWereTrainedIsNotTheBuyer() {
    assertThat(
            confident(
                "Em Angola, o governo inaugurou em Luanda um centro de comando com 500 câmeras. Os"
                    + " operadores foram treinados na China, e a estatal CEIEC instalou os"
                    + " sistemas."))
        .extracting(ExtractorTest::summary)
        // the centre was inaugurated: in service (round 11, status)
        .containsExactly("[CEIEC] CN->AO operational");
  }

  @Test
  void vendorsNamedAsExamplesOfAMarketAreNoParties() {
    assertThat(
            confident(
                "En Bolivia, el mercado de cámaras de videovigilancia está dominado por marcas"
                    + " chinas como Hikvision y Dahua, según un estudio publicado este año por una"
                    + " universidad."))
        .isEmpty();
  }

  @Test
  void usDollarsAreNoUnitedStates() {
    assertThat(
            proposed(
                "El Ministerio del Interior de Uruguay contrató a la firma Vigilar Sur para"
                    + " instalar cámaras de videovigilancia en las calles de Montevideo por US$ 2"
                    + " millones, según informó el gobierno."))
        .containsExactly("[Vigilar Sur] UY->UY");
  }

  @Test
  void theVerbUsaIsNoUnitedStates() {
    // "usa" (uses) is a Spanish and Portuguese cue word and also how "USA" reads in lower case
    assertThat(
            proposed(
                "A Secretaria de Segurança do Tocantins contratou em 2021 a empresa israelense"
                    + " Cellebrite por R$ 2,3 milhões para a extração de dados de celulares. A"
                    + " polícia usa o equipamento desde então."))
        .noneMatch(c -> c.endsWith("->US"));
    assertThat(
            proposed(
                "La Secretaría de Seguridad de Jalisco contrató en 2021 a la empresa israelí"
                    + " Cellebrite por 2 millones de pesos para extraer datos de teléfonos. La"
                    + " policía usa el equipo desde entonces."))
        .noneMatch(c -> c.endsWith("->US"));
  }

  @Test
  void whoReportedTheDealIsNoSupplier() {
    assertThat(
            proposed(
                "Segundo um decreto consultado pela Monitor Austral, a Polícia da República de"
                    + " Moçambique comprou câmeras de videovigilância da empresa chinesa Hikvision"
                    + " em 2021."))
        .containsExactly("[Hikvision] CN->MZ");
  }

  @Test
  void aFirmsOtherNameJoinsItAsTheSameSupplier() {
    assertThat(
            confident(
                "O Ministério do Interior de Angola assinou em 2022 um contrato para o centro de"
                    + " comando com a Nanjing Urban Vision Technology Co (NUVT), conhecida como"
                    + " Urbavis, fabricante chinesa de câmeras de videovigilância."))
        .extracting(k -> k.supplierOrgs() + "->" + k.recipientCountry())
        .containsExactly("[Nanjing Urban Vision Technology Co, Urbavis]->AO");
  }

  @Test
  void aMunicipalGuardIsTheUserNotASupplier() {
    assertThat(
            proposed(
                "A prefeitura do Recife contratou a empresa chinesa Dahua por R$ 3 milhões para"
                    + " instalar câmeras de videomonitoramento; desde março, a Guarda Municipal usa"
                    + " o sistema nas ruas do centro."))
        .containsExactly("[Dahua] CN->BR");
  }

  @Test
  void onlyCandidatesOfTextsInAnotherLanguageCarryTheLanguageOffset() {
    Candidate spanish =
        confident(
                "La Policía Nacional de Ecuador firmó un contrato con la empresa china Huawei para"
                    + " instalar cámaras de videovigilancia en Quito.")
            .get(0);
    Candidate english =
        confident("Ecuador's National Police signed a contract with Huawei for CCTV cameras.")
            .get(0);
    assertThat(spanish.features()[Features.OTHER_LANGUAGE]).isEqualTo(1.0);
    assertThat(english.features()[Features.OTHER_LANGUAGE]).isZero();
    assertThat(ConfidenceModel.bundled().weights()[Features.OTHER_LANGUAGE]).isPositive();
  }

  @Test
  void everyTextOfTheCorporaIsReadInItsOwnLanguage() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      for (String split : List.of("train", "dev")) {
        for (GoldDocument d :
            GoldDocument.read(Path.of("../eval/corpus/" + split + "/" + lang + ".jsonl"))) {
          assertThat(Language.of(TextNormaliser.normalise(d.text())).code())
              .as(d.id())
              .isEqualTo(lang);
        }
      }
    }
  }
}
