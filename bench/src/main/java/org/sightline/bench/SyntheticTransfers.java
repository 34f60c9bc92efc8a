package org.sightline.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.store.ingest.RecordCsv;

/**
 * Writes N plausible, valid transfers in the starter CSV layout, deterministically from a seed, so
 * benchmarks measure realistic rows (sources, summaries, multi-valued fields) rather than stubs.
 */
public final class SyntheticTransfers {
  private static final String[][] SUPPLIERS = {
    {"Huawei", "Huawei Technologies", "CN"},
    {"ZTE", "ZTE Corporation", "CN"},
    {"Hikvision", "Hangzhou Hikvision Digital Technology", "CN"},
    {"Dahua", "Dahua Technology", "CN"},
    {"NSO Group", "Q Cyber Technologies", "IL"},
    {"Cellebrite", "", "IL"},
    {"Hacking Team", "Memento Labs", "IT"},
    {"Sandvine", "", "CA"},
    {"FinFisher", "Gamma International", "DE"},
    {"NEC", "NEC Corporation", "JP"},
  };
  private static final String[] RECIPIENTS = {
    "EC", "ZW", "UG", "ZM", "KE", "PK", "MY", "PH", "EG", "TR", "VE", "BO", "MX", "RS", "KG"
  };
  private static final String[] TECHNOLOGIES = {
    "video_surveillance", "safe_city_platform", "facial_recognition", "biometric_id",
    "smart_policing", "communications_interception", "internet_filtering", "spyware",
    "social_media_monitoring", "drones", "command_centre"
  };
  private static final String[] STATUSES = {
    "reported", "agreed", "delivered", "operational", "suspended", "cancelled", "denied"
  };
  private static final String[] USERS = {
    "National Police", "Ministry of Interior", "", "City Council", "Intelligence Service"
  };

  private SyntheticTransfers() {}

  /** Writes {@code rows} transfers to {@code file} and returns the file's size in bytes. */
  public static long write(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(RecordCsv.TRANSFERS.columns().toArray(String[]::new))
            .get();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format)) {
      for (int i = 1; i <= rows; i++) {
        String[] supplier = SUPPLIERS[random.nextInt(SUPPLIERS.length)];
        String recipient = RECIPIENTS[random.nextInt(RECIPIENTS.length)];
        String tech1 = TECHNOLOGIES[random.nextInt(TECHNOLOGIES.length)];
        String tech2 = TECHNOLOGIES[random.nextInt(TECHNOLOGIES.length)];
        String techs = tech1.equals(tech2) ? tech1 : tech1 + ";" + tech2;
        int year = 2000 + random.nextInt(25);
        boolean valued = random.nextInt(3) == 0;
        long amount = 1_000_000L * (1 + random.nextInt(500));
        boolean financed = valued && random.nextBoolean();
        csv.printRecord(
            String.format("B%07d", i),
            supplier[0],
            supplier[1],
            supplier[2],
            recipient,
            USERS[random.nextInt(USERS.length)],
            techs,
            STATUSES[random.nextInt(STATUSES.length)],
            year,
            random.nextInt(4) == 0 ? String.valueOf(year + 1 + random.nextInt(5)) : "",
            valued ? String.valueOf(amount) : "",
            valued ? "USD" : "",
            financed ? "Export-Import Bank of China" : "",
            financed ? String.valueOf(amount) : "",
            financed ? "USD" : "",
            "Synthetic record "
                + i
                + ": "
                + supplier[0]
                + " supplied "
                + tech1.replace('_', ' ')
                + " to authorities in "
                + recipient
                + ", according to a report on a benchmark-only page.",
            "https://example.org/reports/" + i,
            "Benchmark Gazette",
            year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
            random.nextInt(5) == 0 ? "https://example.net/mirror/" + i : "");
      }
    }
    return Files.size(file);
  }
}
