package org.sightline.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated news-like documents for benchmarks and scale tests (the extraction benchmark, the Spark
 * job's test and benchmark): a few kilobytes each, assembled at random with a fixed seed from the
 * paragraphs and neutral filler in {@code sample-news.txt}, about one paragraph in four about the
 * surveillance trade. Never used to measure quality: it is far less dense in names and cues than
 * real reporting.
 */
public final class SampleNews {
  private SampleNews() {}

  /** About {@code bytes} of UTF-8 text as documents; the same seed gives the same documents. */
  public static List<String> generate(long bytes, long seed) {
    List<String> topical = new ArrayList<>();
    List<String> filler = new ArrayList<>();
    try (InputStream in = SampleNews.class.getResourceAsStream("sample-news.txt")) {
      if (in == null) {
        throw new IllegalStateException("sample-news.txt is missing");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("T\t")) {
          topical.add(line.substring(2));
        } else if (line.startsWith("F\t")) {
          filler.add(line.substring(2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> docs = new ArrayList<>();
    long total = 0;
    while (total < bytes) {
      StringBuilder doc = new StringBuilder(4096);
      int paragraphs = 8 + random.nextInt(10);
      for (int p = 0; p < paragraphs; p++) {
        if (random.nextInt(4) == 0) {
          doc.append(topical.get(random.nextInt(topical.size())));
        } else {
          int sentences = 2 + random.nextInt(3);
          for (int s = 0; s < sentences; s++) {
            doc.append(filler.get(random.nextInt(filler.size()))).append(' ');
          }
        }
        doc.append("\n\n");
      }
      String d = doc.toString();
      docs.add(d);
      total += d.getBytes(StandardCharsets.UTF_8).length;
    }
    return docs;
  }
}
