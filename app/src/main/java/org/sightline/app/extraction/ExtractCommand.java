package org.sightline.app.extraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sightline.app.cli.QuietLogging;
import org.sightline.app.cli.UserError;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.CandidateJson;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.intake.DocumentIntake;
import org.sightline.core.extract.intake.DocumentText;
import org.sightline.core.extract.intake.IntakeException;
import org.sightline.store.ingest.StarterData;
import picocli.CommandLine.Command;
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
    mixinStandardHelpOptions = true,
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

  @Option(
      names = "--min-confidence",
      paramLabel = "X",
      description = "drop candidates below this confidence (default ${DEFAULT-VALUE})")
  double minConfidence = Extractor.DEFAULT_MIN_CONFIDENCE;

  @Override
  public Integer call() throws IOException {
    QuietLogging.apply();
    LocalDate date = parseDate(docDate);
    if (minConfidence < 0 || minConfidence > 1) {
      throw new UserError("--min-confidence must be between 0 and 1, got " + minConfidence);
    }
    DocumentIntake intake = new DocumentIntake();
    Extractor extractor = new Extractor(StarterData.organizations());
    PrintWriter out = spec.commandLine().getOut();
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    for (String input : inputs) {
      DocumentText doc = read(intake, input);
      String docId = input.equals("-") ? "stdin" : Path.of(input).getFileName().toString();
      for (Candidate c : extractor.extract(doc.text(), date, minConfidence)) {
        out.println(CandidateJson.toJsonLine(docId, c));
      }
    }
    out.flush();
    return 0;
  }

  private static DocumentText read(DocumentIntake intake, String input) throws IOException {
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
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserError("--doc-date must be YYYY-MM-DD, got '" + text + "'");
    }
  }
}
