package org.sightline.core.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a document shows of itself, for when its submitter gave none: a full date at its head
 * ("Published 4 March 2025", "March 4, 2025", "2025-03-04") or a dateline with a year ("NAIROBI,
 * March 4, 2025 —"). And the relative dates ("last month", "in January") that cannot be placed in
 * time without one, so that the curator can be told so instead of them being dropped silently.
 */
public final class DocumentDates {
  /** How far into the text a date still counts as the document's own (its head or dateline). */
  static final int HEAD = 300;

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /** "NAIROBI, March 4 —": a dateline without a year. */
  private static final Pattern DATELINE_NO_YEAR =
      Pattern.compile(
          "^\\s*[\\p{Lu}][\\p{Lu} .'-]+, " + MONTH + " (\\d{1,2})\\s*[\\u2014\\u2013-]");

  private DocumentDates() {}

  /** A full date the document shows at its head, with the words it was read from. */
  public record Shown(LocalDate date, String words) {}

  public static Optional<Shown> shownDate(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    List<Shown> found = new ArrayList<>();
    Matcher m = DAY_MONTH_YEAR.matcher(head);
    if (m.find()) {
      date(m.group(3), m.group(2), m.group(1), m.group(), m.start()).ifPresent(found::add);
    }
    m = MONTH_DAY_YEAR.matcher(head);
    if (m.find()) {
      date(m.group(3), m.group(1), m.group(2), m.group(), m.start()).ifPresent(found::add);
    }
    m = ISO.matcher(head);
    if (m.find()) {
      try {
        found.add(
            new Shown(
                LocalDate.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))),
                m.group()));
      } catch (DateTimeException e) {
        // not a date after all
      }
    }
    // The first one in the text is the document's.
    return found.stream().min((a, b) -> head.indexOf(a.words()) - head.indexOf(b.words()));
  }

  /** A dateline's month and day when it gives no year ("NAIROBI, March 4 —"), as written. */
  public static Optional<String> datelineWithoutYear(String text) {
    Matcher m = DATELINE_NO_YEAR.matcher(text);
    return m.find() ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
  }

  /**
   * The phrases that would be dates if the document's date were known ("last month", "in January",
   * "two years ago"), in text order: what extraction cannot place without one.
   */
  public static List<String> needingADate(String text) {
    List<String> out = new ArrayList<>();
    String norm = TextNormaliser.normalise(text);
    LocalDate someDay = LocalDate.of(2000, 6, 15);
    Segments seg = SentenceSplitter.split(norm);
    for (int i = 0; i < seg.count(); i++) {
      int from = seg.start(i);
      int to = seg.end(i);
      while (from < to) {
        DateResolver.YearMonth ym = DateResolver.find(norm, from, to, someDay);
        if (ym == null || ym.end() <= from) {
          break;
        }
        String words = norm.substring(ym.start(), ym.end());
        if (words.chars().noneMatch(Character::isDigit) && !out.contains(words)) {
          out.add(words);
        }
        from = ym.end();
      }
    }
    return out;
  }

  private static Optional<Shown> date(
      String year, String month, String day, String words, int start) {
    String m = month.toLowerCase(Locale.ROOT).replace(".", "");
    String[] names = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < names.length; i++) {
      if (m.startsWith(names[i])) {
        try {
          return Optional.of(
              new Shown(LocalDate.of(Integer.parseInt(year), i + 1, Integer.parseInt(day)), words));
        } catch (DateTimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
