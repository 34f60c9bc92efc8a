package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
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

  /**
   * The walk that tries the pattern only at its leads finds what the pattern's own search finds:
   * texts made at random of every branch's words, in any case, between separators that test the
   * pattern's word boundary (marks, surrogates, '_', digits, letters that fold into Latin ones).
   * The long s is left to {@link #monthsWrittenWithLettersThatFoldToTheirOwn}.
   */
  @Test
  void walkingTheLeadsFindsWhatThePatternFinds() {
    List<String> words =
        List.of(
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "setiembre",
            "octubre",
            "noviembre",
            "diciembre",
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
            "janeiro",
            "fevereiro",
            "março",
            "maio",
            "junho",
            "julho",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
            "pasado mes de",
            "mes de",
            "mois de",
            "mês de",
            "en",
            "em",
            "au mois de",
            "desde",
            "depuis",
            "año pasado",
            "pasado año",
            "an dernier",
            "année dernière",
            "an passé",
            "année passée",
            "ano passado",
            "este año",
            "cette année",
            "este ano",
            "en curso",
            "hace",
            "il y a",
            "há",
            "dos",
            "deux",
            "três",
            "cinq",
            "años",
            "ans",
            "anos",
            "année",
            "ano",
            "2019",
            "1998",
            "2031",
            "3",
            "12",
            "de",
            "del",
            "do",
            "la",
            "il",
            "le",
            "x",
            "marché",
            "ensuite",
            "moins",
            "est",
            "ceci",
            "hache",
            "İl y a",
            "ıl y a",
            "añoso",
            "anno");
    List<String> gaps =
        List.of(
            " ",
            " ",
            " ",
            " ",
            ", ",
            ". ",
            "'",
            "’",
            "_",
            "-",
            "\u0301",
            "\u0903",
            "\u00A0",
            "\uD835\uDC00",
            "7",
            "é",
            "(",
            "«");
    SplittableRandom r = new SplittableRandom(20261208);
    LocalDate[] dates = {null, REPORTED};
    int dated = 0;
    for (int n = 0; n < 10_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int w = 1 + r.nextInt(12); w > 0; w--) {
        String word = words.get(r.nextInt(words.size()));
        int casing = r.nextInt(6);
        word = casing == 0 ? word.toUpperCase() : casing == 1 ? capitalised(word) : word;
        b.append(word).append(gaps.get(r.nextInt(gaps.size())));
      }
      String text = b.toString();
      int from = r.nextInt(4) == 0 ? r.nextInt(text.length()) : 0;
      int to = r.nextInt(4) == 0 ? from + r.nextInt(text.length() - from + 1) : text.length();
      for (LocalDate d : dates) {
        DateResolver.YearMonth expected = ForeignDates.findByPattern(text, from, to, d);
        assertThat(ForeignDates.find(text, from, to, d)).as(text).isEqualTo(expected);
        dated += Objects.isNull(expected) ? 0 : 1;
      }
    }
    assertThat(dated).as("texts the comparison found a date in").isGreaterThan(3_000);
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * Letters the case-insensitive pattern takes for a month's own (a long s, a dotted capital I):
   * the pattern's own search, which the fast walk falls back to, reads them as the month they
   * spell.
   */
  @Test
  void monthsWrittenWithLettersThatFoldToTheirOwn() {
    assertThat(byPattern("Il a signé le contrat en ſeptembre 2019 à Dakar.")).isEqualTo("2019-9");
    assertThat(byPattern("Hace poco, el convenio se firmó en ABR\u0130L de 2020."))
        .isEqualTo("2020-4");
    assertThat(date("Il a signé le contrat en ſeptembre 2019 à Dakar.")).isEqualTo("2019-9");
    assertThat(date("A polícia comprou as câmeras em JUNHO de 2018.")).isEqualTo("2018-6");
  }

  private static String byPattern(String text) {
    return DateResolverTest.written(ForeignDates.findByPattern(text, 0, text.length(), REPORTED));
  }
}
