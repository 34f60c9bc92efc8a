package org.sightline.core.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

/**
 * The extraction lexicon: technology terms per category, transfer and status cues, hedges, head
 * nouns and verbs that tell a supplier from a recipient. Read from the bundled {@code lexicon.tsv};
 * a term listed twice gets the union of its tags.
 */
public final class Lexicon {
  private static volatile Lexicon bundled;
  // per language (by ordinal): its terms in file order, and by their text
  private final List<List<Term>> terms;
  private final List<Map<String, Term>> byWord;
  // per language: its prefix terms by their text without the '*', and which lengths they have
  private final List<Map<String, Term>> byPrefix;
  private final List<boolean[]> prefixLengths;
  // no prefix term is shorter than this ("doad*")
  private static final int MIN_PREFIX = 3;

  private Lexicon(List<Map<String, Term>> byLanguage) {
    List<List<Term>> t = new ArrayList<>();
    List<Map<String, Term>> w = new ArrayList<>();
    for (Map<String, Term> m : byLanguage) {
      t.add(List.copyOf(m.values()));
      w.add(m);
    }
    this.terms = List.copyOf(t);
    this.byWord = List.copyOf(w);
    List<Map<String, Term>> p = new ArrayList<>();
    List<boolean[]> lengths = new ArrayList<>();
    for (Map<String, Term> m : byLanguage) {
      Map<String, Term> prefixes = new HashMap<>();
      int longest = 0;
      for (Map.Entry<String, Term> e : m.entrySet()) {
        String k = e.getKey();
        if (k.endsWith("*")) {
          prefixes.put(k.substring(0, k.length() - 1), e.getValue());
          longest = Math.max(longest, k.length() - 1);
        }
      }
      boolean[] has = new boolean[longest + 1];
      prefixes.keySet().forEach(k -> has[k.length()] = true);
      p.add(prefixes);
      lengths.add(has);
    }
    this.byPrefix = List.copyOf(p);
    this.prefixLengths = List.copyOf(lengths);
  }

