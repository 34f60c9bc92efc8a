package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

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
  }

  @Test
  void aDotBeforeOtherThanThreeDigitsIsStillADecimalPoint() {
    assertThat(MoneyParser.parseDecimalComma("39.5")).isEqualByComparingTo("39.5");
    assertThat(MoneyParser.parseDecimalComma("1.200,75")).isEqualByComparingTo("1200.75");
    assertThat(MoneyParser.parseDecimalComma("3.738")).isEqualByComparingTo("3738");
  }

  @Test
  void notationsAndCurrenciesAreNormalisedToUnits() {
    assertThat(one("a $240 million loan")).isEqualTo("240000000 USD [$240 million]");
    assertThat(one("worth US$1.2bn in all")).isEqualTo("1200000000 USD [US$1.2bn]");
    assertThat(one("priced at 240m USD")).isEqualTo("240000000 USD [240m USD]");
    assertThat(one("a €30 million order")).isEqualTo("30000000 EUR [€30 million]");
    assertThat(one("paid PLN 25 million")).isEqualTo("25000000 PLN [PLN 25 million]");
    assertThat(one("KES 1.5 billion contract")).isEqualTo("1500000000 KES [KES 1.5 billion]");
    assertThat(one("2.4 billion yuan project")).isEqualTo("2400000000 CNY [2.4 billion yuan]");
    assertThat(one("CHF 18 million")).isEqualTo("18000000 CHF [CHF 18 million]");
    assertThat(one("cost $3,500,000 in total")).isEqualTo("3500000 USD [$3,500,000]");
  }

  @Test
  void newsWireNotationsFromAroundTheWorld() {
    assertThat(one("a 14 billion shilling contract"))
        .isEqualTo("14000000000 KES [14 billion shilling]");
    assertThat(one("a R1.2bn tender")).isEqualTo("1200000000 ZAR [R1.2bn]");
    assertThat(one("for Rs 86 crore last year")).isEqualTo("860000000 INR [Rs 86 crore]");
    assertThat(one("worth 4 billion kyats in total")).isEqualTo("4000000000 MMK [4 billion kyats]");
    assertThat(one("a 350 million baht contract")).isEqualTo("350000000 THB [350 million baht]");
    assertThat(one("its 126 million dollar cost")).isEqualTo("126000000 USD [126 million dollar]");
    assertThat(one("for US$ 30m in 2017")).isEqualTo("30000000 USD [US$ 30m]");
    assertThat(one("17.6 billion naira agreement"))
        .isEqualTo("17600000000 NGN [17.6 billion naira]");
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
