package org.sightline.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.sightline.core.countries.Countries;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.lexicon.Gazetteer;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.PatternMatcher;
import org.sightline.core.extract.text.SentenceSplitter;
import org.sightline.core.extract.text.TextNormaliser;
import org.sightline.core.model.Organization;

/**
 * Measures extraction speed on generated news-like text: documents of a few kilobytes assembled at
 * random (fixed seed) from the corpus paragraphs and neutral filler of core's {@code
 * sample-news.txt} ({@link org.sightline.core.extract.SampleNews}), about one paragraph in four
 * about the surveillance trade. Times the full pipeline, the multi-pattern scan alone, and
 * normalisation plus sentence splitting, each on one thread, and reports MB/s of UTF-8 text. A
 * measurement, not a test: {@code bench extract} runs it.
 */
final class ExtractionThroughput {
  /**
   * Throughput of one stage in MB/s over several timed rounds: by the thread's CPU time (best and
   * slowest round), and by the wall clock (best round), which other processes on a shared machine
   * slow down.
   */
  record Rate(double best, double worst, double wallBest) {}

  /** A stage timed beside the pipeline: it processes the documents and returns a checksum. */
  interface Stage {
    long run(List<String> docs);
  }

  /** Throughput figures for one run; {@code baseline} is null when no peer stage was timed. */
  record Result(
      long bytes,
      int documents,
      long candidates,
      int rounds,
      int warmups,
      long lastWarmupCompileMillis,
      Rate pipeline,
      Rate scan,
      Rate seg,
      Rate baseline) {
    double pipelineMbPerSecond() {
      return pipeline.best();
    }

    double scanMbPerSecond() {
      return scan.best();
    }

    String render() {
      return String.format(
          Locale.ROOT,
          "text %.1f MB in %d documents, %d candidates%n"
              + "warm-up: %d passes, the last with %d ms of JIT compiling%n"
              + "MB/s per thread by CPU time: best of %d interleaved rounds (slowest; best by wall"
              + " clock)%n"
              + "full pipeline        %8.1f MB/s per thread (%.1f; wall %.1f)%n"
              + "multi-pattern scan   %8.1f MB/s per thread (%.1f; wall %.1f)%n"
              + "normalise + sentences%8.1f MB/s per thread (%.1f; wall %.1f)%n"
              + "pipeline / scan      %8.2f (wall %.2f)",
          bytes / 1e6,
          documents,
          candidates,
          warmups,
          lastWarmupCompileMillis,
          rounds,
          pipeline.best(),
          pipeline.worst(),
          pipeline.wallBest(),
          scan.best(),
          scan.worst(),
          scan.wallBest(),
          seg.best(),
          seg.worst(),
          seg.wallBest(),
          pipeline.best() / scan.best(),
          pipeline.wallBest() / scan.wallBest());
    }
  }

  /** Warm-up passes before any timing: at least this many, as before. */
  static final int MIN_WARMUP_PASSES = 2;

  /** Warm-up passes at most, whether or not the compilers have settled. */
  static final int MAX_WARMUP_PASSES = 12;

  /** A warm-up pass during which the compilers worked less than this ends the warm-up. */
  static final long QUIET_PASS_COMPILE_MILLIS = 100;

  private ExtractionThroughput() {}

