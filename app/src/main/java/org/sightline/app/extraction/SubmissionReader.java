package org.sightline.app.extraction;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.sightline.app.web.Days;
import org.sightline.core.extract.intake.DocumentIntake;
import org.sightline.core.extract.intake.DocumentText;
import org.sightline.core.extract.intake.IntakeException;
import org.sightline.core.schema.Checks;

/**
 * Reads a {@link ExtractionService.Submission}: its text within the size limit, its date and its
 * address, each refused with one clear line ({@link DocumentRejected}).
 */
record SubmissionReader(long maxBytes) {
  DocumentText read(ExtractionService.Submission s) {
    try {
      if (s.file() != null) {
        if (s.file().length > maxBytes) {
          throw tooLarge(s.fileName(), s.file().length);
        }
        return new DocumentIntake(maxBytes).read(s.file(), s.fileName());
      }
      String text = s.text();
      if (text == null || text.isBlank()) {
        throw new DocumentRejected("the text is empty: paste a text or upload a file", false);
      }
      long bytes = text.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > maxBytes) {
        throw tooLarge("the text", bytes);
      }
      if (text.indexOf('\u0000') >= 0) {
        throw new DocumentRejected("the text contains NUL characters: it looks binary", false);
      }
      // The pasted-text check counts two bytes a character; the limit above is the real one.
      return new DocumentIntake(4 * maxBytes).pasted(text);
    } catch (IntakeException e) {
      boolean large = e.getMessage() != null && e.getMessage().contains("too large");
      throw new DocumentRejected(e.getMessage(), large);
    }
  }

  private DocumentRejected tooLarge(String what, long bytes) {
    return new DocumentRejected(
        String.format(
            Locale.ROOT,
            "%s is too large (%.1f MB; the limit is %.1f MB)",
            what == null ? "the file" : what,
            bytes / 1048576.0,
            maxBytes / 1048576.0),
        true);
  }

  static LocalDate docDate(String text) {
    return Days.optional(
        text,
        typed -> {
          throw new DocumentRejected("doc_date must be YYYY-MM-DD, got '" + typed + "'", false);
        });
  }

  static String url(String text) {
    String t = Checks.blankToNull(text);
    if (t == null || (Checks.isWebUrl(t) && t.length() <= Checks.MAX_URL)) {
      return t;
    }
    throw new DocumentRejected(
        "url must be an http(s) address of at most " + Checks.MAX_URL + " characters", false);
  }
}
