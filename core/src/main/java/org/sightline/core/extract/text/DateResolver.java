package org.sightline.core.extract.text;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds the year (and month) a sentence talks about: "in 2019", "March 2018", "since 2015", and
 * relative dates resolved against the document date: "last year", "this year", "this month", "last
 * month", "next year", "two years ago", "in March", "March last year". Returns the first date found
 * in the span; 0 when there is none. A date that bounds another event ("before the 2021 coup") or
 * dates a report ("published last year") is not the date of what the sentence states, and is
 * skipped.
 */
public final class DateResolver {
  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  /** A year with an optional month (0 when unknown), and where it was found. */
  public record YearMonth(int year, int month, int start, int end) {}

  private DateResolver() {}

  /**
   * The first date in text[from, to), or null, for a text in Spanish, French or Portuguese too when
   * {@code otherLanguage} ({@link ForeignDates}: "marzo de 2019" begins before the year the English
   * rules find in it).
   */
  public static YearMonth find(
      String text, int from, int to, LocalDate docDate, boolean otherLanguage) {
    YearMonth ym = find(text, from, to, docDate);
    if (otherLanguage) {
      YearMonth written = ForeignDates.find(text, from, to, docDate);
      if (written != null && (ym == null || written.start() <= ym.start())) {
        return written;
      }
    }
    return ym;
  }

