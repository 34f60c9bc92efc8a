package org.sightline.core.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises organization names so that the spellings sources use for one company compare equal:
 * "Huawei Technologies Co., Ltd.", "HUAWEI" and "Huawei Technologies" all have the key {@code
 * huawei}. Case, accents, punctuation and trailing legal-form words are ignored. Used to link
 * suppliers to organizations, by name search, and (later) by screening and extraction.
 */
public final class OrganizationNames {

  /**
   * Words that describe a legal form or a corporate wrapper rather than the company; removed from
   * the end of a name, repeatedly ("Co., Ltd." loses both), but never down to nothing.
   */
  public static final Set<String> LEGAL_SUFFIXES =
      Set.of(
          "co",
          "company",
          "corp",
          "corporation",
          "inc",
          "incorporated",
          "ltd",
          "limited",
          "llc",
          "llp",
          "lp",
          "plc",
          "gmbh",
          "ag",
          "kg",
          "sa",
          "sas",
          "sarl",
          "srl",
          "ltda",
          "eireli",
          "sl",
          "sac",
          "spa",
          "bv",
          "nv",
          "ab",
          "oy",
          "oyj",
          "as",
          "asa",
          "pte",
          "pty",
          "kk",
          "jsc",
          "pjsc",
          "ojsc",
          "group",
          "holding",
          "holdings",
          "technologies",
          "technology",
          "international",
          "intl");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern JOINERS = Pattern.compile("[.'’`]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private OrganizationNames() {}

  /**
   * The comparison key of a name: lower case, no accents, words separated by single spaces, legal
   * suffixes and a leading "the" removed. Empty for a blank name.
   */
  public static String key(String name) {
    List<String> words = words(name);
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    while (words.size() > 1 && LEGAL_SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  /** True when two names have the same key (and neither is blank). */
  public static boolean sameOrganization(String a, String b) {
    String ka = key(a);
    return !ka.isEmpty() && ka.equals(key(b));
  }

  /** The name's words after case folding, accent and punctuation removal (suffixes kept). */
  public static List<String> words(String name) {
    if (name == null) {
      return new ArrayList<>();
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    // "S.A." and "O'Brien" are one word each; other punctuation separates words.
    s = JOINERS.matcher(s).replaceAll("");
    s = NOT_WORD.matcher(s).replaceAll(" ").trim();
    return s.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(s.split(" ")));
  }
}
