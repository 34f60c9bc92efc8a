package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final LocalDate DOC = LocalDate.of(2020, 5, 10);

  private static String find(String text) {
    DateResolver.YearMonth ym = DateResolver.find(text, 0, text.length(), DOC);
    return ym == null ? "none" : ym.year() + "-" + ym.month();
  }

  @Test
  void yearsMonthsAndRelativeDates() {
    assertThat(find("In March 2018, China made inroads")).isEqualTo("2018-3");
    assertThat(find("signed in 2019 with Huawei")).isEqualTo("2019-0");
    assertThat(find("on October 23, 2018 officials said")).isEqualTo("2018-10");
    assertThat(find("the deal signed last year")).isEqualTo("2019-0");
    assertThat(find("installed this month")).isEqualTo("2020-5");
    assertThat(find("Last month the police said")).isEqualTo("2020-4");
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
    assertThat(thisWeek.year() + "-" + thisWeek.month()).isEqualTo("2020-5");
    DateResolver.YearMonth undated =
        DateResolver.ofDocument(DOC, List.of(new int[] {installed, text.length()}), text);
    assertThat(undated.year() + "-" + undated.month()).isEqualTo("2020-0");
    assertThat(DateResolver.ofDocument(null, List.of(new int[] {0, text.length()}), text)).isNull();
  }

  @Test
  void relativeDatesOfNewsWire() {
    assertThat(find("bought the system two years ago")).isEqualTo("2018-0");
    assertThat(find("installed 3 years ago")).isEqualTo("2017-0");
    assertThat(find("signed in March with a local firm")).isEqualTo("2020-3");
    assertThat(find("signed in September with a local firm")).isEqualTo("2019-9");
    assertThat(find("The contract, signed in March last year, would have")).isEqualTo("2019-3");
    assertThat(find("the deal may be signed soon")).isEqualTo("none");
  }

  @Test
  void datesOfOtherEventsAreSkipped() {
    assertThat(find("a supplier to the operator before the 2021 coup")).isEqualTo("none");
    assertThat(find("cameras paid for ahead of the 2021 election")).isEqualTo("none");
    assertThat(find("documents published last year showed a payment in 2012")).isEqualTo("2012-0");
    assertThat(find("since 2014 the police have used it")).isEqualTo("2014-0");
  }

  @Test
  void amountsAndCountsAreNotYears() {
    assertThat(find("3,000 cameras and $2019 million")).isEqualTo("none");
    assertThat(find("a 1500 metre wall")).isEqualTo("none");
  }
}
