package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A loan whose own sentence gives its amount but not its lender takes the one lender its document
 * names elsewhere, and keeps its own amount (ADR 0021 round 12). Examples written for this test;
 * "¶" stands for a paragraph break.
 */
class LoanLenderTest {
  private static final LocalDate REPORTED = LocalDate.of(2023, 5, 16);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Huawei|GH|Ghana signed a contract with the Chinese firm Huawei for 400 cameras in Accra,"
            + " paid for by a loan of 70 million dollars.¶The China Development Bank lent the"
            + " money last year.¶|70000000",
        "Huawei|BO|Bolivia firmó con la empresa china Huawei un contrato para 400 cámaras en La Paz,"
            + " pagado con un préstamo de 70 millones de dólares.¶El China Development Bank"
            + " concedió el crédito el año pasado.¶|70000000",
        "Huawei|SN|Le Sénégal a signé avec la société chinoise Huawei un contrat pour 400 caméras à"
            + " Dakar, payé par un prêt de 70 millions de dollars.¶La China Development Bank a"
            + " accordé le crédit l'an dernier.¶|70000000",
        "Huawei|AO|Angola assinou com a empresa chinesa Huawei um contrato para 400 câmeras em"
            + " Luanda, pago com um empréstimo de 70 milhões de dólares.¶O China Development"
            + " Bank concedeu o crédito no ano passado.¶|70000000"
      })
  void aLoansAmountTakesTheDocumentsOneLender(
      String org, String recipient, String text, String amount) {
    Candidate c = TestData.onlyCandidate(org, recipient, text.replace("¶", "\n\n"), REPORTED);
    assertThat(c.financing().lender()).isEqualTo("China Development Bank");
    assertThat(c.financing().amount()).isEqualByComparingTo(new BigDecimal(amount));
    assertThat(c.financing().currency()).isEqualTo("USD");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Idemia|GH|Ghana signed a contract with the French firm Idemia for 400 cameras in Accra,"
            + " paid for by a loan of 70 million dollars.¶The China Development Bank lent part"
            + " of the money. The World Bank lent the rest.¶"
      })
  void twoLendersInTheDocumentLendNoName(String org, String recipient, String text) {
    Candidate c = TestData.onlyCandidate(org, recipient, text.replace("¶", "\n\n"), REPORTED);
    assertThat(c.financing().lender()).isNull();
  }
}
