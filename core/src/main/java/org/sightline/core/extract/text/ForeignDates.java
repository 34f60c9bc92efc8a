package org.sightline.core.extract.text;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Spanish, French and Portuguese texts write them, beside {@link DateResolver}'s English
 * rules: month names ("marzo de 2019", "mars 2019", "março de 2019"), a month alone ("en marzo",
 * "el pasado mes de marzo", "en mars", "em março": the last one up to the document date), "el año
 * pasado", "l'an dernier", "no ano passado", "este año", "cette année", "hace dos años", "il y a
 * deux ans", "há dois anos", resolved against the document date.
 */
public final class ForeignDates {
  private static final Map<String, Integer> MONTHS = months();
  private static final Map<String, Integer> COUNTS =
      Map.ofEntries(
          Map.entry("un", 1),
          Map.entry("una", 1),
          Map.entry("uno", 1),
          Map.entry("um", 1),
          Map.entry("uma", 1),
          Map.entry("dos", 2),
          Map.entry("deux", 2),
          Map.entry("dois", 2),
          Map.entry("duas", 2),
          Map.entry("tres", 3),
          Map.entry("trois", 3),
          Map.entry("três", 3),
          Map.entry("cuatro", 4),
          Map.entry("quatre", 4),
          Map.entry("quatro", 4),
          Map.entry("cinco", 5),
          Map.entry("cinq", 5));

  private static final String MONTH =
      "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
          + "|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
          + "|novembre|décembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
          + "|novembro|dezembro)";
  private static final Pattern DATES =
      Pattern.compile(
          "(?iu)\\b(?:"
              + MONTH
              + "(?: de| del)? ((?:19|20)\\d\\d)\\b" // 1, 2: month and year
              + "|(?:pasado mes de|mes de|mois de|mês de|en|em|au mois de|desde|depuis) "
              + MONTH
              + "\\b(?! de (?:19|20)\\d\\d| (?:19|20)\\d\\d| \\d)" // 3: month alone
              + "|(año pasado|pasado año|an dernier|année dernière|an passé|année passée"
              + "|ano passado)" // 4
              + "|(este año|cette année|este ano|en curso)" // 5
              + "|(?:hace|il y a|há) (\\d{1,2}|\\p{L}+) (?:años|ans|anos|année|ano)" // 6
              + ")");

  private ForeignDates() {}

  /**
   * A word every date above contains; the pattern, slow beside a scan of words, only runs from a
   * little before the first of them ("pasado mes de " is the longest run before one).
   */
  private static final java.util.Set<String> TRIGGERS = triggers();

  private static final int LONGEST_LEAD = 16;

  /** The first date in text[from, to), or null. {@code docDate} may be null. */
  public static DateResolver.YearMonth find(String text, int from, int to, LocalDate docDate) {
    int first = firstTrigger(text, from, to);
    if (first < 0) {
      return null;
    }
    int start = Math.max(from, first - LONGEST_LEAD);
    Matcher m = DATES.matcher(text);
    // The pattern is tried only where one of its leads begins a word (see Leads); that is where
    // find() would match, and it tries every position, most of a French sentence after "il".
    int p = start;
    while (true) {
      p = Leads.next(text, start, p, to);
      if (p == Leads.NONE) {
        return null;
      }
      if (p == Leads.UNSURE) {
        return eachMatch(m.region(start, to), docDate);
      }
      if (!m.region(p, to).lookingAt()) {
        p++;
        continue;
      }
      DateResolver.YearMonth ym = resolve(m, docDate);
      if (ym != null) {
        return ym;
      }
      p = m.end();
    }
  }

  /** {@link #find} by the pattern's own search: the reference the faster walk must equal. */
  static DateResolver.YearMonth findByPattern(String text, int from, int to, LocalDate docDate) {
    int first = firstTrigger(text, from, to);
    if (first < 0) {
      return null;
    }
    return eachMatch(DATES.matcher(text).region(Math.max(from, first - LONGEST_LEAD), to), docDate);
  }

  private static DateResolver.YearMonth eachMatch(Matcher m, LocalDate docDate) {
    while (m.find()) {
      DateResolver.YearMonth ym = resolve(m, docDate);
      if (ym != null) {
        return ym;
      }
    }
    return null;
  }

  /** The date a match of {@link #DATES} gives, or null where it needs what is missing. */
  private static DateResolver.YearMonth resolve(Matcher m, LocalDate docDate) {
    if (m.group(1) != null) {
      return new DateResolver.YearMonth(
          Integer.parseInt(m.group(2)), month(m.group(1)), m.start(), m.end());
    }
    if (docDate == null) {
      return null;
    }
    if (m.group(3) != null) {
      int month = month(m.group(3));
      int year = month <= docDate.getMonthValue() ? docDate.getYear() : docDate.getYear() - 1;
      return new DateResolver.YearMonth(year, month, m.start(), m.end());
    }
    if (m.group(4) != null) {
      return new DateResolver.YearMonth(docDate.getYear() - 1, 0, m.start(), m.end());
    }
    if (m.group(5) != null) {
      return new DateResolver.YearMonth(docDate.getYear(), 0, m.start(), m.end());
    }
    String n = m.group(6).toLowerCase(Locale.ROOT);
    Integer count =
        Character.isDigit(n.charAt(0)) ? Integer.valueOf(Integer.parseInt(n)) : COUNTS.get(n);
    if (count != null) {
      return new DateResolver.YearMonth(docDate.getYear() - count, 0, m.start(), m.end());
    }
    return null;
  }

