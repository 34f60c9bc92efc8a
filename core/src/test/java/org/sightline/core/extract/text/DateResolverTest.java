package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
  private static final LocalDate DOC = LocalDate.of(2020, 5, 10);

  private static String find(String text) {
    return written(DateResolver.find(text, 0, text.length(), DOC));
  }

  /** How the tables write a year-month: "2019-3", "2019-0" for a year alone, "none" for none. */
  static String written(DateResolver.YearMonth ym) {
    return ym == null ? "none" : ym.year() + "-" + ym.month();
  }

  /**
   * Sentences and the year-month found in them, as of a report of 2020-05-10 ("-0": the year alone;
   * "none": no date).
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Years, months and relative dates
          In March 2018, China made inroads                      | 2018-3
          signed in 2019 with Huawei                             | 2019-0
          on October 23, 2018 officials said                     | 2018-10
          the deal signed last year                              | 2019-0
          installed this month                                   | 2020-5
          Last month the police said                             | 2020-4
          # Relative dates of news wire
          bought the system two years ago                        | 2018-0
          installed 3 years ago                                  | 2017-0
          signed in March with a local firm                      | 2020-3
          signed in September with a local firm                  | 2019-9
          The contract, signed in March last year, would have    | 2019-3
          the deal may be signed soon                            | none
          # Dates of other events are skipped
          a supplier to the operator before the 2021 coup        | none
          cameras paid for ahead of the 2021 election            | none
          documents published last year showed a payment in 2012 | 2012-0
          since 2014 the police have used it                     | 2014-0
          # Amounts and counts are not years
          3,000 cameras and $2019 million                        | none
          a 1500 metre wall                                      | none
          """)
  void datesAStatementGives(String text, String date) {
    assertThat(find(text)).isEqualTo(date);
  }

  /** A statement that names no date is the report's: its year, and its month if of that week. */
  @Test
  void anUndatedStatementTakesItsReportsDate() {
    String text =
        "Headline. The ministry signed the deal on Tuesday. Huawei has installed cameras.";
    int signed = text.indexOf("The ministry");
    int installed = text.indexOf("Huawei");
    DateResolver.YearMonth thisWeek =
        DateResolver.ofDocument(DOC, List.of(new int[] {signed, installed - 1}), text);
    assertThat(written(thisWeek)).isEqualTo("2020-5");
    DateResolver.YearMonth undated =
        DateResolver.ofDocument(DOC, List.of(new int[] {installed, text.length()}), text);
    assertThat(written(undated)).isEqualTo("2020-0");
    assertThat(DateResolver.ofDocument(null, List.of(new int[] {0, text.length()}), text)).isNull();
  }

  /** The report's week as Spanish, French and Portuguese write it gives the report's month. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          El ministerio firmó este lunes el contrato de las cámaras.          | 2020-5
          La mairie a conclu ce jeudi un accord pour ses caméras.              | 2020-5
          O governo assinou nesta segunda-feira o contrato das câmeras.        | 2020-5
          O governo assinou o contrato da segunda fase do sistema de câmeras.  | 2020-0
          Hoy en día la policía usa cámaras en toda la ciudad.                 | 2020-0
          """)
  void theReportsWeekInOtherLanguages(String text, String date) {
    assertThat(written(DateResolver.ofDocument(DOC, List.of(new int[] {0, text.length()}), text)))
        .isEqualTo(date);
  }

  /**
   * A statement dated by its year but not its month takes the month of a day written without a year
   * ("on Aug. 26", "the Nov. 12 signing", "le 17 décembre"), or of the report's week, when that
   * month falls in the statement's year; a month of another year leaves it without one.
   */
  @ParameterizedTest(name = "{0} ({1}) → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The city paid the vendor $700,000 on Aug. 26 for the cameras.            | 2019 | EN | 8
          Work must start within 90 days of the Nov. 12 signing.                   | 2019 | EN | 11
          The police signed the contract on 3 February, the ministry said.         | 2020 | EN | 2
          The police signed the contract on 3 February, the ministry said.         | 2019 | EN | none
          The council signed the deal on Tuesday.                                  | 2020 | EN | 5
          Par le décret du 17 décembre, le président autorise la signature.        | 2019 | FR | 12
          L'office a mis fin à la mi-août au contrat de la société.                | 2019 | FR | 8
          La alcaldía firmó el contrato el 3 de marzo con la empresa.              | 2020 | ES | 3
          A prefeitura assinou o contrato em meados de julho com a empresa.        | 2019 | PT | 7
          La alcaldía firmó el 3 de marzo de 2017 el contrato con la empresa.     | 2020 | ES | none
          """)
  void theMonthOfADatedStatement(String text, int year, String language, String month) {
    Integer m =
        DateResolver.monthOf(
            year, DOC, List.of(new int[] {0, text.length()}), text, !language.equals("EN"));
    assertThat(m == null ? "none" : String.valueOf(m)).isEqualTo(month);
  }

  @Test
  void aMonthAbbreviatedWithAStopBeforeTheYear() {
    assertThat(find("Its subsidiary signed the one-year contract on Sept. 27, 2019."))
        .isEqualTo("2019-9");
    assertThat(find("The order was halted on Oct. 8, 2019.")).isEqualTo("2019-10");
  }
}
