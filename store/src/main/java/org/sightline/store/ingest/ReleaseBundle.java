package org.sightline.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.sightline.store.registry.Register;

/**
 * A release of the published register that a figure can be cited against and rebuilt from: every
 * export format in one directory named after the register's date and version, a {@code SHA256SUMS}
 * file ({@code sha256sum -c} reads it) and a {@code CITATION.cff}. Nothing in it depends on when or
 * where it was made, so the same register released twice gives the same bytes: the date is the
 * newest change among the published records, not today.
 */
public final class ReleaseBundle {
  public static final String CHECKSUMS = "SHA256SUMS";
  public static final String CITATION = "CITATION.cff";
  static final String TRANSFERS_CSV = "transfers.csv";
  static final String TRANSFERS_JSONL = "transfers.jsonl";
  static final String ORGANIZATIONS_CSV = "organizations.csv";
  static final String GEOJSON = "countries.geojson";
  static final String FTM = "entities.ftm.json";

  /** What a release wrote: its directory, the version it names and its files with checksums. */
  public record Written(Path directory, RegisterVersion version, Map<String, String> checksums) {}

  private final Register register;
  private final OpenFormats formats;

  /**
   * @param topology opens world-atlas {@code countries-110m.json}, for the GeoJSON outlines
   */
  public ReleaseBundle(Register register, Supplier<InputStream> topology) {
    this.register = register;
    this.formats = new OpenFormats(register, topology);
  }

  /**
   * Writes the release into a new directory {@code sightline-DATE-VERSION} under {@code outDir}
   * (files of an earlier release of the same version are replaced).
   *
   * @throws IllegalStateException if the register is empty or changed while being released
   */
  public Written write(Path outDir) {
    RegisterVersion version = RegisterVersion.of(register);
    if (version.asOf() == null) {
      throw new IllegalStateException("the register has no published records: nothing to release");
    }
    LocalDate date = LocalDate.ofInstant(version.asOf(), ZoneOffset.UTC);
    Path dir = outDir.resolve("sightline-" + date + "-" + version.shortVersion());
    try {
      Files.createDirectories(dir);
      // The data package is the release's root: its CSV files are the CSV exports.
      formats.write(ExportFormat.DATAPACKAGE, version, dir);
      formats.write(ExportFormat.JSONL, version, dir.resolve(TRANSFERS_JSONL));
      formats.write(ExportFormat.GEOJSON, version, dir.resolve(GEOJSON));
      formats.write(ExportFormat.FTM, version, dir.resolve(FTM));
      if (!version.version().equals(contentHash(dir))) {
        throw new IllegalStateException(
            "the register changed while it was being released: run the release again");
      }
      Files.writeString(dir.resolve(CITATION), citation(version, date), StandardCharsets.UTF_8);
      Map<String, String> sums = new TreeMap<>();
      for (String name : files(dir)) {
        sums.put(name, sha256(dir.resolve(name)));
      }
      StringBuilder lines = new StringBuilder();
      sums.forEach((name, sum) -> lines.append(sum).append("  ").append(name).append('\n'));
      Files.writeString(dir.resolve(CHECKSUMS), lines, StandardCharsets.UTF_8);
      return new Written(dir, version, Map.copyOf(sums));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the release to " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The version the written files themselves give (as {@link RegisterVersion#of} computes it). */
  private static String contentHash(Path dir) throws IOException {
    MessageDigest sha256 = RegisterVersion.sha256();
    sha256.update(Files.readAllBytes(dir.resolve(TRANSFERS_JSONL)));
    sha256.update(Files.readAllBytes(dir.resolve(ORGANIZATIONS_CSV)));
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static List<String> files(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (var entries = Files.list(dir)) {
      entries
          .filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .filter(name -> !name.equals(CHECKSUMS) && !name.startsWith("."))
          .sorted()
          .forEach(names::add);
    }
    return names;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest sha256 = RegisterVersion.sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha256.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Citation File Format 1.2.0: how to cite this release, naming its version and date. */
  private static String citation(RegisterVersion version, LocalDate date) {
    return String.join(
        "\n",
        "cff-version: 1.2.0",
        "message: \"If you use figures from this release, cite it by its version, and cite the"
            + " original sources named in each record.\"",
        "type: dataset",
        "title: \"Sightline: a register of the global trade in surveillance technology\"",
        "authors:",
        "  - name: \"Sightline contributors\"",
        "version: \"" + version.version() + "\"",
        "date-released: \"" + date + "\"",
        "abstract: \"The published register as of "
            + version.asOf()
            + ": "
            + version.publishedRecords()
            + " published records (transfers and organizations). The files of this release"
            + " and their SHA-256 checksums are listed in "
            + CHECKSUMS
            + ".\"",
        "keywords:",
        "  - surveillance technology",
        "  - arms and technology transfers",
        "");
  }
}
