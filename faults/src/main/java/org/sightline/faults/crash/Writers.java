package org.sightline.faults.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sightline.faults.Sightline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients writing as fast as the server answers, as contributors' scripts do: new drafts (most),
 * drafts taken through submit and publish by a second person, and documents stored for extraction.
 * Each 2xx answer goes into the {@link Ledger}; a request cut off by the crash is not an
 * acknowledgement.
 */
final class Writers {
  /** A word no starter record contains: search and counts find exactly the check's records. */
  static final String MARKER = "crashprobe";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] RECIPIENTS = {"KE", "EC", "RS", "PK", "UG", "ZM", "IS", "BO"};

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final URI base;
  private final String contributor;
  private final String reviewer;
  private final Ledger ledger;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger unexpected = new AtomicInteger();
  private final List<String> unexpectedSamples = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  Writers(URI base, String contributorToken, String reviewerToken, Ledger ledger) {
    this.base = base;
    this.contributor = "Bearer " + contributorToken;
    this.reviewer = "Bearer " + reviewerToken;
    this.ledger = ledger;
  }

  void start(int count, long seed) {
    for (int i = 0; i < count; i++) {
      Random random = new Random(seed * 31 + i);
      Thread t = new Thread(() -> write(random), "crash-writer-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  /** Stops the writers (after the crash every request fails anyway) and waits for them. */
  void stop() throws InterruptedException {
    stop.set(true);
    for (Thread t : threads) {
      t.join(30_000);
    }
  }

  /** Answers that were neither a 2xx nor a connection cut by the crash. */
  int unexpected() {
    return unexpected.get();
  }

  synchronized List<String> unexpectedSamples() {
    return List.copyOf(unexpectedSamples);
  }

  private void write(Random random) {
    int n = 0;
    while (!stop.get()) {
      n++;
      try {
        double pick = random.nextDouble();
        if (pick < 0.70) {
          createDraft(random, n);
        } else if (pick < 0.85) {
          String id = createDraft(random, n);
          if (id != null
              && send("POST", "/api/v1/transfers/" + id + "/submit", contributor, null) != null) {
            ledger.moved(id, Ledger.State.IN_REVIEW);
            if (send("POST", "/api/v1/transfers/" + id + "/publish", reviewer, "{}") != null) {
              ledger.moved(id, Ledger.State.PUBLISHED);
            }
          }
        } else {
          storeDocument(random, n);
        }
      } catch (IOException cutOff) {
        // The server is gone (or going): whatever was in flight is not acknowledged.
        Sightline.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private String createDraft(Random random, int n) throws IOException, InterruptedException {
    String recipient = RECIPIENTS[random.nextInt(RECIPIENTS.length)];
    String body =
        """
        {"supplier_orgs":[{"name":"Crashprobe Optics %d"}],"supplier_country":"CN",
         "recipient_country":"%s","end_user":"Ministry of Interior",
         "technologies":["video_surveillance"],"status":"delivered","year_start":%d,
         "summary":"%s record %s-%d: cameras for the capital.",
         "sources":[{"url":"https://example.org/crash/%d","publisher":"Example News",
                     "date":"2021-03-01","evidence":"The ministry bought cameras."}]}
        """
            .formatted(
                random.nextInt(50),
                recipient,
                2000 + random.nextInt(25),
                MARKER,
                Thread.currentThread().getName(),
                n,
                n);
    JsonNode created = send("POST", "/api/v1/transfers", contributor, body);
    if (created == null) {
      return null;
    }
    String id = created.get("id").asString();
    ledger.created(id);
    return id;
  }

  private void storeDocument(Random random, int n) throws IOException, InterruptedException {
    String text =
        "Crashprobe %d: Hikvision supplied 300 cameras to the police of Kenya in 2019."
            .formatted(random.nextInt(1_000_000) + n);
    JsonNode stored =
        send(
            "POST",
            "/api/v1/extract",
            contributor,
            JSON.writeValueAsString(JSON.createObjectNode().put("text", text)));
    if (stored != null) {
      ledger.document(stored.get("document_id").asLong());
    }
  }

  /** The answer's JSON on 2xx; null (and counted) on any other status. */
  private JsonNode send(String method, String path, String auth, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", auth)
            .header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 == 2) {
      return JSON.readTree(response.body());
    }
    if (!stop.get()) {
      unexpected.incrementAndGet();
      synchronized (this) {
        if (unexpectedSamples.size() < 5) {
          unexpectedSamples.add(
              method
                  + " "
                  + path
                  + " -> "
                  + response.statusCode()
                  + " "
                  + firstLine(response.body()));
        }
      }
    }
    return null;
  }

  private static String firstLine(String body) {
    String line = body == null ? "" : body.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
