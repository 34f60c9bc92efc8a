package org.sightline.app.extraction;

import org.sightline.app.cli.UserError;
import org.sightline.core.extract.Extractor;
import picocli.CommandLine.Option;

/**
 * {@code --min-confidence X}, the same option of {@code extract} and {@code eval}: candidates below
 * this confidence are dropped (rule 4 of the extraction spec).
 */
final class MinConfidence {
  @Option(
      names = "--min-confidence",
      paramLabel = "X",
      description = "drop candidates below this confidence (default ${DEFAULT-VALUE})")
  double value = Extractor.DEFAULT_MIN_CONFIDENCE;

  /** The value, refused with one line unless it lies between 0 and 1. */
  double checked() {
    if (value < 0 || value > 1) {
      throw new UserError("--min-confidence must be between 0 and 1, got " + value);
    }
    return value;
  }
}
