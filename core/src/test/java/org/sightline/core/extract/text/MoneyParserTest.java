package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyParserTest {

  private static String one(String text) {
    return one(text, false);
  }

  private static String written(String text) {
    return one(text, true);
  }

  private static String one(String text, boolean decimalComma) {
    List<MoneyParser.Amount> found = MoneyParser.find(text, 0, text.length(), decimalComma);
    assertThat(found).as(text).hasSize(1);
    MoneyParser.Amount a = found.get(0);
    return a.amount().toPlainString()
        + " "
        + a.currency()
        + " ["
        + text.substring(a.start(), a.end())
        + "]";
  }

  @Test
  void spanishFrenchAndPortugueseNumbersUseADecimalComma() {
    assertThat(written("una inversión de 1.200 millones de dólares para la red"))
        .isEqualTo("1200000000 USD [1.200 millones de dólares]");
    assertThat(written("un prêt de 1,6 milliard d'euros"))
        .isEqualTo("1600000000 EUR [1,6 milliard d'euros]");
    assertThat(written("o contrato de R$ 665 milhões com a prefeitura"))
        .isEqualTo("665000000 BRL [R$ 665 milhões]");
    assertThat(written("suscrito por US$ 22.011.796, según el acta"))
        .isEqualTo("22011796 USD [US$ 22.011.796]");
    assertThat(written("la policía pagó 8 millones de euros"))
        .isEqualTo("8000000 EUR [8 millones de euros]");
    assertThat(written("un marché de 35 milliards de FCFA signé à Abidjan"))
        .isEqualTo("35000000000 XOF [35 milliards de FCFA]");
    assertThat(written("facturas por 240 mil euros")).isEqualTo("240000 EUR [240 mil euros]");
    assertThat(written("un total de 4,4 millones de dólares"))
        .isEqualTo("4400000 USD [4,4 millones de dólares]");
    assertThat(written("un contrato de 37 millones de soles"))
        .isEqualTo("37000000 PEN [37 millones de soles]");
    assertThat(written("fueron 2,5 mil millones de pesos mexicanos")).startsWith("2500000000 ");
    assertThat(written("un crédito de 92,5 millones de yuanes para el centro"))
        .isEqualTo("92500000 CNY [92,5 millones de yuanes]");
    assertThat(written("um empréstimo de 92,5 milhões de yuans"))
        .isEqualTo("92500000 CNY [92,5 milhões de yuans]");
  }

  @Test
  void aDotBeforeOtherThanThreeDigitsIsStillADecimalPoint() {
    assertThat(MoneyParser.parseDecimalComma("39.5")).isEqualByComparingTo("39.5");
    assertThat(MoneyParser.parseDecimalComma("1.200,75")).isEqualByComparingTo("1200.75");
    assertThat(MoneyParser.parseDecimalComma("3.738")).isEqualByComparingTo("3738");
  }

  /** Texts with one amount: its value in units, its currency and the words it was read from. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Notations and currencies are normalised to units
          a $240 million loan            | 240000000 USD [$240 million]
          worth US$1.2bn in all          | 1200000000 USD [US$1.2bn]
          priced at 240m USD             | 240000000 USD [240m USD]
          a €30 million order            | 30000000 EUR [€30 million]
          paid PLN 25 million            | 25000000 PLN [PLN 25 million]
          KES 1.5 billion contract       | 1500000000 KES [KES 1.5 billion]
          2.4 billion yuan project       | 2400000000 CNY [2.4 billion yuan]
          CHF 18 million                 | 18000000 CHF [CHF 18 million]
          cost $3,500,000 in total       | 3500000 USD [$3,500,000]
          # News-wire notations from around the world
          a 14 billion shilling contract | 14000000000 KES [14 billion shilling]
          a R1.2bn tender                | 1200000000 ZAR [R1.2bn]
          for Rs 86 crore last year      | 860000000 INR [Rs 86 crore]
          worth 4 billion kyats in total | 4000000000 MMK [4 billion kyats]
          a 350 million baht contract    | 350000000 THB [350 million baht]
          its 126 million dollar cost    | 126000000 USD [126 million dollar]
          for US$ 30m in 2017            | 30000000 USD [US$ 30m]
          17.6 billion naira agreement   | 17600000000 NGN [17.6 billion naira]
          """)
  void amountsInUnitsOfTheirCurrency(String text, String amount) {
    assertThat(one(text)).isEqualTo(amount);
  }

  @Test
  void aBareRIsRandOnlyBeforeAScaledAmount() {
    assertThat(MoneyParser.find("the R2 model and R 300 units", 0, 28)).isEmpty();
  }

  @Test
  void numbersWithoutACurrencyAreNotMoney() {
    assertThat(MoneyParser.find("3,000 government employees and 1,800 cameras in 2019", 0, 52))
        .isEmpty();
    assertThat(new BigDecimal("1E+9").toPlainString()).isEqualTo("1000000000");
  }
}
