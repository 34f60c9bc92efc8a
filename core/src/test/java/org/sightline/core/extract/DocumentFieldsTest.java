package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.core.model.TechnologyCategory;

/**
 * Fields a deal's own sentences leave empty and the rest of its document states (issues 14 and 16):
 * the technologies bought, the agency that uses them, a loan stated apart, a country's
 * export-import bank and the zone of a CFA franc; read in examples written for this test.
 */
class DocumentFieldsTest {
  private static final LocalDate REPORTED = LocalDate.of(2022, 3, 10);

  /** The one candidate, at any confidence, of the supplier and recipient. */
  private Candidate of(String org, String recipient, String text) {
    return TestData.onlyCandidate(org, recipient, text, REPORTED);
  }

  @Test
  void aNoticesContractorTakesTheTechnologiesOfItsObject() {
    Candidate c =
        of(
            "Hikvision",
            "BR",
            "Extrato de contrato\n\nObjeto: instalação de 400 câmeras com reconhecimento facial"
                + " nas escolas municipais.\n\nContratada: empresa chinesa Hikvision, pela"
                + " Prefeitura de Niterói, no Brasil.\n");
    assertThat(c.technologies())
        .containsExactlyInAnyOrder(
            TechnologyCategory.VIDEO_SURVEILLANCE, TechnologyCategory.FACIAL_RECOGNITION);
  }

  @Test
  void aDealsOwnTechnologiesAreKept() {
    Candidate c =
        of(
            "Hikvision",
            "BR",
            "A Prefeitura de Niterói, no Brasil, comprou drones da empresa chinesa Hikvision.\n\n"
                + "Outras cidades preferem câmeras com reconhecimento facial.\n");
    assertThat(c.technologies()).containsExactly(TechnologyCategory.DRONES);
  }

  @Test
  void anAgencyNamedElsewhereInTheDocumentIsTheEndUser() {
    Candidate c =
        of(
            "Dahua",
            "CO",
            "La Policía Nacional de Colombia presentó ayer su plan de seguridad para las"
                + " fiestas.\n\nSegún el documento, un contrato para instalar 800 cámaras fue"
                + " adjudicado a la empresa china Dahua en Colombia.\n");
    assertThat(c.endUser()).isEqualTo("Policía Nacional de Colombia");
  }

  @Test
  void anAgencysNameRunsOnToItsAcronym() {
    Candidate c =
        of(
            "Idemia",
            "CD",
            "L'Office national d'identification de la population (ONIP) a signé un contrat avec la"
                + " société française Idemia pour fabriquer des cartes d'identité biométriques en"
                + " République démocratique du Congo.");
    assertThat(c.endUser()).isEqualTo("Office national d'identification de la population (ONIP)");
  }

  /** A known agency keeps what the text adds to the register's name ("de Colombia"). */
  @Test
  void aKnownAgencyAsTheTextWritesIt() {
    Candidate c =
        of(
            "Hacking Team",
            "CO",
            "La Dirección de Inteligencia Policial de Colombia (DIPOL) compró en 2014 licencias del"
                + " programa espía de la empresa italiana Hacking Team.");
    assertThat(c.endUser()).isEqualTo("Dirección de Inteligencia Policial de Colombia (DIPOL)");
  }

  /**
   * Where a document names lenders of two countries, each supplier's deal takes its own country's;
   * "Korea Eximbank" is the register's Export-Import Bank of Korea.
   */
  @Test
  void eachSupplierTakesItsOwnCountrysLender() {
    String text =
        "Angola signed a contract with the Chinese firm CEIEC for a police command centre, paid"
            + " for through a Chinese credit line.\n\nIn 2024 Angola signed a second contract with"
            + " Hyundai Autoever of South Korea for 300 more cameras in Luanda. Korea Eximbank is"
            + " lending the money.\n";
    assertThat(of("Hyundai Autoever", "AO", text).financing().lender())
        .isEqualTo("Export-Import Bank of Korea");
    assertThat(of("CEIEC", "AO", text).financing().lender()).isEqualTo("China");
  }

  @Test
  void aLenderOnlyNamedLendsNothing() {
    Candidate c =
        of(
            "Huawei",
            "GH",
            "Ghana hopes to win back institutions such as the African Development Bank.\n\n"
                + "Ghana signed a contract with Huawei to install surveillance cameras in Accra.");
    assertThat(c.financing()).isNull();
  }

  @Test
  void aCountrysExportImportBankByItsPossessive() {
    Candidate c =
        of(
            "Huawei",
            "TJ",
            "Tajikistan signed a deal with Huawei to install cameras in Dushanbe, most of it funded"
                + " by China's Export-Import Bank.");
    assertThat(c.financing().lender()).isEqualTo("Export-Import Bank of China");
  }

  @Test
  void aLoansAmountStatedBesideItsLender() {
    Candidate c =
        of(
            "Huawei",
            "SN",
            "Senegal hired the Chinese firm Huawei to install 500 cameras in Dakar, helped by loans"
                + " from China Exim Bank.\n\nAt the end of 2018 the government obtained 30 billion"
                + " CFA francs from China Exim Bank for the cameras.\n");
    assertThat(c.financing().lender()).isEqualTo("Export-Import Bank of China");
    assertThat(c.financing().amount()).isEqualByComparingTo(new BigDecimal("30000000000"));
    assertThat(c.financing().currency()).isEqualTo("XOF");
  }

  /**
   * A notice's one value line is the value of its deal; with two value lines it is not known which
   * is the deal's.
   */
  @Test
  void aNoticesValueLine() {
    String head =
        "Extrato de contrato\n\nContratada: empresa chinesa Hikvision, pela Prefeitura de"
            + " Niterói, no Brasil.\nObjeto: instalação de 400 câmeras nas escolas.\n";
    Candidate one = of("Hikvision", "BR", head + "Valor global: R$ 12,5 milhões.\n");
    assertThat(one.value().amount()).isEqualByComparingTo(new BigDecimal("12500000"));
    assertThat(one.value().currency()).isEqualTo("BRL");
    Candidate two =
        of("Hikvision", "BR", head + "Valor: R$ 12,5 milhões.\nValor estimado: R$ 20 milhões.\n");
    assertThat(two.value()).isNull();
  }

  /** "Francs CFA" are West African francs in Senegal and Central African ones in Cameroon. */
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SN | Le Sénégal a signé avec la société chinoise Huawei un contrat de 20 milliards de francs CFA pour installer des caméras de vidéosurveillance à Dakar.     | XOF
          CM | Le Cameroun a signé avec la société chinoise Huawei un contrat de 20 milliards de francs CFA pour installer des caméras de vidéosurveillance à Yaoundé. | XAF
          """)
  void aCfaFrancIsTheRecipientsZones(String recipient, String text, String currency) {
    assertThat(of("Huawei", recipient, text).value().currency()).isEqualTo(currency);
  }
}
