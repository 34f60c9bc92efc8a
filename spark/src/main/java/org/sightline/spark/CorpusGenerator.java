package org.sightline.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.sightline.core.extract.SampleNews;
import org.sightline.core.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated corpus for the test and the benchmark: news-like documents (the generator of {@code
 * bench extract}) as JSON Lines {@code {id, url, date, text}}, half in a plain file and half
 * gzipped, with a malformed line at regular intervals and the odd blank line (which is no
 * document).
 */
final class CorpusGenerator {
  /** A document as written: what {@code extract --doc-date DATE} would be given as a file. */
  record Document(String id, LocalDate date, String text) {}

  /** What was written: the documents, and the malformed lines' number and excerpts. */
  record Written(List<Document> documents, List<String> malformed, List<Path> files) {}

  private static final String[] DATES = {
    "2018-03-05", "2019-11-20", null, "2020-02-01T09:30:00Z", "2021-06-30"
  };

  private CorpusGenerator() {}

  /**
   * Writes {@code documents} good documents to {@code dir}/corpus-a.jsonl and corpus-b.jsonl.gz,
   * and after every {@code malformedEvery}-th a malformed line (0: none).
   */
  static Written write(Path dir, int documents, int malformedEvery, long seed) throws IOException {
    List<String> texts = texts(documents, seed);
    List<Document> written = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    Files.createDirectories(dir);
    Path plain = dir.resolve("corpus-a.jsonl");
    Path gzipped = dir.resolve("corpus-b.jsonl.gz");
    try (Writer a = Files.newBufferedWriter(plain, StandardCharsets.UTF_8);
        Writer b =
            new BufferedWriter(
                new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(gzipped)),
                    StandardCharsets.UTF_8))) {
      for (int i = 0; i < documents; i++) {
        Writer out = i < documents / 2 ? a : b;
        String id = String.format("doc-%06d", i + 1);
        String date = DATES[i % DATES.length];
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("id", id);
        line.put("url", "https://news.example.org/" + id);
        line.put("date", date);
        line.put("text", texts.get(i));
        out.write(Json.MAPPER.writeValueAsString(line));
        out.write('\n');
        written.add(
            new Document(
                id, date == null ? null : LocalDate.parse(date.substring(0, 10)), texts.get(i)));
        if (i % 97 == 5) {
          out.write("\n");
        }
        if (malformedEvery > 0 && i % malformedEvery == malformedEvery - 1) {
          String bad = malformed(malformed.size(), texts.get(i));
          out.write(bad);
          out.write('\n');
          malformed.add(bad);
        }
      }
    }
    return new Written(written, malformed, List.of(plain, gzipped));
  }

  /** Nine ways to get a line wrong, in turn. */
  private static String malformed(int n, String someText) {
    String id = "bad-" + n;
    ObjectNode o = Json.MAPPER.createObjectNode();
    switch (n % 9) {
      case 0 -> {
        return "{\"id\": \"" + id + "\", \"text\": \"cut off in the midd";
      }
      case 1 -> {
        return "this line is not JSON at all (" + id + ")";
      }
      case 2 -> o.put("id", id);
      case 3 -> o.put("id", id).put("text", "   ");
      case 4 -> o.put("id", id).put("text", 42);
      case 5 -> o.put("url", "https://news.example.org/" + id).put("text", someText);
      case 6 -> o.put("id", id).put("date", "5 March 2018").put("text", someText);
      case 7 -> o.put("id", id).put("text", "binary\u0000content");
      default -> {
        return "[\"" + id + "\", 1, 2]";
      }
    }
    return Json.MAPPER.writeValueAsString(o);
  }

  private static List<String> texts(int documents, long seed) {
    long bytes = 4_000L * documents;
    while (true) {
      List<String> texts = SampleNews.generate(bytes, seed);
      if (texts.size() >= documents) {
        return texts.subList(0, documents);
      }
      bytes *= 2;
    }
  }
}
