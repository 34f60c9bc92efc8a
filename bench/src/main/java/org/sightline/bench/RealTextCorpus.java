package org.sightline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sightline.core.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Real documents for the extraction benchmark: the {@code text} of every line of a JSON Lines file
 * (annotated texts or {@code {id,url,date,text}} records), or of every {@code .jsonl} file under a
 * folder, plus its {@code .txt} files. Repeated in order until they reach the size asked for, so a
 * few hundred annotated passages make a measurable corpus with the density of names and cues of
 * real reporting.
 */
final class RealTextCorpus {
  private RealTextCorpus() {}

  /** The documents under {@code path}, repeated to at least {@code bytes} of UTF-8. */
  static List<String> load(Path path, long bytes) {
    List<String> texts = read(path);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no documents in " + path);
    }
    List<String> docs = new ArrayList<>();
    long total = 0;
    while (total < bytes) {
      for (String t : texts) {
        docs.add(t);
        total += t.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return docs;
  }

  /** Each document once, in file order. */
  static List<String> read(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("no such file or folder: " + path);
    }
    List<String> texts = new ArrayList<>();
    try {
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(path)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          String name = String.valueOf(f.getFileName());
          if (name.endsWith(".jsonl")) {
            texts.addAll(jsonl(f));
          } else if (name.endsWith(".txt")) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      } else {
        texts.addAll(jsonl(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return texts;
  }

  private static List<String> jsonl(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    int line = 0;
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = Json.MAPPER.readTree(l);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + " line " + line + " is not JSON", e);
      }
      JsonNode text = n.get("text");
      if (text == null || !text.isString()) {
        throw new IllegalArgumentException(file + " line " + line + " has no text field");
      }
      texts.add(text.asString());
    }
    return texts;
  }
}
