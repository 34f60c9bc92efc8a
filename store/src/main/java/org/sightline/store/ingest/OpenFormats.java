package org.sightline.store.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.sightline.store.registry.Register;

/** The one way to write an export format to a path, whichever class writes its bytes. */
public final class OpenFormats {
  private final Register register;
  private final Supplier<InputStream> topology;

  /**
   * @param topology opens world-atlas {@code countries-110m.json}, for GeoJSON outlines
   */
  public OpenFormats(Register register, Supplier<InputStream> topology) {
    this.register = register;
    this.topology = topology;
  }

  /**
   * Writes {@code format} to {@code out} (a directory for a data package, else a file replaced
   * atomically) naming {@code version}; returns the number of records or entities written.
   */
  public long write(ExportFormat format, RegisterVersion version, Path out) {
    return switch (format) {
      case CSV, JSONL -> new Exporter(register).export(format, out);
      case GEOJSON ->
          Exporter.toFile(out, s -> new GeoJsonExport(register, topology.get()).export(version, s));
      case FTM -> Exporter.toFile(out, s -> new FtmExport(register).export(version, s));
      case DATAPACKAGE -> new DataPackageExport(register).export(version, out);
    };
  }
}
