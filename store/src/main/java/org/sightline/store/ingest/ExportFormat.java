package org.sightline.store.ingest;

import java.util.Optional;
import org.sightline.core.model.EnumKeys;
import org.sightline.core.model.Keyed;

/** The open formats the register is exported in . */
public enum ExportFormat implements Keyed {
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

  public static Optional<ExportFormat> fromKey(String key) {
    return EnumKeys.find(ExportFormat.class, key);
  }
}
