package org.sightline.store.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes valid transfers CSV files of any size for import tests. */
final class GeneratedTransfers {
  private static final String[] COUNTRIES = {"EC", "UG", "KE", "PK", "RS", "ZW", "MY", "BR"};
  private static final String[] TECH = {
    "video_surveillance", "facial_recognition;safe_city_platform", "spyware", "drones"
  };

  private GeneratedTransfers() {}

  /**
   * Writes {@code rows} transfers G0000001..; when {@code badRow} is positive, that row (1-based)
   * gets an unknown recipient country. Returns the file line of the bad row (header is line 1).
   */
  static long write(Path file, int rows, int badRow) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
      csv.printRecord(RecordCsv.TRANSFERS.columns());
      for (int i = 1; i <= rows; i++) {
        csv.printRecord(row(i, i == badRow ? "XX" : COUNTRIES[i % COUNTRIES.length]));
      }
    }
    return badRow + 1;
  }

  static List<String> row(int i, String recipient) {
    return List.of(
        String.format("G%07d", i),
        "Vendor " + (i % 50),
        i % 3 == 0 ? "Vendor " + (i % 50) + " Ltd." : "",
        "CN",
        recipient,
        i % 2 == 0 ? "Ministry of Interior" : "",
        TECH[i % TECH.length],
        "delivered",
        Integer.toString(2005 + i % 19),
        "",
        i % 4 == 0 ? Integer.toString(1000 * i) : "",
        i % 4 == 0 ? "USD" : "",
        "",
        "",
        "",
        "Generated transfer number " + i + ", with a comma and \"quotes\".",
        "https://example.org/report/" + i,
        "Example Monitor",
        "2020-01-0" + (1 + i % 9),
        "");
  }
}
