package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

  @Test
  void amountsAndCountsAreNotYears() {
    assertThat(find("3,000 cameras and $2019 million")).isEqualTo("none");
    assertThat(find("a 1500 metre wall")).isEqualTo("none");
  }
}
