package org.sightline.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.sightline.core.schema.Checks;

/** Days typed by people: in a form, as a request parameter, or as a command option. */
public final class Days {
  private Days() {}

  /**
   * A day typed as {@code YYYY-MM-DD} (surrounding spaces ignored), or null when nothing was typed.
   * Anything else goes to {@code refuse} with the text as typed (stripped): a caller that throws
   * there stops; otherwise the day is null.
   */
  public static LocalDate optional(String text, Consumer<String> refuse) {
    String t = Checks.blankToNull(text);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      refuse.accept(t);
      return null;
    }
  }
}
