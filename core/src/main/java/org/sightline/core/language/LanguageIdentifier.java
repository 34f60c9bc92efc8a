package org.sightline.core.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Which language a document, and each of its paragraphs, is written in: OpenNLP's language detector
 * with its bundled 103-language model ({@code opennlp-models-langdetect}), answering ISO 639-1
 * codes ("en", "es", "fr", "pt"; a three-letter code where a language has no two-letter one) or
 * {@link #UNDETERMINED} for text too short to tell.
 *
 * <p>The model (10 MB) is read once, on first use; each thread gets its own detector over it.
 */
public final class LanguageIdentifier {
  /** ISO 639-2's code for "undetermined". */
  public static final String UNDETERMINED = "und";

  /** Fewer letters than this cannot be told apart reliably (a heading, a dateline). */
  static final int MIN_LETTERS = 40;

  /**
   * A paragraph's language is read from its beginning, and a document's from its first paragraphs:
   * the detector costs about a millisecond per call on this project's machine whatever the length
   * beyond a few hundred characters, and more text rarely changes its answer.
   */
  private static final int SAMPLE = 400;

  /** How much of a document {@link #identify} reads, at most (ADR 0028). */
  private static final int DOCUMENT_SAMPLE = 1_200;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private final ThreadLocal<LanguageDetectorME> detector;

  private LanguageIdentifier(LanguageDetectorModel model) {
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  /** The identifier over the bundled model, read on first use. */
  public static LanguageIdentifier bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final LanguageIdentifier INSTANCE = new LanguageIdentifier(readModel());
  }

  private static LanguageDetectorModel readModel() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException(
            "the language model langdetect-183.bin is missing: opennlp-models-langdetect must be"
                + " on the class path");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language model", e);
    }
  }

  /**
   * The language of most of the text (by characters, over its paragraphs), or {@link #UNDETERMINED}
   * when no part of it is long enough to tell.
   */
  public String identify(String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    Map<String, Integer> chars = new HashMap<>();
    int read = 0;
    for (int[] p : paragraphBounds(text)) {
      if (read >= DOCUMENT_SAMPLE) {
        break;
      }
      String language = ownLanguage(text.substring(p[0], p[1]));
      if (!UNDETERMINED.equals(language)) {
        chars.merge(language, p[1] - p[0], Integer::sum);
        read += Math.min(SAMPLE, p[1] - p[0]);
      }
    }
    return chars.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(UNDETERMINED);
  }

  /**
   * The text's paragraphs (separated by a blank line) with their languages. A paragraph too short
   * to tell (a dateline, a heading) takes the language of the paragraph before it, or, at the
   * start, of the first one after it that can be told.
   */
  public List<LanguageSpan> paragraphs(String text) {
    List<LanguageSpan> spans = new ArrayList<>();
    for (int[] p : paragraphBounds(text)) {
      spans.add(new LanguageSpan(p[0], p[1], ownLanguage(text.substring(p[0], p[1]))));
    }
    String carried =
        spans.stream()
            .map(LanguageSpan::language)
            .filter(l -> !UNDETERMINED.equals(l))
            .findFirst()
            .orElse(UNDETERMINED);
    for (int i = 0; i < spans.size(); i++) {
      LanguageSpan span = spans.get(i);
      if (UNDETERMINED.equals(span.language())) {
        spans.set(i, new LanguageSpan(span.start(), span.end(), carried));
      } else {
        carried = span.language();
      }
    }
    return spans;
  }

  /** Start and end of each paragraph that is not blank. */
  private static List<int[]> paragraphBounds(String text) {
    List<int[]> bounds = new ArrayList<>();
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (start < text.length()) {
      int end = m.find() ? m.start() : text.length();
      if (!text.substring(start, end).isBlank()) {
        bounds.add(new int[] {start, end});
      }
      start = end == text.length() ? end : m.end();
    }
    return bounds;
  }

  private String ownLanguage(String paragraph) {
    if (letters(paragraph) < MIN_LETTERS) {
      return UNDETERMINED;
    }
    String sample = paragraph.length() > SAMPLE ? paragraph.substring(0, SAMPLE) : paragraph;
    Language best = detector.get().predictLanguage(sample);
    return twoLetter(best.getLang());
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static String twoLetter(String threeLetter) {
    return TWO_LETTER.getOrDefault(threeLetter, threeLetter);
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
    }
    return Map.copyOf(codes);
  }
}
