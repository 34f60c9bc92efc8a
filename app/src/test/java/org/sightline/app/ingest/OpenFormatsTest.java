package org.sightline.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.CliRunner;
import org.sightline.app.testing.CliRunner.Run;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.ingest.RegisterVersion;
import org.sightline.store.ingest.StarterData;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.Visibility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open formats on the starter data, written by the command line: each is checked against its
 * own rules (GeoJSON, Frictionless table schema, the FollowTheMoney model) and written twice with
 * the same bytes.
 */
class OpenFormatsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  static Path data;
  static RegisterVersion version;
  static Set<String> recipientCountries = new TreeSet<>();
  static long published;

  @BeforeAll
  static void starterData() {
    data = dir.resolve("data");
    try (Database db = Database.open(DatabaseConfig.embedded(data))) {
      StarterData.loadIfEmpty(db);
      JdbcRegister register = new JdbcRegister(db);
      version = RegisterVersion.of(register);
      register.forEachTransfer(
          Visibility.PUBLIC, t -> recipientCountries.add(t.transfer().recipientCountry()));
      published = register.countTransfers(Visibility.PUBLIC);
    }
  }

  static Path export(String format, String name) {
    Path out = dir.resolve(name);
    Run run =
        CliRunner.sightline(
            "export", "--format", format, "--out", out.toString(), "--data", data.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("register version " + version.version());
    return out;
  }

  static void assertSameBytes(Path a, Path b) throws IOException {
    if (Files.isDirectory(a)) {
      try (Stream<Path> files = Files.list(a)) {
        for (Path f : files.toList()) {
          assertThat(Files.readAllBytes(b.resolve(f.getFileName())))
              .as(f.toString())
              .isEqualTo(Files.readAllBytes(f));
        }
      }
    } else {
      assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }
  }

  @Test
  void geoJsonIsAFeatureCollectionWithOneFeaturePerCountry() throws IOException {
    Path out = export("geojson", "a.geojson");
    assertSameBytes(out, export("geojson", "b.geojson"));

    JsonNode collection = JSON.readTree(out.toFile());
    assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
    assertThat(collection.path("register_version").asString()).isEqualTo(version.version());
    List<String> ids = new ArrayList<>();
    long transfers = 0;
    int outlines = 0;
    for (JsonNode f : collection.path("features")) {
      assertThat(f.path("type").asString()).isEqualTo("Feature");
      ids.add(f.path("id").asString());
      assertThat(f.path("properties").path("code").asString()).isEqualTo(f.path("id").asString());
      assertThat(f.path("properties").path("transfer_ids").size())
          .isEqualTo(f.path("properties").path("transfers").asInt());
      transfers += f.path("properties").path("transfers").asLong();
      JsonNode g = f.path("geometry");
      String type = g.path("type").asString();
      assertThat(type).isIn("Polygon", "MultiPolygon", "Point");
      if (type.equals("Point")) {
        assertPosition(g.path("coordinates"));
        continue;
      }
      outlines++;
      List<JsonNode> polygons = new ArrayList<>();
      if (type.equals("Polygon")) {
        polygons.add(g.path("coordinates"));
      } else {
        g.path("coordinates").forEach(polygons::add);
      }
      for (JsonNode polygon : polygons) {
        for (JsonNode ring : polygon) {
          // RFC 7946: a linear ring has four or more positions and ends where it starts.
          assertThat(ring.size()).isGreaterThanOrEqualTo(4);
          assertThat(ring.get(ring.size() - 1)).isEqualTo(ring.get(0));
          ring.forEach(OpenFormatsTest::assertPosition);
        }
      }
    }
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(ids)).isEqualTo(recipientCountries);
    assertThat(transfers).isEqualTo(published);
    assertThat(outlines).as("most countries have an outline").isGreaterThan(ids.size() * 3 / 4);
  }

  static void assertPosition(JsonNode p) {
    assertThat(p.size()).isEqualTo(2);
    assertThat(p.get(0).asDouble()).isBetween(-180.0, 180.0);
    assertThat(p.get(1).asDouble()).isBetween(-90.0, 90.0);
  }

  @Test
  void theDataPackageMeetsTheTableSchemaRules() throws IOException {
    Path out = export("datapackage", "package-a");
    assertSameBytes(out, export("datapackage", "package-b"));

    assertThat(FrictionlessRules.check(out)).isEmpty();
    JsonNode descriptor = JSON.readTree(out.resolve("datapackage.json").toFile());
    assertThat(descriptor.path("sightline_register_version").asString())
        .isEqualTo(version.version());
    assertThat(descriptor.path("licenses")).isNotEmpty();
    assertThat(descriptor.path("sources")).isNotEmpty();
    assertThat(Files.readAllLines(out.resolve("transfers.csv")))
        .hasSizeGreaterThan((int) published);

    // The rules are not a rubber stamp: a dangling supplier id and a bad status are found.
    Path broken = dir.resolve("package-broken");
    Files.createDirectories(broken);
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.toList()) {
        Files.copy(f, broken.resolve(f.getFileName()));
      }
    }
    Path links = broken.resolve("transfer_suppliers.csv");
    Files.writeString(links, Files.readString(links) + "T0001,99,O9999,Nobody\r\n");
    Path transfers = broken.resolve("transfers.csv");
    Files.writeString(
        transfers, Files.readString(transfers).replaceFirst(",operational,", ",rumoured,"));
    assertThat(FrictionlessRules.check(broken))
        .anySatisfy(p -> assertThat(p).contains("O9999").contains("not found in organizations"))
        .anySatisfy(p -> assertThat(p).contains("'rumoured' is not in its enum"));
  }

  @Test
  void followTheMoneyEntitiesValidateAgainstTheFtmModel() throws IOException {
    Path out = export("ftm", "a.ftm.json");
    assertSameBytes(out, export("ftm", "b.ftm.json"));

    List<JsonNode> entities = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      entities.add(JSON.readTree(line));
    }
    FtmModel model = new FtmModel();
    assertThat(model.check(entities)).isEmpty();

    Set<String> schemas = new HashSet<>();
    entities.forEach(e -> schemas.add(e.path("schema").asString()));
    assertThat(schemas)
        .contains("Company", "PublicBody", "Contract", "ContractAward", "Debt", "Ownership");
    assertThat(entities.stream().filter(e -> e.path("schema").asString().equals("Contract")))
        .hasSize((int) published);
    assertThat(entities)
        .filteredOn(e -> e.path("id").asString().startsWith("country-"))
        .hasSize(recipientCountries.size());

    // The model is not a rubber stamp: a wrong property, range and country are each found.
    JsonNode bad =
        JSON.readTree(
            "{\"id\":\"x\",\"schema\":\"ContractAward\",\"properties\":{\"supplier\":[\"T0001\"],"
                + "\"contract\":[\"T0001\"],\"country\":[\"zz\"],\"colour\":[\"red\"]}}");
    List<JsonNode> withBad = new ArrayList<>(entities);
    withBad.add(bad);
    assertThat(model.check(withBad))
        .anySatisfy(p -> assertThat(p).contains("x.supplier").contains("not a LegalEntity"))
        .anySatisfy(p -> assertThat(p).contains("has no property colour"));
  }
}
