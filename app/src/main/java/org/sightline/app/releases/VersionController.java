package org.sightline.app.releases;

import io.swagger.v3.oas.annotations.Operation;
import org.sightline.store.ingest.RegisterVersion;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/version}: which register a figure was read from. */
@RestController
record VersionController(RegisterVersions versions) {
  /** The contract's shape: {@code as_of} is the newest change among the published records. */
  record VersionView(String version, long published_records, String as_of) {}

  @Operation(
      summary =
          "The register version: the SHA-256 of the published register's deterministic export,"
              + " the number of published records and the time of the newest change")
  @GetMapping(path = "/api/v1/version", produces = MediaType.APPLICATION_JSON_VALUE)
  VersionView version() {
    RegisterVersion v = versions.current();
    return new VersionView(
        v.version(), v.publishedRecords(), v.asOf() == null ? null : v.asOf().toString());
  }
}