  /**
   * A day or a part of a month before a month written without a year ("el 17 de diciembre", "le 3
   * mars", "à la mi-août", "fin mars", "a mediados de mayo", "em meados de julho"), as the last
   * such month up to the document date; null without one or without a document date. Only a month
   * for a statement whose year is already known: see {@link DateResolver#monthOf}.
   */
  static DateResolver.YearMonth dayAndMonth(String text, int from, int to, LocalDate docDate) {
    if (docDate == null) {
      return null;
    }
    int first = firstTrigger(text, from, to);
    if (first < 0) {
      return null;
    }
    Matcher m = DAY_AND_MONTH.matcher(text).region(Math.max(from, first - LONGEST_LEAD), to);
    if (!m.find()) {
      return null;
    }
    int month = month(m.group(1));
    int year = month <= docDate.getMonthValue() ? docDate.getYear() : docDate.getYear() - 1;
    return new DateResolver.YearMonth(year, month, m.start(), m.end());
  }

  private static final Pattern DAY_AND_MONTH =
      Pattern.compile(
          "(?iu)(?:\\b(?:principios de|inicios de|mediados de|finales de|fines de|début|fin"
              + "|início de|meados de|final de|fim de|fins de|\\d{1,2}(?:er|º)?(?: de)?) "
              + "|\\bmi-)"
              + MONTH
              + "\\b(?! de (?:19|20)\\d\\d| (?:19|20)\\d\\d| \\d| del año| de l'an"
              + "| de l'année| dernier| do ano)");

  /**
   * Where a match of {@link #DATES} may begin: at a word's start (after no letter, digit or '_', as
   * {@code \b} reads the character before), where the first three characters, case-folded as the
   * pattern folds them, begin one of the pattern's leads. A character beyond Latin-1 may fold into
   * a letter of Latin-1, so it counts as any. A mark or a surrogate before a word, which {@code \b}
   * reads with what precedes it, makes the walk unsure: the caller then runs the pattern's search.
   */
  private static final class Leads {
    static final int NONE = -1;
    static final int UNSURE = -2;

    /** Each lead's first three characters as one number (the pattern's every branch is longer). */
    private static final long[] KEYS = keys();

    private Leads() {}

    /** The first place at or after {@code p} a match may begin, or NONE, or UNSURE. */
    static int next(String text, int start, int p, int to) {
      for (; p + 3 <= to; p++) {
        char before = p > start ? text.charAt(p - 1) : ' ';
        if (before == '_' || Character.isLetterOrDigit(before) || !mayLead(text, p)) {
          continue;
        }
        return isMarkOrSurrogate(before) ? UNSURE : p;
      }
      return NONE;
    }

    private static boolean mayLead(String text, int p) {
      char a = text.charAt(p);
      char b = text.charAt(p + 1);
      char c = text.charAt(p + 2);
      if (a > 0xFF || b > 0xFF || c > 0xFF) {
        return true;
      }
      return java.util.Arrays.binarySearch(KEYS, key(fold(a), fold(b), fold(c))) >= 0;
    }

    private static boolean isMarkOrSurrogate(char c) {
      int type = Character.getType(c);
      return Character.isSurrogate(c)
          || type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
    }

    /** A character as {@code (?iu)} compares it. */
    private static char fold(char c) {
      return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static long key(char a, char b, char c) {
      return ((long) a << 32) | ((long) b << 16) | c;
    }

    private static long[] keys() {
      java.util.List<String> leads = new java.util.ArrayList<>(MONTHS.keySet());
      // the other branches' first words, with the space the pattern puts after a short one
      leads.addAll(
          java.util.List.of(
              "pasado ", "mes ", "mois ", "mês ", "en ", "em ", "au ", "desde ", "depuis ", "año ",
              "an ", "année ", "ano ", "este ", "cette ", "hace ", "il ", "há "));
      return leads.stream()
          .mapToLong(l -> key(fold(l.charAt(0)), fold(l.charAt(1)), fold(l.charAt(2))))
          .distinct()
          .sorted()
          .toArray();
    }
  }

  private static int firstTrigger(String text, int from, int to) {
    return LetterWords.scan(text, from, to, 2, 10, TRIGGERS);
  }

  private static java.util.Set<String> triggers() {
    java.util.Set<String> t = new java.util.HashSet<>(MONTHS.keySet());
    t.addAll(
        java.util.List.of(
            "año", "años", "an", "ans", "année", "ano", "anos", "hace", "il", "há", "curso"));
    return java.util.Set.copyOf(t);
  }

  /**
   * The month a name matched by the case-insensitive patterns gives. Each character is folded
   * through upper case as the pattern compares it, so a variant such as a long s ("ſeptembre") or a
   * Turkish dotted capital I finds its month instead of missing the table.
   */
  private static int month(String name) {
    StringBuilder folded = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      folded.append(Character.toLowerCase(Character.toUpperCase(name.charAt(i))));
    }
    Integer month = MONTHS.get(folded.toString());
    if (month == null) {
      throw new IllegalStateException("no month for a name the date pattern matched: " + name);
    }
    return month;
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"enero", "janvier", "janeiro"},
      {"febrero", "février", "fevereiro"},
      {"marzo", "mars", "março"},
      {"abril", "avril"},
      {"mayo", "mai", "maio"},
      {"junio", "juin", "junho"},
      {"julio", "juillet", "julho"},
      {"agosto", "août"},
      {"septiembre", "setiembre", "septembre", "setembro"},
      {"octubre", "octobre", "outubro"},
      {"noviembre", "novembre", "novembro"},
      {"diciembre", "décembre", "dezembro"}
    };
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
