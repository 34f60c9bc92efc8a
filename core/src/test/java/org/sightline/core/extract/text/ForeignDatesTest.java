package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignDatesTest {
  private static final LocalDate REPORTED = LocalDate.of(2021, 6, 15);

  private static String date(String text) {
    return DateResolverTest.written(ForeignDates.find(text, 0, text.length(), REPORTED));
  }

  /**
   * Sentences and the year-month found in them, as of a report of 2021-06-15 ("-0": the year alone;
   * "none": no date).
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Month names before a year
          El convenio se firmó en marzo de 2019 en Quito.         | 2019-3
          Le contrat, signé en février 2018, prévoit 500 caméras. | 2018-2
          O acordo foi assinado em dezembro de 2017.              | 2017-12
          # Relative dates are read against the report
          La alcaldía instaló las cámaras el pasado mes de marzo. | 2021-3
          Las cámaras llegaron en agosto.                         | 2020-8
          La police a reçu les drones l'an dernier.               | 2020-0
          A prefeitura comprou o sistema no ano passado.          | 2020-0
          Le ministère a déployé le système il y a deux ans.      | 2019-0
          El gobierno firmó este año un acuerdo.                  | 2021-0
          A Polícia Federal adquiriu o programa há três anos.     | 2018-0
          # A text without a date has none
          La empresa china ZTE desplegó el sistema.               | none
          Le marché porte sur 35 milliards de francs CFA.         | none
          """)
  void datesInSpanishFrenchAndPortuguese(String text, String date) {
    assertThat(date(text)).isEqualTo(date);
  }
}
