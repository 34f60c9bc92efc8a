package org.sightline.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sightline.core.extract.text.SentenceSplitter;
import org.sightline.core.extract.text.TextNormaliser;

/**
 * Measures extraction speed on generated news-like text: documents of a few kilobytes assembled at
 * random (fixed seed) from the corpus paragraphs and neutral filler bundled in {@code
 * throughput-paragraphs.txt}, about one paragraph in four about the surveillance trade. Times the
 * full pipeline, the multi-pattern scan alone, and normalisation plus sentence splitting, each on
 * one thread, and reports MB/s of UTF-8 text. A measurement, not a test: {@code bench extract} runs
 * it.
 */
public final class ExtractionThroughput {
  /** Throughput figures for one run. */
  public record Result(
      long bytes,
      int documents,
      long candidates,
      double pipelineMbPerSecond,
      double scanMbPerSecond,
      double segmentationMbPerSecond) {
    public String render() {
      return String.format(
          Locale.ROOT,
          "text %.1f MB in %d documents, %d candidates%n"
              + "full pipeline        %8.1f MB/s per thread%n"
              + "multi-pattern scan   %8.1f MB/s per thread%n"
              + "normalise + sentences%8.1f MB/s per thread%n"
              + "pipeline / scan      %8.2f",
          bytes / 1e6,
          documents,
          candidates,
          pipelineMbPerSecond,
          scanMbPerSecond,
          segmentationMbPerSecond,
          pipelineMbPerSecond / scanMbPerSecond);
    }
  }

  private ExtractionThroughput() {}

  /** Generates about {@code bytes} of documents from the bundled paragraphs. */
  public static List<String> generate(long bytes, long seed) {
    List<String> topical = new ArrayList<>();
    List<String> filler = new ArrayList<>();
    try (InputStream in =
        ExtractionThroughput.class.getResourceAsStream(
            "/org/sightline/core/extract/throughput-paragraphs.txt")) {
      if (in == null) {
        throw new IllegalStateException("throughput-paragraphs.txt is missing");
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

  /** Runs each measurement after one warm-up pass over the same documents. */
  public static Result measure(Extractor extractor, List<String> docs) {
    long bytes = 0;
    for (String d : docs) {
      bytes += d.getBytes(StandardCharsets.UTF_8).length;
    }
    long candidates = 0;
    for (int pass = 0; pass < 3; pass++) {
      candidates = 0;
      for (String d : docs) {
        candidates += extractor.extract(d, null).size();
      }
    }
    long t0 = System.nanoTime();
    for (String d : docs) {
      candidates += 0 * extractor.extract(d, null).size();
    }
    double pipeline = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
    long sink = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (String d : docs) {
        sink += extractor.scanOnly(d);
      }
    }
    t0 = System.nanoTime();
    for (String d : docs) {
      sink += extractor.scanOnly(d);
    }
    double scan = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
    for (String d : docs) {
      sink += SentenceSplitter.split(TextNormaliser.normalise(d)).count();
    }
    t0 = System.nanoTime();
    for (String d : docs) {
      sink += SentenceSplitter.split(TextNormaliser.normalise(d)).count();
    }
    double seg = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
    if (sink == 42) {
      System.out.print(""); // keeps the JIT from discarding the work
    }
    return new Result(bytes, docs.size(), candidates, pipeline, scan, seg);
  }

  /** {@code ExtractionThroughput [MB]}: measures with the bundled data and no organizations. */
  public static void main(String[] args) {
    long mb = args.length > 0 ? Long.parseLong(args[0]) : 20;
    Extractor extractor = new Extractor(List.of());
    System.out.println(measure(extractor, generate(mb * 1_000_000L, 7)).render());
  }
}
