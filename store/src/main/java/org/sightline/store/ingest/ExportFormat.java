package org.sightline.store.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The open formats the register is exported in . */
public enum ExportFormat {
  /** Transfers CSV with the columns of the starter {@code transfers.csv}. */
  CSV,
  /** One contract Transfer JSON object per line. */
  JSONL,
  /** Country figures with outlines, a GeoJSON FeatureCollection ({@link GeoJsonExport}). */
  GEOJSON,
  /** FollowTheMoney entities, one per line ({@link FtmExport}). */
  FTM,
  /** A Frictionless data package: a directory of CSV files and datapackage.json. */
  DATAPACKAGE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ExportFormat> fromKey(String key) {
    return key == null
        ? Optional.empty()
        : Arrays.stream(values()).filter(f -> f.key().equals(key.trim())).findFirst();
  }
}
