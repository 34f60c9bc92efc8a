package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForeignDatesTest {
  private static final LocalDate REPORTED = LocalDate.of(2021, 6, 15);

  private static String date(String text) {
    DateResolver.YearMonth ym = ForeignDates.find(text, 0, text.length(), REPORTED);
    return ym == null ? "none" : ym.year() + "-" + ym.month();
  }

  @Test
  void monthNamesBeforeAYear() {
    assertThat(date("El convenio se firmó en marzo de 2019 en Quito.")).isEqualTo("2019-3");
    assertThat(date("Le contrat, signé en février 2018, prévoit 500 caméras.")).isEqualTo("2018-2");
    assertThat(date("O acordo foi assinado em dezembro de 2017.")).isEqualTo("2017-12");
  }

  @Test
  void relativeDatesAreReadAgainstTheReport() {
    assertThat(date("La alcaldía instaló las cámaras el pasado mes de marzo.")).isEqualTo("2021-3");
    assertThat(date("Las cámaras llegaron en agosto.")).isEqualTo("2020-8");
    assertThat(date("La police a reçu les drones l'an dernier.")).isEqualTo("2020-0");
    assertThat(date("A prefeitura comprou o sistema no ano passado.")).isEqualTo("2020-0");
    assertThat(date("Le ministère a déployé le système il y a deux ans.")).isEqualTo("2019-0");
    assertThat(date("El gobierno firmó este año un acuerdo.")).isEqualTo("2021-0");
    assertThat(date("A Polícia Federal adquiriu o programa há três anos.")).isEqualTo("2018-0");
  }

  @Test
  void aTextWithoutADateHasNone() {
    assertThat(date("La empresa china ZTE desplegó el sistema.")).isEqualTo("none");
    assertThat(date("Le marché porte sur 35 milliards de francs CFA.")).isEqualTo("none");
  }
}
