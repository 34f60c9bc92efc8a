package org.sightline.core.extract.confidence.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.sightline.core.extract.confidence.tagger.SupplierTokens.Token;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.Term;
import org.sightline.core.model.Organization;
import org.sightline.core.registry.OrganizationNames;

/**
 * The features of each token for the supplier tagger: the word lower-cased, its shape, prefix and
 * suffix of three, capitals, whether it is inside a name of the register, a company noun or legal
 * form within two words, the words either side, and the sentence start.
 */
public final class TokenFeatures {
  private static final int NEAR = 2;
  // -DnoWord=true: leave out the token's own word and affixes (an ablation: names not memorised)
  private static final boolean NO_WORD = Boolean.getBoolean("noWord");
  private static final int LONGEST_NAME = 8;
  private final Lexicon lexicon;
  // the register's names and aliases as lower-case token lists, by their first token
  private final Map<String, List<List<String>>> register = new HashMap<>();

  public TokenFeatures(List<Organization> organizations, Lexicon lexicon) {
    this.lexicon = lexicon;
    for (Organization o : organizations) {
      addName(o.name());
      o.aliases().forEach(this::addName);
    }
  }

  private void addName(String name) {
    List<String> words = new ArrayList<>();
    for (Token t : SupplierTokens.tokenise(name, 0, name.length())) {
      words.add(t.text().toLowerCase(Locale.ROOT));
    }
    if (!words.isEmpty() && words.size() <= LONGEST_NAME) {
      register.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
    }
  }

  /** The feature names of every token of {@code sentence}, each set sorted. */
  public List<String[]> of(List<Token> sentence, Language language) {
    int n = sentence.size();
    String[] lower = new String[n];
    boolean[] company = new boolean[n];
    for (int i = 0; i < n; i++) {
      lower[i] = sentence.get(i).text().toLowerCase(Locale.ROOT);
      Term t = lexicon.word(lower[i], language);
      company[i] =
          OrganizationNames.LEGAL_SUFFIXES.contains(lower[i])
              || (t != null && (t.has(Term.F_ORGNOUN) || t.has(Term.F_ORGSUFFIX)));
    }
    boolean[] inRegister = registerMarks(lower);
    List<String[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String w = sentence.get(i).text();
      TreeSet<String> f = new TreeSet<>();
      f.add("bias");
      if (!NO_WORD) {
        f.add("w=" + lower[i]);
      }
      f.add("shape=" + shape(w));
      if (!NO_WORD && lower[i].length() > 3) {
        f.add("p3=" + lower[i].substring(0, 3));
        f.add("s3=" + lower[i].substring(lower[i].length() - 3));
      }
      if (Character.isUpperCase(w.charAt(0))) {
        f.add("cap");
      }
      if (w.length() > 1
          && w.equals(w.toUpperCase(Locale.ROOT))
          && Character.isLetter(w.charAt(0))) {
        f.add("allcaps");
      }
      if (inRegister[i]) {
        f.add("register");
      }
      if (company[i]) {
        f.add("company");
      }
      for (int d = 1; d <= NEAR; d++) {
        if (i - d >= 0 && company[i - d]) {
          f.add("company-before");
        }
        if (i + d < n && company[i + d]) {
          f.add("company-after");
        }
      }
      f.add("pw=" + (i > 0 ? lower[i - 1] : "<s>"));
      f.add("nw=" + (i + 1 < n ? lower[i + 1] : "</s>"));
      f.add("pshape=" + (i > 0 ? shape(sentence.get(i - 1).text()) : "<s>"));
      f.add("nshape=" + (i + 1 < n ? shape(sentence.get(i + 1).text()) : "</s>"));
      if (i == 0) {
        f.add("start");
      }
      out.add(f.toArray(new String[0]));
    }
    return out;
  }

  private boolean[] registerMarks(String[] lower) {
    boolean[] marks = new boolean[lower.length];
    for (int i = 0; i < lower.length; i++) {
      List<List<String>> names = register.get(lower[i]);
      if (names == null) {
        continue;
      }
      for (List<String> name : names) {
        if (i + name.size() <= lower.length && matches(lower, i, name)) {
          for (int k = 0; k < name.size(); k++) {
            marks[i + k] = true;
          }
        }
      }
    }
    return marks;
  }

  private static boolean matches(String[] lower, int i, List<String> name) {
    for (int k = 0; k < name.size(); k++) {
      if (!lower[i + k].equals(name.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The token's shape, runs of a class collapsed: "Hikvision" Xx, "ZTE" X, "300" d, "4G" dX. */
  static String shape(String w) {
    StringBuilder b = new StringBuilder();
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char k =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        b.append(k);
        last = k;
      }
    }
    return b.toString();
  }
}
