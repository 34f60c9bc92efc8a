package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who lent the money and which agency uses the system, as Spanish, French and Portuguese write them
 * (issues 14 and 16), and agencies named by their title in English, read in examples written for
 * this test.
 */
class FinancingAndEndUserTest {
  private static final LocalDate REPORTED = LocalDate.of(2021, 6, 15);
  private final Extractor extractor = TestData.extractor();

  private static List<Candidate> confident(String text) {
    return TestData.confident(text, REPORTED);
  }

  /** The candidate, at any confidence, of the supplier and recipient the sentence names. */
  private Candidate of(String org, String recipient, String text) {
    return TestData.onlyCandidate(org, recipient, text, REPORTED);
  }

  /**
   * A lender as each language names it: the Export-Import Bank of China by its Spanish and French
   * names (the French loan in francs CFA), and Brazil's BNDES by its acronym.
   */
  @ParameterizedTest(name = "{3}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Huawei    | HN | El gobierno de Honduras firmó con la empresa china Huawei un contrato para instalar cámaras de videovigilancia, financiado con un préstamo del Banco de Exportaciones e Importaciones de China. | Export-Import Bank of China
          Huawei    | NE | Le Niger a signé avec la société chinoise Huawei un contrat de vidéosurveillance, financé par un prêt de 20 milliards de FCFA de la Banque d'Export-Import de Chine.                      | Export-Import Bank of China
          Hikvision | BR | A Prefeitura do Recife, no Brasil, assinou um contrato com a empresa chinesa Hikvision para instalar câmeras de videomonitoramento, com financiamento do BNDES.                              | BNDES
          """)
  void aLenderNamedInTheTextsLanguageFinancesTheDeal(
      String supplier, String recipient, String text, String lender) {
    Candidate c = of(supplier, recipient, text);
    assertThat(c.financing()).isNotNull();
    assertThat(c.financing().lender()).isEqualTo(lender);
  }

  @Test
  void aLoanStatedOnceBelongsToEachSupplierOfThatRecipient() {
    List<Candidate> c =
        confident(
            "El Salvador contrató a la empresa china Huawei y a la francesa Thales para su sistema"
                + " de videovigilancia. El Estado obtuvo un préstamo del Eximbank de China para"
                + " pagar las cámaras de Huawei y Thales.");
    assertThat(c).hasSizeGreaterThanOrEqualTo(2);
    assertThat(c)
        .allSatisfy(
            k -> assertThat(k.financing().lender()).isEqualTo("Export-Import Bank of China"));
  }

  /**
   * An agency named by its title, in each language's word order: with the place it serves, with
   * lower-case words and its acronym, a recipient's government written in lower case, and English
   * agencies headed by a secretariat, a committee, a centre or an office.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Hikvision  | MX | La Secretaría de Seguridad Pública de Jalisco, en México, firmó un contrato con la empresa china Hikvision para instalar cámaras de videovigilancia. | Secretaría de Seguridad Pública de Jalisco
          Hikvision  | TG | La Police nationale (PN) du Togo a signé un contrat avec la société chinoise Hikvision pour installer des caméras de vidéosurveillance.        | Police nationale (PN)
          Cellebrite | BR | A Polícia Civil de Pernambuco, no Brasil, assinou um contrato com a empresa israelense Cellebrite para a compra de equipamentos de extração de dados. | Polícia Civil de Pernambuco
          Dahua      | BO | El gobierno de Bolivia firmó un contrato con la empresa china Dahua para instalar cámaras de videovigilancia.                                  | gobierno de Bolivia
          Hacking Team | EC | Ecuador's National Security Secretariat bought an interception platform from the Italian firm Hacking Team in 2014.                  | National Security Secretariat
          Huawei     | KG | Kyrgyzstan's State Committee for Digital Development signed a contract with Huawei for 600 traffic cameras.                             | State Committee for Digital Development
          Huawei     | BD | Bangladesh's National Monitoring Center (NMC) bought IMSI catchers from Huawei in 2019.                                                 | National Monitoring Center (NMC)
          Cellebrite | PA | Panama's Presidential Protection Office acquired phone hacking tools from Cellebrite in 2016.                                           | Presidential Protection Office
          """)
  void anAgencyNamedByItsTitleIsTheEndUser(
      String supplier, String recipient, String text, String endUser) {
    assertThat(of(supplier, recipient, text).endUser()).isEqualTo(endUser);
  }

