package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sightline.app.web.SightlineProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code compose.yaml}, the {@code Dockerfile} and the README's production section describe one
 * setup. No container runtime is available to the build, so instead of starting it this test checks
 * that every variable the compose file sets is one the application (or the JVM) reads and the
 * README documents, that the database service and the application agree on the database, and that
 * the image's command, port and data directory match the compose file.
 */
class ProductionSetupTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Read by the command line itself ({@code CliEnvironment}), not through Spring. */
  private static final Set<String> CLI_VARIABLES =
      Set.of("SIGHTLINE_DB_URL", "SIGHTLINE_DB_USER", "SIGHTLINE_DB_PASSWORD");

  /** Read by the JVM. */
  private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

  @Test
  void everyVariableTheAppServiceSetsIsReadByTheApplication() throws IOException {
    Map<String, String> env = environment(service("app"));
    Set<String> properties = knownProperties();
    List<String> unread = new ArrayList<>();
    for (Map.Entry<String, String> variable : env.entrySet()) {
      String name = variable.getKey();
      if (CLI_VARIABLES.contains(name) || JVM_VARIABLES.contains(name)) {
        continue;
      }
      if (properties.stream().noneMatch(p -> binds(name, variable.getValue(), p))) {
        unread.add(name);
      }
    }
    assertThat(unread).as("variables no application property binds to").isEmpty();
    assertThat(env).containsKeys(CLI_VARIABLES.toArray(String[]::new));
  }

  @Test
  void theStarterDataSwitchInTheComposeFileReachesTheApplicationsSettings() throws IOException {
    Map<String, String> env = new HashMap<>(environment(service("app")));
    env.put("SIGHTLINE_STARTERDATA", "false");
    SightlineProperties bound =
        binder(env).bind("sightline", Bindable.of(SightlineProperties.class)).get();
    assertThat(bound.starterData()).isFalse();
  }

  @Test
  void theApplicationUsesTheDatabaseTheDatabaseServiceCreates() throws IOException {
    Map<String, String> app = environment(service("app"));
    Map<String, String> db = environment(service("db"));
    Matcher url =
        Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)")
            .matcher(app.get("SIGHTLINE_DB_URL"));
    assertThat(url.matches()).as(app.get("SIGHTLINE_DB_URL")).isTrue();
    assertThat(compose().get("services")).asInstanceOf(MAP).containsKey(url.group(1));
    assertThat(url.group(2)).isEqualTo("5432");
    assertThat(url.group(3)).isEqualTo(db.get("POSTGRES_DB"));
    assertThat(app.get("SIGHTLINE_DB_USER")).isEqualTo(db.get("POSTGRES_USER"));
    assertThat(app.get("SIGHTLINE_DB_PASSWORD"))
        .isEqualTo(db.get("POSTGRES_PASSWORD"))
        .as("the password is required, never a default written in the file")
        .startsWith("${SIGHTLINE_DB_PASSWORD:?");
  }

  @Test
  void theImageRunsWhatTheComposeFileRunsOnThePortAndDataItMaps() throws IOException {
    Map<String, Object> app = service("app");
    @SuppressWarnings("unchecked")
    List<String> command = (List<String>) app.get("command");
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

    String cmd = quotedList(dockerfile, "CMD");
    assertThat(cmd).isEqualTo(String.join(",", command));
    String port = command.get(command.indexOf("--port") + 1);
    String dataDir = command.get(command.indexOf("--data") + 1);
    assertThat(dockerfile).contains("EXPOSE " + port).contains("VOLUME " + dataDir);
    assertThat(app.get("ports").toString()).contains(":" + port);
    assertThat(app.get("volumes").toString()).contains(":" + dataDir);
    // The jar the image copies is the one the app module builds.
    assertThat(dockerfile).contains("/src/app/target/sightline.jar");
    assertThat(Files.readString(ROOT.resolve("app/pom.xml")))
        .contains("<finalName>sightline</finalName>");
  }

  @Test
  void theReadmesProductionSectionNamesEveryVariable() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("## Running in production");
    assertThat(start).as("README section 'Running in production'").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Set<String> variables = new TreeSet<>(environment(service("app")).keySet());
    variables.addAll(environment(service("db")).keySet());
    assertThat(variables).allSatisfy(v -> assertThat(section).contains("`" + v));
  }

  private static boolean binds(String variable, String value, String property) {
    return binder(Map.of(variable, value))
        .bind(property, Bindable.of(String.class))
        .map(value::equals)
        .orElse(false);
  }

  private static Binder binder(Map<String, String> env) {
    Map<String, Object> values = new HashMap<>(env);
    return new Binder(
        ConfigurationPropertySources.from(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, values)));
  }

  /** Spring Boot's documented properties, and ours (application.properties, sightline.*). */
  private static Set<String> knownProperties() throws IOException {
    Set<String> names = new TreeSet<>();
    JsonMapper json = JsonMapper.builder().build();
    for (URL url :
        Collections.list(
            ProductionSetupTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        for (JsonNode property : json.readTree(in).path("properties")) {
          names.add(property.path("name").asString());
        }
      }
    }
    Properties ours = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            ROOT.resolve("app/src/main/resources/application.properties"),
            StandardCharsets.UTF_8)) {
      ours.load(in);
    }
    names.addAll(ours.stringPropertyNames());
    names.addAll(List.of("sightline.data", "sightline.starter-data"));
    // Map keys such as logging levels name Java packages, not settings an environment would set.
    names.removeIf(name -> !ConfigurationPropertyName.isValid(name));
    assertThat(names).contains("server.forward-headers-strategy", "server.port");
    return names;
  }

  private static String quotedList(String dockerfile, String instruction) {
    Matcher m = Pattern.compile("(?m)^" + instruction + " \\[(.*)]$").matcher(dockerfile);
    assertThat(m.find()).as(instruction + " in exec form").isTrue();
    return m.group(1).replace("\"", "").replace(", ", ",");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> environment(Map<String, Object> service) {
    Map<String, String> env = new LinkedHashMap<>();
    ((Map<String, Object>) service.get("environment"))
        .forEach((k, v) -> env.put(k, String.valueOf(v)));
    return env;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    Map<String, Object> services = (Map<String, Object>) compose().get("services");
    assertThat(services).containsKey(name);
    return (Map<String, Object>) services.get(name);
  }

  private static Map<String, Object> compose() throws IOException {
    try (Reader in = Files.newBufferedReader(ROOT.resolve("compose.yaml"))) {
      return new Yaml().load(in);
    }
  }
}