  /**
   * Runs each measurement after warm-up passes over the same documents, then times {@code rounds}
   * rounds of the three stages interleaved, so that load from other processes on a shared machine
   * falls on all of them alike; the best round of each stage is its figure, the slowest its range.
   */
  static Result measure(
      List<Organization> organizations, List<String> docs, int rounds, Stage baseline) {
    Extractor extractor = new Extractor(organizations);
    // The scan alone, over the same patterns the extractor compiles for these organizations.
    Gazetteer gazetteer = Gazetteer.build(Countries.bundled(), organizations, Lexicon.bundled());
    long bytes = 0;
    for (String d : docs) {
      bytes += d.getBytes(StandardCharsets.UTF_8).length;
    }
    long candidates = 0;
    long sink = 0;
    // Warm-up: whole passes of every stage until one leaves the JIT compilers nearly idle. The
    // optimising compiler takes seconds over the pipeline's largest methods (ADR 0032), so a fixed
    // two passes measured a 5 MB corpus on partly compiled code and a 10 MB one less so: the
    // figures of two corpora differed by how far the compiler had got, not by their text.
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long compiled = compileMillis(jit);
    long lastPassCompile = -1;
    int warmups = 0;
    while (warmups < MIN_WARMUP_PASSES
        || (warmups < MAX_WARMUP_PASSES && lastPassCompile >= QUIET_PASS_COMPILE_MILLIS)) {
      candidates = pipelinePass(extractor, docs);
      sink += scanPass(gazetteer, docs) + segmentationPass(docs);
      sink += baseline == null ? 0 : baseline.run(docs);
      long now = compileMillis(jit);
      lastPassCompile = now < 0 ? 0 : now - compiled;
      compiled = now;
      warmups++;
    }
    Timer pipeline = new Timer(bytes, rounds);
    Timer scan = new Timer(bytes, rounds);
    Timer seg = new Timer(bytes, rounds);
    Timer peer = new Timer(bytes, rounds);
    for (int r = 0; r < rounds; r++) {
      if (baseline != null) {
        peer.start();
        sink += baseline.run(docs);
        peer.stop();
      }
      pipeline.start();
      sink += pipelinePass(extractor, docs);
      pipeline.stop();
      scan.start();
      sink += scanPass(gazetteer, docs);
      scan.stop();
      seg.start();
      sink += segmentationPass(docs);
      seg.stop();
    }
    if (sink == 42) {
      System.out.print(""); // keeps the JIT from discarding the work
    }
    return new Result(
        bytes,
        docs.size(),
        candidates,
        rounds,
        warmups,
        lastPassCompile,
        pipeline.rate(),
        scan.rate(),
        seg.rate(),
        baseline == null ? null : peer.rate());
  }

  /**
   * Times rounds of one stage on the calling thread by CPU time and by wall clock. CPU time is what
   * "per thread" means, and unlike the wall clock it does not count the time the thread waits for a
   * core that other processes hold.
   */
  static final class Timer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long bytes;
    private final double[] cpu;
    private final double[] wall;
    private int done;
    private long cpu0;
    private long wall0;

    Timer(long bytes, int rounds) {
      this.bytes = bytes;
      this.cpu = new double[rounds];
      this.wall = new double[rounds];
    }

    void start() {
      wall0 = System.nanoTime();
      cpu0 = THREADS.getCurrentThreadCpuTime();
    }

    void stop() {
      long c = THREADS.getCurrentThreadCpuTime() - cpu0;
      long w = System.nanoTime() - wall0;
      cpu[done] = bytes / 1e6 / (c / 1e9);
      wall[done] = bytes / 1e6 / (w / 1e9);
      done++;
    }

    Rate rate() {
      double best = 0;
      double worst = Double.MAX_VALUE;
      double wallBest = 0;
      for (int r = 0; r < done; r++) {
        best = Math.max(best, cpu[r]);
        worst = Math.min(worst, cpu[r]);
        wallBest = Math.max(wallBest, wall[r]);
      }
      return new Rate(best, worst, wallBest);
    }
  }

  private static long pipelinePass(Extractor extractor, List<String> docs) {
    long candidates = 0;
    for (String d : docs) {
      candidates += extractor.extract(d, null).size();
    }
    return candidates;
  }

  /** The JIT compilers' accumulated time in ms, or -1 where the JVM does not report it. */
  private static long compileMillis(CompilationMXBean jit) {
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : -1;
  }

  private static long scanPass(Gazetteer gazetteer, List<String> docs) {
    PatternMatcher.Hits hits = new PatternMatcher.Hits();
    long found = 0;
    for (String d : docs) {
      hits.clear();
      gazetteer.matcher().scan(d, 0, d.length(), hits);
      found += hits.size();
    }
    return found;
  }

  private static long segmentationPass(List<String> docs) {
    long sentences = 0;
    for (String d : docs) {
      sentences += SentenceSplitter.split(TextNormaliser.normalise(d)).count();
    }
    return sentences;
  }
}
