package org.sightline.app.releases;

import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sightline.app.figures.WorldMap;
import org.sightline.app.web.Attachments;
import org.sightline.app.web.NotFoundException;
import org.sightline.store.ingest.ExportFormat;
import org.sightline.store.ingest.OpenFormats;
import org.sightline.store.ingest.RegisterVersion;
import org.sightline.store.registry.Register;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports as downloads ({@code /downloads/...}, linked from every page's footer): the same
 * bytes as {@code sightline export}, made once per register version and kept until it changes. The
 * data package comes as a zip of its directory.
 */
@RestController
class DownloadsController {
  /** Download name → format and media type. */
  private record Download(ExportFormat format, String mediaType) {}

  private static final Map<String, Download> DOWNLOADS =
      Map.of(
          "sightline-transfers.csv", new Download(ExportFormat.CSV, "text/csv;charset=UTF-8"),
          "sightline-transfers.jsonl",
              new Download(ExportFormat.JSONL, "application/jsonl;charset=UTF-8"),
          "sightline-countries.geojson", new Download(ExportFormat.GEOJSON, "application/geo+json"),
          "sightline-entities.ftm.json",
              new Download(ExportFormat.FTM, "application/json;charset=UTF-8"),
          "sightline-datapackage.zip", new Download(ExportFormat.DATAPACKAGE, "application/zip"));

  private record Made(String version, byte[] bytes) {}

  private final Register register;
  private final RegisterVersions versions;
  private final Map<String, Made> made = new ConcurrentHashMap<>();

  DownloadsController(Register register, RegisterVersions versions) {
    this.register = register;
    this.versions = versions;
  }

  @Operation(
      summary =
          "An export of the published register: sightline-transfers.csv, -transfers.jsonl,"
              + " -countries.geojson, -entities.ftm.json or -datapackage.zip")
  @GetMapping("/downloads/{name}")
  ResponseEntity<byte[]> download(@PathVariable String name) {
    Download d = DOWNLOADS.get(name);
    if (d == null) {
      throw new NotFoundException("no download named " + name);
    }
    RegisterVersion version = versions.current();
    Made m = made.get(name);
    if (m == null || !m.version().equals(version.version())) {
      m = new Made(version.version(), make(d.format(), version));
      made.put(name, m);
    }
    return Attachments.attachment(name, d.mediaType())
        .header(VersionHeaderFilter.HEADER, version.version())
        .body(m.bytes());
  }

  private byte[] make(ExportFormat format, RegisterVersion version) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("sightline-download");
      Path out = dir.resolve(format == ExportFormat.DATAPACKAGE ? "package" : "export");
      new OpenFormats(register, WorldMap::topology).write(format, version, out);
      return format == ExportFormat.DATAPACKAGE ? zip(out) : Files.readAllBytes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(dir);
    }
  }

  /** The package's files in name order with a fixed time, so the zip is the same every time. */
  private static byte[] zip(Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        ZipEntry entry = new ZipEntry("sightline-datapackage/" + f.getFileName());
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary directory left behind is harmless; the download itself succeeded or failed.
    }
  }
}