  /** The first date in text[from, to), or null. {@code docDate} may be null. */
  public static YearMonth find(String text, int from, int to, LocalDate docDate) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        if ((i == from || !Character.isLetterOrDigit(text.charAt(i - 1))) && i + 4 <= to) {
          int year = year(text, i, to);
          if (year > 0 && !isMoneyOrCount(text, i, from) && !isOtherEvent(text, i, from)) {
            int month = monthBefore(text, i, from);
            return new YearMonth(year, month, i, i + 4);
          }
        }
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
      } else if (docDate != null
          && Character.isLetter(c)
          && (i == from || !Character.isLetter(text.charAt(i - 1)))) {
        YearMonth r = Character.isUpperCase(c) ? monthOnly(text, i, from, to, docDate) : null;
        if (r == null && (c == 'l' || c == 't' || c == 'n' || c == 'L' || c == 'T' || c == 'N')) {
          r = relative(text, i, to, docDate);
        }
        if (r == null && (c == 'y' || c == 'Y')) {
          r = yearsAgo(text, i, from, to, docDate);
        }
        if (r != null && !isOtherEvent(text, i, from)) {
          return r;
        }
      }
    }
    return null;
  }

  private static int year(String text, int i, int to) {
    for (int k = 0; k < 4; k++) {
      if (!Character.isDigit(text.charAt(i + k))) {
        return 0;
      }
    }
    if (i + 4 < to
        && (Character.isLetterOrDigit(text.charAt(i + 4))
            || text.charAt(i + 4) == ',' && i + 5 < to && Character.isDigit(text.charAt(i + 5)))) {
      return 0;
    }
    int y = Integer.parseInt(text.substring(i, i + 4));
    return y >= 1980 && y <= 2040 ? y : 0;
  }

  private static boolean isMoneyOrCount(String text, int i, int from) {
    if (i > from) {
      char p = text.charAt(i - 1);
      return p == '$' || p == '€' || p == '£' || p == ',' || p == '.';
    }
    return false;
  }

  private static final java.util.Set<String> NOT_THE_EVENT =
      java.util.Set.of(
          "before",
          "after",
          "until",
          "published",
          "reported",
          "said",
          "announced",
          "revealed",
          "told",
          "wrote",
          "filed",
          "released",
          "elected",
          "founded",
          "ahead");

  /**
   * "before the 2021 coup", "ahead of the 2021 election", "published last year": the word before
   * the date (skipping "the", "in", "of", "on", "earlier", "late") ties it to another event.
   */
  private static boolean isOtherEvent(String text, int dateStart, int from) {
    int e = dateStart;
    for (int k = 0; k < 3; k++) {
      while (e > from && text.charAt(e - 1) == ' ') {
        e--;
      }
      int s = e;
      while (s > from && Character.isLetter(text.charAt(s - 1))) {
        s--;
      }
      if (s == e) {
        return false;
      }
      String w = text.substring(s, e).toLowerCase(Locale.ROOT);
      if (NOT_THE_EVENT.contains(w)) {
        return true;
      }
      if (!(w.equals("the")
          || w.equals("in")
          || w.equals("of")
          || w.equals("on")
          || w.equals("earlier")
          || w.equals("late")
          || w.equals("early"))) {
        return false;
      }
      e = s;
    }
    return false;
  }

  private static final String[] COUNTS = {
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  /** "two years ago", "3 years ago", "a year ago" at the word "year(s)". */
  private static YearMonth yearsAgo(String text, int i, int from, int to, LocalDate d) {
    String rest = text.substring(i, Math.min(to, i + 10)).toLowerCase(Locale.ROOT);
    if (!rest.startsWith("years ago") && !rest.startsWith("year ago")) {
      return null;
    }
    int e = i;
    while (e > from && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > from && Character.isLetterOrDigit(text.charAt(s - 1))) {
      s--;
    }
    String w = text.substring(s, e).toLowerCase(Locale.ROOT);
    int n = -1;
    for (int k = 0; k < COUNTS.length; k++) {
      if (COUNTS[k].equals(w)) {
        n = Math.max(k, 1);
      }
    }
    if (n < 0 && !w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit)) {
      n = Integer.parseInt(w);
    }
    if (n < 0) {
      return null;
    }
    return new YearMonth(d.getYear() - n, 0, s, i + (rest.startsWith("years") ? 9 : 8));
  }

  /**
   * "in March" (no year: the last March up to the document date), "March last year", "March this
   * year". A month followed by a year is left to the year rule.
   */
  private static YearMonth monthOnly(String text, int i, int from, int to, LocalDate d) {
    int e = i;
    while (e < to && Character.isLetter(text.charAt(e))) {
      e++;
    }
    int month = fullMonth(text.substring(i, e).toLowerCase(Locale.ROOT));
    if (month == 0) {
      return null;
    }
    String after = text.substring(e, Math.min(to, e + 11)).toLowerCase(Locale.ROOT);
    if (after.startsWith(" last year")) {
      return new YearMonth(d.getYear() - 1, month, i, e + 10);
    }
    if (after.startsWith(" this year")) {
      return new YearMonth(d.getYear(), month, i, e + 10);
    }
    // "in March" / "since March", not followed by a day or a year
    int b = i;
    while (b > from && text.charAt(b - 1) == ' ') {
      b--;
    }
    String before = text.substring(Math.max(from, b - 5), b).toLowerCase(Locale.ROOT);
    boolean prep = before.endsWith(" in") || before.equals("in") || before.endsWith("since");
    if (!prep || (e + 1 < to && Character.isDigit(text.charAt(e + 1)))) {
      return null;
    }
    int year = month <= d.getMonthValue() ? d.getYear() : d.getYear() - 1;
    return new YearMonth(year, month, i, e);
  }

  /**
   * "on Aug. 26", "the Nov. 12 signing", "on 12 March": a month with a day and no year is the last
   * such month up to the document date.
   */
  private static YearMonth dayWithoutYear(
      String text, int i, int e, int from, int to, int month, LocalDate d) {
    int p = e;
    while (p < to && text.charAt(p) == ' ') {
      p++;
    }
    int q = p;
    while (q < to && Character.isDigit(text.charAt(q))) {
      q++;
    }
    boolean dayAfter =
        q > p && q - p <= 2 && (q == to || !Character.isLetterOrDigit(text.charAt(q)));
    if (dayAfter) {
      int r = q;
      while (r < to && (text.charAt(r) == ',' || text.charAt(r) == ' ')) {
        r++;
      }
      if (r + 4 <= to && year(text, r, to) > 0) {
        return null; // "Aug. 26, 2019": the year rule reads it
      }
    }
    boolean dayBefore = false;
    if (!dayAfter) {
      int b = i;
      while (b > from && text.charAt(b - 1) == ' ') {
        b--;
      }
      int a = b;
      while (a > from && Character.isDigit(text.charAt(a - 1))) {
        a--;
      }
      dayBefore =
          b > a
              && b - a <= 2
              && b < i
              && (a == from || !Character.isLetterOrDigit(text.charAt(a - 1)));
      if (dayBefore) {
        int r = e;
        while (r < to && (text.charAt(r) == ',' || text.charAt(r) == ' ')) {
          r++;
        }
        if (r + 4 <= to && year(text, r, to) > 0) {
          return null;
        }
      }
    }
    if (!dayAfter && !dayBefore) {
      return null;
    }
    if (text.regionMatches(true, dayAfter ? q : e, " last year", 0, 10)) {
      return new YearMonth(d.getYear() - 1, month, i, dayAfter ? q : e);
    }
    int year = month <= d.getMonthValue() ? d.getYear() : d.getYear() - 1;
    return new YearMonth(year, month, i, dayAfter ? q : e);
  }

  private static int monthBefore(String text, int yearStart, int from) {
    int e = yearStart - 1;
    while (e > from && (text.charAt(e) == ' ' || text.charAt(e) == ',')) {
      e--;
    }
    // "23 October 2018" -> skip nothing more; "October 23, 2018" -> skip the day
    int s = e;
    while (s >= from && Character.isDigit(text.charAt(s))) {
      s--;
    }
    if (s != e) {
      e = s;
      while (e > from && text.charAt(e) == ' ') {
        e--;
      }
    }
    if (e > from && text.charAt(e) == '.') {
      e--; // "Sept. 27, 2024"
    }
    int ws = e;
    while (ws > from && Character.isLetter(text.charAt(ws - 1))) {
      ws--;
    }
    if (ws > e) {
      return 0;
    }
    return monthNamed(text.substring(ws, e + 1).toLowerCase(Locale.ROOT));
  }

  /** 1-12 for a month's full name, else 0. */
  private static int fullMonth(String w) {
    return Arrays.asList(MONTHS).indexOf(w) + 1;
  }

  /** 1-12 for a month's name or its abbreviation ("Mar", "Sept"), else 0. */
  private static int monthNamed(String w) {
    for (int m = 0; m < 12; m++) {
      if (MONTHS[m].equals(w)
          || ((w.length() == 3 || w.equals("sept")) && MONTHS[m].startsWith(w))) {
        return m + 1;
      }
    }
    return 0;
  }

  private static final java.util.regex.Pattern THIS_WEEK =
      java.util.regex.Pattern.compile(
          "(?iu)(?<!\\p{L})(on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "|today|yesterday|this week"
              // Spanish: "este lunes", "el pasado martes", "esta semana", "hoy", "ayer"
              + "|(?:este|el|el pasado) (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
              + "|esta semana|hoy(?! en día)|ayer"
              // French: "ce jeudi", "mardi dernier", "cette semaine", "aujourd'hui", "hier"
              + "|ce (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
              + "|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier"
              + "|cette semaine|aujourd'hui|hier"
              // Portuguese: "nesta segunda-feira", "no sábado", "esta semana", "hoje", "ontem"
              + "|(?:nesta|nessa|na|esta|nesta última) (?:segunda|terça|quarta|quinta|sexta)-feira"
              + "|(?:neste|nesse|no|este|neste último) (?:sábado|domingo)"
              + "|nesta semana|hoje(?! em dia)|ontem)(?!\\p{L})");

  /**
   * The date of a statement that names none, from its document's date: annotators date news by the
   * report ("signed on Tuesday", "will start using", "has stopped using" in a report of 2020 is
   * 2020), and by its month too when the statement is of that week ("on Tuesday", "yesterday", and
   * in Spanish, French and Portuguese "este lunes", "ce jeudi", "nesta segunda-feira"). Null
   * without a document date. {@code spans} are the statement's sentences in {@code text}.
   */
  public static YearMonth ofDocument(LocalDate docDate, List<int[]> spans, String text) {
    if (docDate == null) {
      return null;
    }
    for (int[] s : spans) {
      java.util.regex.Matcher m = THIS_WEEK.matcher(text).region(s[0], s[1]);
      if (m.find()) {
        return new YearMonth(docDate.getYear(), docDate.getMonthValue(), m.start(), m.end());
      }
    }
    return new YearMonth(docDate.getYear(), 0, -1, -1);
  }

  /**
   * The month of a statement whose year is known but not its month, from its sentences: a day and a
   * month without a year ("on Aug. 26", "the Nov. 12 signing", "le 17 décembre", "à la mi-août"),
   * the last such month up to the document date, or the report's week ("on Tuesday", "ce jeudi"),
   * the document's month, when that falls in the statement's year; else null. It never changes a
   * year, so it is read after a candidate is dated and scored.
   */
  public static Integer monthOf(
      int year, LocalDate docDate, List<int[]> spans, String text, boolean otherLanguage) {
    if (docDate == null) {
      return null;
    }
    for (int[] s : spans) {
      YearMonth ym = otherLanguage ? ForeignDates.dayAndMonth(text, s[0], s[1], docDate) : null;
      if (ym == null) {
        ym = dayAndMonth(text, s[0], s[1], docDate);
      }
      if (ym == null && THIS_WEEK.matcher(text).region(s[0], s[1]).find()) {
        ym = new YearMonth(docDate.getYear(), docDate.getMonthValue(), -1, -1);
      }
      if (ym != null) {
        return ym.year() == year ? Integer.valueOf(ym.month()) : null;
      }
    }
    return null;
  }

  /** The first English month with a day and no year in text[from, to), or null. */
  private static YearMonth dayAndMonth(String text, int from, int to, LocalDate d) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c) && (i == from || !Character.isLetter(text.charAt(i - 1)))) {
        int e = i;
        while (e < to && Character.isLetter(text.charAt(e))) {
          e++;
        }
        String w = text.substring(i, e).toLowerCase(Locale.ROOT);
        int month = fullMonth(w);
        if (month == 0 && e < to && text.charAt(e) == '.' && w.length() >= 3) {
          month = monthNamed(w); // "Aug. 26"
          e++;
        }
        if (month > 0) {
          YearMonth ym = dayWithoutYear(text, i, e, from, to, month, d);
          if (ym != null) {
            return ym;
          }
        }
        i = e;
      }
    }
    return null;
  }

  private static YearMonth relative(String text, int i, int to, LocalDate d) {
    String[][] forms = {
      {"last year", "-1y"},
      {"this year", "0y"},
      {"next year", "+1y"},
      {"this month", "0m"},
      {"last month", "-1m"},
      {"earlier this year", "0y"},
      {"late last year", "-1y"}
    };
    for (String[] f : forms) {
      String phrase = f[0];
      if (i + phrase.length() <= to
          && text.regionMatches(true, i, phrase, 0, phrase.length())
          && (i + phrase.length() == to || !Character.isLetter(text.charAt(i + phrase.length())))) {
        return switch (f[1]) {
          case "-1y" -> new YearMonth(d.getYear() - 1, 0, i, i + phrase.length());
          case "0y" -> new YearMonth(d.getYear(), 0, i, i + phrase.length());
          case "+1y" -> new YearMonth(d.getYear() + 1, 0, i, i + phrase.length());
          case "0m" -> new YearMonth(d.getYear(), d.getMonthValue(), i, i + phrase.length());
          default -> {
            LocalDate p = d.minusMonths(1);
            yield new YearMonth(p.getYear(), p.getMonthValue(), i, i + phrase.length());
          }
        };
      }
    }
    return null;
  }
}
