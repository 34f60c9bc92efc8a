package org.sightline.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anonymous readers on their own connections, each going round a list of public pages and API reads
 * as fast as the server answers, every answer recorded with its time, status and latency.
 */
public final class Readers {
  /** One answer; {@code status} is -1 when none came (connection refused, reset or timed out). */
  public record Answer(String path, long startedNanos, int status, long latencyNanos) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI base;
  private final List<String> paths;
  private final Duration timeout;
  private final HttpClient http;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();
  private final List<List<Answer>> answers = new ArrayList<>();

  public Readers(URI base, List<String> paths, Duration timeout) {
    this.base = base;
    this.paths = List.copyOf(paths);
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * A mixed read list from what the server publishes: the home page, country, organization and
   * transfer pages with their API twins, search pages and API searches, figures and the network.
   */
  public static List<String> publicReads(URI base) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    List<String> countries = new ArrayList<>();
    for (JsonNode c : get(http, base, "/api/v1/countries")) {
      if (countries.size() < 20) {
        countries.add(c.get("code").asString());
      }
    }
    List<String> organizations = new ArrayList<>();
    for (JsonNode o : get(http, base, "/api/v1/organizations").get("items")) {
      if (organizations.size() < 20) {
        organizations.add(o.get("id").asString());
      }
    }
    List<String> transfers = new ArrayList<>();
    for (JsonNode t : get(http, base, "/api/v1/transfers?size=20").get("items")) {
      transfers.add(t.get("id").asString());
    }
    String[] words = {"huawei", "camera", "police", "facial", "loan"};
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String c = countries.get(i % countries.size());
      String o = organizations.get(i % organizations.size());
      String t = transfers.get(i % transfers.size());
      String w = words[i % words.length];
      paths.addAll(
          List.of(
              "/countries/" + c,
              "/api/v1/countries/" + c,
              "/organizations/" + o,
              "/api/v1/organizations/" + o,
              "/transfers/" + t,
              "/api/v1/transfers/" + t,
              "/search?q=" + w,
              "/api/v1/transfers?q=" + w,
              "/api/v1/transfers?country=" + c));
      if (i % 5 == 0) {
        paths.addAll(List.of("/", "/api/v1/stats", "/network"));
      }
    }
    return paths;
  }

  public void start(int connections) {
    for (int i = 0; i < connections; i++) {
      List<Answer> mine = new ArrayList<>();
      answers.add(mine);
      int offset = i * 7;
      Thread t = new Thread(() -> read(mine, offset), "reader-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  /** Stops the readers and returns every answer, in no particular order. */
  public List<Answer> stop() throws InterruptedException {
    stop.set(true);
    for (Thread t : threads) {
      t.join(timeout.toMillis() + 5_000);
    }
    List<Answer> all = new ArrayList<>();
    synchronized (answers) {
      for (List<Answer> a : answers) {
        synchronized (a) {
          all.addAll(a);
        }
      }
    }
    return all;
  }

  private void read(List<Answer> into, int offset) {
    for (int n = offset; !stop.get(); n++) {
      String path = paths.get(n % paths.size());
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build();
      long started = System.nanoTime();
      int status;
      try {
        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException noAnswer) {
        status = -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      Answer a = new Answer(path, started, status, System.nanoTime() - started);
      synchronized (into) {
        into.add(a);
      }
      if (status == -1) {
        Sightline.sleep(50); // a refused connection comes back at once; do not spin
      }
    }
  }

  /** A JSON answer of the app; anything but 200 is an error naming the path. */
  public static JsonNode get(HttpClient http, URI base, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
    }
    return JSON.readTree(r.body());
  }

  /** The q-th quantile (0..1) of the latencies, in milliseconds. */
  public static double quantileMillis(List<Answer> answers, double q) {
    long[] sorted = answers.stream().mapToLong(Answer::latencyNanos).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
