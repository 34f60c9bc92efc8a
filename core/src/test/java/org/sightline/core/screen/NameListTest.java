package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameListTest {
  private static List<NameList.Row> rows(byte[] bytes, String file) throws IOException {
    List<NameList.Row> out = new ArrayList<>();
    try (NameList list = NameList.open(new ByteArrayInputStream(bytes), file)) {
      list.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<NameList.Row> rows(String text, String file) throws IOException {
    return rows(text.getBytes(StandardCharsets.UTF_8), file);
  }

  @Test
  void oneNamePerLineWithEmptyLinesReportedAsSkipped() throws IOException {
    List<NameList.Row> rows = rows("\uFEFFHuawei\n\n  Hikvision  \r\nZTE", null);
    assertThat(rows)
        .containsExactly(
            new NameList.Row(1, "Huawei", null),
            new NameList.Row(2, null, "empty"),
            new NameList.Row(3, "Hikvision", null),
            new NameList.Row(4, "ZTE", null));
  }

  @Test
  void aCsvWithANameColumnAnywhere() throws IOException {
    List<NameList.Row> rows =
        rows("id,Name,country\n1,\"Huawei Technologies Co., Ltd.\",CN\n2,,CN\n3\n", null);
    assertThat(rows)
        .containsExactly(
            new NameList.Row(2, "Huawei Technologies Co., Ltd.", null),
            new NameList.Row(3, null, "empty"),
            new NameList.Row(4, null, "no 'name' field"));
  }

  @Test
  void aCsvWithoutANameColumnIsRefusedWithItsHeader() {
    assertThatThrownBy(() -> rows("company,country\nHuawei,CN\n", "suppliers.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no 'name' column")
        .hasMessageContaining("company,country");
  }

  @Test
  void binaryInputIsRefusedAndBadRowsAreSkippedWithTheirReason() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
    assertThatThrownBy(() -> rows(png, "logo.png"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not text");
    byte[] latin1 = "Caf\u00e9 Ltd\nBell\u0007\nOK\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(rows(latin1, null))
        .extracting(NameList.Row::skipped)
        .containsExactly("not valid UTF-8", "contains control characters", null);
    assertThat(rows("x".repeat(501), null).get(0).skipped())
        .isEqualTo("longer than 500 characters");
  }

  @Test
  void aMalformedCsvSaysWhere() {
    assertThatThrownBy(() -> rows("name\n\"Huawei\n", "x.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed");
  }

  @Test
  void aHundredThousandNamesStreamWithoutHoldingTheInput() throws IOException {
    InputStream many =
        new InputStream() {
          long left = 100_000;
          byte[] line = "Acme Widgets International\n".getBytes(StandardCharsets.UTF_8);
          int at = line.length;

          @Override
          public int read() {
            if (at == line.length) {
              if (left == 0) {
                return -1;
              }
              left--;
              at = 0;
            }
            return line[at++];
          }
        };
    long count = 0;
    try (NameList list = NameList.open(many, null)) {
      while (list.hasNext()) {
        assertThat(list.next().name()).isEqualTo("Acme Widgets International");
        count++;
      }
    }
    assertThat(count).isEqualTo(100_000);
  }
}