  public static Lexicon bundled() {
    Lexicon l = bundled;
    if (l == null) {
      try (InputStream in =
          Lexicon.class.getResourceAsStream("/org/sightline/core/extract/lexicon.tsv")) {
        if (in == null) {
          throw new IllegalStateException("lexicon.tsv is missing from the classpath");
        }
        String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        // the cue verbs' other forms, after the listed terms (whose tags they leave as they are)
        l = parse(tsv + "\n" + VerbForms.rows(parse(tsv)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = l;
    }
    return l;
  }

  /**
   * Parses the TSV format described in {@code lexicon.tsv}. Each language has its own terms: a term
   * listed for Spanish too ("drones") gets the union of its tags in Spanish only.
   */
  public static Lexicon parse(String tsv) {
    List<Map<String, Term>> byLanguage = new ArrayList<>();
    for (int i = 0; i < Language.values().length; i++) {
      byLanguage.add(new LinkedHashMap<>());
    }
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      String text = parts[0].trim().toLowerCase(Locale.ROOT);
      Set<TechnologyCategory> tech = EnumSet.noneOf(TechnologyCategory.class);
      int cue = 0;
      int hedge = 0;
      int flags = 0;
      int languages = Language.ALL;
      TransferStatus status = null;
      for (String tag : parts.length > 1 ? parts[1].trim().split("\\s+") : new String[0]) {
        int eq = tag.indexOf('=');
        String name = eq < 0 ? tag : tag.substring(0, eq);
        String value = eq < 0 ? "" : tag.substring(eq + 1);
        switch (name) {
          case "tech" -> {
            for (String k : value.split(",")) {
              tech.add(
                  TechnologyCategory.fromKey(k)
                      .orElseThrow(() -> new IllegalArgumentException("unknown technology " + k)));
            }
          }
          case "cue" -> cue = Integer.parseInt(value);
          case "hedge" -> hedge = Integer.parseInt(value);
          case "status" ->
              status =
                  TransferStatus.fromKey(value)
                      .orElseThrow(() -> new IllegalArgumentException("unknown status " + value));
          case "lang" -> languages = Language.mask(value);
          case "neg" -> flags |= Term.F_NEG;
          case "suphead" -> flags |= Term.F_SUPHEAD;
          case "rechead" -> flags |= Term.F_RECHEAD;
          case "supverb" -> flags |= Term.F_SUPVERB;
          case "recverb" -> flags |= Term.F_RECVERB;
          case "fin" -> flags |= Term.F_FIN;
          case "val" -> flags |= Term.F_VAL;
          case "noval" -> flags |= Term.F_NOVAL;
          case "ana" -> flags |= Term.F_ANA;
          case "organa" -> flags |= Term.F_ORGANA;
          case "orgnoun" -> flags |= Term.F_ORGNOUN;
          case "orgsuffix" -> flags |= Term.F_ORGSUFFIX;
          case "enduser" -> flags |= Term.F_ENDUSER;
          case "prospect" -> flags |= Term.F_PROSPECT;
          case "detected" -> flags |= Term.F_DETECTED;
          case "ranking" -> flags |= Term.F_RANKING;
          case "transit" -> flags |= Term.F_TRANSIT;
          case "addressee" -> flags |= Term.F_ADDRESSEE;
          case "sanction" -> flags |= Term.F_SANCTION;
          case "nodeal" -> flags |= Term.F_NO_DEAL;
          case "hearsay" -> flags |= Term.F_HEARSAY;
          default -> throw new IllegalArgumentException("unknown lexicon tag " + tag + ": " + line);
        }
      }
      for (Language l : Language.values()) {
        if ((languages & l.bit()) != 0) {
          Map<String, Term> merged = byLanguage.get(l.ordinal());
          merged.put(text, merge(merged.get(text), text, tech, cue, status, hedge, flags));
        }
      }
    }
    // The matcher reports one pattern per key, so "abc" and "abc*" cannot both be read, in any
    // language (all languages share one matcher).
    Set<String> all = new java.util.HashSet<>();
    byLanguage.forEach(terms -> all.addAll(terms.keySet()));
    for (String text : all) {
      if (text.endsWith("*") && all.contains(text.substring(0, text.length() - 1))) {
        throw new IllegalArgumentException(
            "lexicon terms '" + text + "' and its exact form overlap: keep one of them");
      }
    }
    return new Lexicon(byLanguage);
  }

  private static Term merge(
      Term old,
      String text,
      Set<TechnologyCategory> technologies,
      int cue,
      TransferStatus status,
      int hedge,
      int flags) {
    Set<TechnologyCategory> tech = EnumSet.noneOf(TechnologyCategory.class);
    tech.addAll(technologies);
    if (old != null) {
      tech.addAll(old.technologies());
      cue = Math.max(cue, old.cue());
      hedge = Math.max(hedge, old.hedge());
      flags |= old.flags();
      status = status == null ? old.status() : status;
    }
    return new Term(text, tech, cue, status, hedge, flags);
  }

  /** The English terms (read in every language unless a language's own term replaces them). */
  public List<Term> terms() {
    return terms.get(Language.EN.ordinal());
  }

  /** The terms read in a language. */
  public List<Term> terms(Language language) {
    return terms.get(language.ordinal());
  }

  /** The English term for a single lower-case word or phrase, or null. */
  public Term word(String lowerCase) {
    return word(lowerCase, Language.EN);
  }

  /**
   * The term for a single lower-case word or phrase in a language, or null. In Spanish, French and
   * Portuguese a word also finds the longest prefix term it begins with, as the matcher reads the
   * text ("empresa*" is the term of "empresa" and "empresas", "société*" of "sociétés"): their
   * nouns are listed so because they inflect. English reads exact terms only, as it always has.
   */
  public Term word(String lowerCase, Language language) {
    Map<String, Term> terms = byWord.get(language.ordinal());
    Term exact = terms.get(lowerCase);
    if (exact != null || language == Language.EN) {
      return exact;
    }
    // the longest prefix term first; only lengths some prefix term has are looked up
    Map<String, Term> prefixes = byPrefix.get(language.ordinal());
    boolean[] lengths = prefixLengths.get(language.ordinal());
    for (int n = Math.min(lowerCase.length(), lengths.length - 1); n >= MIN_PREFIX; n--) {
      if (lengths[n]) {
        Term t = prefixes.get(lowerCase.substring(0, n));
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }
}
