package org.sightline.app.layers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sightline.core.countries.Countries;
import org.sightline.core.layers.AigsTable;
import org.sightline.core.layers.IndicatorTable;
import org.sightline.core.layers.NameMapping;
import org.sightline.store.layers.LayerStore;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.Visibility;

/**
 * The small tables of our own the layer tests use (test resources): a four-country AIGS table
 * (Mongolia, Uzbekistan, Zambia, Bhutan, countries no other page test writes to) and a {@code
 * test_regime} indicator for them. Loading them again changes nothing.
 */
final class SmallLayers {
  private SmallLayers() {}

  static void load(LayerStore store, Register register) {
    Countries countries = Countries.bundled();
    try (Reader aigs = reader("aigs-pages.csv");
        Reader indicators = reader("indicators-pages.csv")) {
      AigsTable table =
          new AigsTable(
              countries,
              NameMapping.NONE,
              name ->
                  register
                      .findOrganizationByName(name, Visibility.PUBLIC)
                      .map(o -> o.organization().id()));
      store.save(table.read(aigs).value(), "test");
      store.saveIndicators(new IndicatorTable(countries).read(indicators).value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a resource to a file, as a user's file on disk. */
  static Path copy(String resource, Path dir) throws IOException {
    Path file = dir.resolve(resource);
    try (InputStream in = SmallLayers.class.getResourceAsStream(resource)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  private static Reader reader(String resource) {
    return new InputStreamReader(
        SmallLayers.class.getResourceAsStream(resource), StandardCharsets.UTF_8);
  }
}