  @Test
  void anEnglishAgencyNamedAroundItsHeadIsTheEndUser() {
    assertThat(
            confident(
                    "The Austin Police Department bought 40 drones from the Chinese maker DJI in"
                        + " 2021, the city said.")
                .get(0)
                .endUser())
        .isEqualTo("Austin Police Department");
    assertThat(
            confident(
                    "Kenya's Ministry of Interior and Coordination signed a contract with Huawei for"
                        + " 1,800 surveillance cameras.")
                .get(0)
                .endUser())
        .isEqualTo("Ministry of Interior and Coordination");
  }

  /** An amount with the lender nearer to it than the contract word is the loan, else the value. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          In 2018 Zambia's government signed a contract with Huawei for a safe city system and obtained $210 million from China Exim Bank to pay for it. | -        | 210000000
          Huawei signed a $48 million contract with Zambia's police in 2019 to install 900 cameras in Lusaka, financed by China Exim Bank.                  | 48000000 | -
          """)
  void anAmountBesideTheLenderIsTheLoanAndBesideTheContractItsValue(
      String text, BigDecimal value, BigDecimal loan) {
    Candidate c = confident(text).get(0);
    assertThat(c.value() == null ? null : c.value().amount()).isEqualTo(value);
    assertThat(c.financing().lender()).isEqualTo("Export-Import Bank of China");
    assertThat(c.financing().amount()).isEqualTo(loan);
  }

  @Test
  void anAgencyWordInsideACompanysNameIsNoEndUser() {
    // at any confidence: the end user is read whatever the model makes of the candidate
    List<Candidate> all =
        extractor.extract(
            "El Ayuntamiento de Puebla, en México, adjudicó un contrato de videovigilancia"
                + " a Sistemas Urbanos del Centro S.A. de C.V. en mayo.",
            REPORTED,
            0.0);
    assertThat(all).isNotEmpty().allSatisfy(c -> assertThat(c.endUser()).isNotEqualTo("Centro S"));
  }

  @Test
  void aHeadWordAloneIsNoName() {
    Candidate c =
        of(
            "Dahua",
            "BO",
            "Bolivia firmó un contrato con la empresa china Dahua para instalar cámaras de"
                + " videovigilancia en las calles del Centro.");
    assertThat(c.endUser()).isNull();
  }

  @Test
  void aPortugueseCreditLineQualifiedByAnAdjectiveIsLentByThatCountry() {
    Candidate c =
        of(
            "Huawei",
            "GW",
            "A Guiné-Bissau assinou um contrato com a empresa chinesa Huawei para instalar câmeras"
                + " de videovigilância, pago com uma linha de crédito chinesa.");
    assertThat(c.financing().lender()).isEqualTo("China");
  }

  @Test
  void aLoanStatedApartFromTheDealFinancesItWhenItsLenderIsTheDocumentsOnly() {
    String deal =
        "\n\nZambia signed a contract with Huawei to install surveillance cameras in Lusaka.";
    Candidate one =
        of("Huawei", "ZM", "China Development Bank approved a new loan last year." + deal);
    assertThat(one.financing().lender()).isEqualTo("China Development Bank");
    Candidate two =
        of(
            "Huawei",
            "ZM",
            "China Development Bank approved a new loan last year. The World Bank approved a"
                + " loan for roads."
                + deal);
    assertThat(two.financing()).isNull();
  }
}
