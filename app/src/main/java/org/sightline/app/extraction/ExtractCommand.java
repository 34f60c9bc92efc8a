package org.sightline.app.extraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sightline.app.cli.QuietLogging;
import org.sightline.app.cli.UserError;
import org.sightline.app.web.Days;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.CandidateJson;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.intake.DocumentIntake;
import org.sightline.core.extract.intake.DocumentText;
import org.sightline.core.extract.intake.IntakeException;
import org.sightline.store.ingest.StarterData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sightline extract}: documents in, candidate transfers out as JSON Lines. Reads nothing but
 * its inputs and the bundled starter organizations, and writes only to stdout, so it works on a
 * fresh checkout with no server and never touches the register.
 */
@Command(
    name = "extract",
    description =
        "Extract candidate transfers from .txt, .html or .pdf files (or - for text on stdin)"
            + " as JSON Lines on stdout.")
public class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "documents; - or none = stdin")
  List<String> files = List.of();

  @Option(
      names = "--doc-date",
      paramLabel = "YYYY-MM-DD",
      description = "publication date, to resolve relative dates such as 'last year'")
  String docDate;

  @Mixin MinConfidence minConfidence;

  @Override
  public Integer call() throws IOException {
    QuietLogging.apply();
    LocalDate date = parseDate(docDate);
    minConfidence.checked();
    DocumentIntake intake = new DocumentIntake();
    Extractor extractor = new Extractor(StarterData.organizations());
    PrintWriter out = spec.commandLine().getOut();
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    if (inputs.size() == 1) {
      printCandidates(out, inputs.get(0), extract(intake, extractor, inputs.get(0), date));
    } else {
      extractInParallel(intake, extractor, inputs, date, out);
    }
    out.flush();
    return 0;
  }

  /**
   * Many documents are read and extracted on every core (the extractor is thread-safe), and printed
   * in the order given; a bounded window keeps memory flat. The first unreadable file stops the run
   * with its one-line error, as it would one at a time.
   */
  private void extractInParallel(
      DocumentIntake intake,
      Extractor extractor,
      List<String> inputs,
      LocalDate date,
      PrintWriter out) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<List<Candidate>>> window = new ArrayDeque<>();
      int next = 0;
      int printed = 0;
      while (printed < inputs.size()) {
        while (next < inputs.size() && window.size() < threads * 16) {
          String input = inputs.get(next++);
          window.add(pool.submit(() -> extract(intake, extractor, input, date)));
        }
        printCandidates(out, inputs.get(printed++), await(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Candidate> await(Future<List<Candidate>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new UserError(e.getCause().getMessage());
    }
  }

  private List<Candidate> extract(
      DocumentIntake intake, Extractor extractor, String input, LocalDate date) {
    return extractor.extract(read(intake, input).text(), date, minConfidence.value);
  }

  private static void printCandidates(PrintWriter out, String input, List<Candidate> found) {
    String docId = input.equals("-") ? "stdin" : String.valueOf(Path.of(input).getFileName());
    for (Candidate c : found) {
      out.println(CandidateJson.toJsonLine(docId, c));
    }
  }

  private static DocumentText read(DocumentIntake intake, String input) {
    try {
      if (input.equals("-")) {
        return intake.read(System.in, "stdin.txt");
      }
      return intake.read(Path.of(input));
    } catch (IntakeException e) {
      throw new UserError(input + ": " + e.getMessage());
    }
  }

  static LocalDate parseDate(String text) {
    return Days.optional(
        text,
        typed -> {
          throw new UserError("--doc-date must be YYYY-MM-DD, got '" + text + "'");
        });
  }
}
