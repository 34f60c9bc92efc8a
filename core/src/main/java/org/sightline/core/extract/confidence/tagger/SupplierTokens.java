package org.sightline.core.extract.confidence.tagger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.sightline.core.extract.text.Segments;
import org.sightline.core.extract.text.SentenceSplitter;
import org.sightline.core.extract.text.TextNormaliser;

/**
 * The words of a text as the supplier tagger reads them (ADR 0021, round 13): extraction's
 * normalised text and sentences, each sentence cut into runs of letters and digits and single
 * marks; and the BIO labels of a sentence given the supplier names its gold states.
 */
public final class SupplierTokens {
  /** Outside any name, beginning a name, inside a name. */
  public static final String O = "O";

  public static final String B = "B";
  public static final String I = "I";

  /** One word or mark, with its offsets into the normalised text. */
  public record Token(String text, int start, int end) {}

  private SupplierTokens() {}

  /** The sentences of {@code text} (normalised as extraction normalises it), each as tokens. */
  public static List<List<Token>> sentences(String text) {
    String norm = TextNormaliser.normalise(text);
    Segments seg = SentenceSplitter.split(norm);
    List<List<Token>> out = new ArrayList<>();
    for (int s = 0; s < seg.count(); s++) {
      List<Token> t = tokenise(norm, seg.start(s), seg.end(s));
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The tokens of {@code s} between {@code from} and {@code to}. */
  public static List<Token> tokenise(String s, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i;
        while (j < to && Character.isLetterOrDigit(s.charAt(j))) {
          j++;
        }
        out.add(new Token(s.substring(i, j), i, j));
        i = j;
      } else {
        out.add(new Token(String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return out;
  }

  /**
   * The BIO labels of {@code sentence}: every exact occurrence (same tokens, same case) of one of
   * {@code names} is a name, the longest first where two overlap.
   */
  public static String[] label(List<Token> sentence, Collection<String> names) {
    String[] labels = new String[sentence.size()];
    java.util.Arrays.fill(labels, O);
    List<List<String>> byLength = new ArrayList<>();
    for (String n : names) {
      List<String> words = new ArrayList<>();
      for (Token t : tokenise(n, 0, n.length())) {
        words.add(t.text());
      }
      if (!words.isEmpty()) {
        byLength.add(words);
      }
    }
    byLength.sort(Comparator.comparingInt((List<String> w) -> w.size()).reversed());
    for (List<String> words : byLength) {
      for (int i = 0; i + words.size() <= sentence.size(); i++) {
        if (occursAt(sentence, i, words, labels)) {
          labels[i] = B;
          for (int k = 1; k < words.size(); k++) {
            labels[i + k] = I;
          }
        }
      }
    }
    return labels;
  }

  private static boolean occursAt(List<Token> sentence, int i, List<String> words, String[] lab) {
    for (int k = 0; k < words.size(); k++) {
      if (!lab[i + k].equals(O) || !sentence.get(i + k).text().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The names a label sequence marks, as {start, end} token ranges (end exclusive). */
  public static List<int[]> spans(List<String> labels) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= labels.size(); i++) {
      String l = i < labels.size() ? labels.get(i) : O;
      boolean continues = l.equals(I) && start >= 0;
      if (start >= 0 && !continues) {
        out.add(new int[] {start, i});
        start = -1;
      }
      if (l.equals(B) || (l.equals(I) && start < 0)) {
        start = i;
      }
    }
    return out;
  }
}
