package org.sightline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.sightline.core.extract.SampleNews;
import org.sightline.store.ingest.StarterData;

/**
 * Extraction throughput per thread: the full pipeline, the multi-pattern scan alone, and, as the
 * peer baseline on the same bytes in the same interleaved rounds, Apache OpenNLP's sentence
 * detector plus tokenizer (English UD-EWT models). On generated news-like text by default, or with
 * {@code --corpus FILE.jsonl|DIR} on real documents (the annotated texts, repeated), which are far
 * denser in names and cues. OpenNLP is a dependency of this benchmark only.
 */
public final class ExtractBenchmark {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** Timed rounds per stage: the machine is shared, so the best of several is reported. */
  private static final int ROUNDS = 3;

  private static final String USAGE =
      "usage: sightline bench extract [MB] [--corpus FILE.jsonl|DIR]"
          + " (MB of text: default 100 generated, 20 from a corpus)";

  private ExtractBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path corpus = null;
    Long megabytes = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--corpus") && i + 1 < args.length) {
        corpus = Path.of(args[++i]);
      } else if (args[i].matches("\\d+")) {
        megabytes = Long.parseLong(args[i]);
      } else {
        System.err.println(USAGE);
        System.exit(2);
      }
    }
    List<String> docs;
    if (corpus == null) {
      docs = SampleNews.generate((megabytes == null ? 100 : megabytes) * 1_000_000L, 7);
    } else {
      try {
        docs = RealTextCorpus.load(corpus, (megabytes == null ? 20 : megabytes) * 1_000_000L);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        System.err.println("sightline bench extract: " + e.getMessage());
        System.exit(1);
        return;
      }
      System.out.printf(
          Locale.ROOT,
          "real text from %s: %d distinct documents, repeated%n",
          corpus,
          RealTextCorpus.read(corpus).size());
    }
    ExtractionThroughput.Result ours =
        ExtractionThroughput.measure(StarterData.organizations(), docs, ROUNDS, openNlp());
    System.out.println(ours.render());
    ExtractionThroughput.Rate peer = ours.baseline();
    System.out.printf(
        Locale.ROOT,
        "OpenNLP sentences + tokens %6.1f MB/s per thread (%.1f; wall %.1f)%n"
            + "pipeline / OpenNLP   %8.2f (aim >= %s)%n"
            + "pipeline / scan      %8.2f (aim >= 0.3)%n",
        peer.best(),
        peer.worst(),
        peer.wallBest(),
        ours.pipelineMbPerSecond() / peer.best(),
        corpus == null ? "5" : "7",
        ours.pipelineMbPerSecond() / ours.scanMbPerSecond());
    if (corpus != null) {
      System.out.printf(
          Locale.ROOT,
          "full pipeline on real text %.1f MB/s per thread (aim >= 10)%n",
          ours.pipelineMbPerSecond());
    }
  }

  /** OpenNLP's sentence detector, then its tokenizer on each sentence; counts the tokens. */
  private static ExtractionThroughput.Stage openNlp() throws IOException {
    SentenceDetectorME sentences = new SentenceDetectorME(new SentenceModel(model(SENTENCE_MODEL)));
    TokenizerME tokens = new TokenizerME(new TokenizerModel(model(TOKEN_MODEL)));
    return docs -> {
      long n = 0;
      for (String d : docs) {
        for (String sentence : sentences.sentDetect(d)) {
          n += tokens.tokenize(sentence).length;
        }
      }
      return n;
    };
  }

  private static InputStream model(String resource) {
    InputStream in = ExtractBenchmark.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
    }
    return in;
  }
}
