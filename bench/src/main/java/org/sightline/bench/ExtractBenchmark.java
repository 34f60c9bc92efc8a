package org.sightline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.sightline.core.extract.SampleNews;
import org.sightline.store.ingest.StarterData;

/**
 * Extraction throughput per thread on generated news-like text: the full pipeline, the
 * multi-pattern scan alone, and, as the peer baseline on the same text in the same run, Apache
 * OpenNLP's sentence detector plus tokenizer (English UD-EWT models). OpenNLP is a dependency of
 * this benchmark only.
 */
public final class ExtractBenchmark {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** Timed rounds per stage: the machine is shared, so the best of several is reported. */
  private static final int ROUNDS = 3;

  private ExtractBenchmark() {}

  public static void main(String[] args) throws IOException {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 100;
    List<String> docs = SampleNews.generate(megabytes * 1_000_000L, 7);
    ExtractionThroughput.Result ours =
        ExtractionThroughput.measure(StarterData.organizations(), docs, ROUNDS);
    System.out.println(ours.render());

    double opennlp = openNlpMegabytesPerSecond(docs, ours.bytes());
    System.out.printf(
        Locale.ROOT,
        "OpenNLP sentences + tokens %6.1f MB/s per thread%n"
            + "pipeline / OpenNLP   %8.2f (aim >= 5)%n"
            + "pipeline / scan      %8.2f (aim >= 0.3)%n",
        opennlp,
        ours.pipelineMbPerSecond() / opennlp,
        ours.pipelineMbPerSecond() / ours.scanMbPerSecond());
  }

  /** One warm-up pass, then a timed pass over the same documents (by CPU time, as ours). */
  static double openNlpMegabytesPerSecond(List<String> docs, long bytes) throws IOException {
    SentenceDetectorME sentences = new SentenceDetectorME(new SentenceModel(model(SENTENCE_MODEL)));
    TokenizerME tokens = new TokenizerME(new TokenizerModel(model(TOKEN_MODEL)));
    long sink = 0;
    ExtractionThroughput.Timer timer = new ExtractionThroughput.Timer(bytes, 1);
    for (int pass = 0; pass < 2; pass++) {
      if (pass == 1) {
        timer.start();
      }
      for (String d : docs) {
        for (String sentence : sentences.sentDetect(d)) {
          sink += tokens.tokenize(sentence).length;
        }
      }
    }
    timer.stop();
    ExtractionThroughput.Rate rate = timer.rate();
    System.out.printf(
        Locale.ROOT, "OpenNLP tokens: %,d (wall clock %.1f MB/s)%n", sink / 2, rate.wallBest());
    return rate.best();
  }

  private static InputStream model(String resource) {
    InputStream in = ExtractBenchmark.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
    }
    return in;
  }
}
