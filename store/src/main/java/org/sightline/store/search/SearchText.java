package org.sightline.store.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How the search index reads text, and how a search box's text becomes a query. Any text is a valid
 * search: words (all must match, each in any field), "quoted phrases" when the quotes pair up, and
 * nothing else is syntax, so {@code Huawei!}, {@code Hikvision/Dahua} or a lone {@code "} simply
 * search for their words. Letters and digits run together are split ("ECU911" finds "ECU 911"), at
 * indexing and at search alike.
 */
final class SearchText {
  /** Changes whenever the analysis changes, so an index built another way is rebuilt. */
  static final String ANALYSIS_VERSION = "2";

  /** Words taken from one search; the rest are ignored (no query is too broad). */
  static final int MAX_WORDS = 32;

  private static final Pattern LETTER_DIGIT =
      Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private SearchText() {}

  /**
   * English analysis (possessives, lower case, stop words, Porter stems) after splitting letters
   * from digits.
   */
  static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(LETTER_DIGIT, " ", reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /**
   * The query for a search box's text over the given fields and boosts; null when the text has no
   * searchable word (only punctuation or stop words). With {@code prefixes}, each loose word also
   * matches words it begins ("exim" finds "Eximbank").
   */
  static Query query(String text, Analyzer analyzer, Map<String, Float> fields, boolean prefixes) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int words = 0;
    StringBuilder loose = new StringBuilder();
    Matcher m = QUOTED.matcher(text);
    int last = 0;
    while (m.find()) {
      loose.append(text, last, m.start()).append(' ');
      last = m.end();
      List<String> phrase = terms(analyzer, m.group(1));
      if (phrase.size() > 1 && words + phrase.size() <= MAX_WORDS) {
        all.add(anyField(fields, f -> new PhraseQuery(f, phrase.toArray(String[]::new))), MUST);
        words += phrase.size();
      } else {
        loose.append(m.group(1)).append(' ');
      }
    }
    loose.append(text.substring(last).replace('"', ' '));
    for (String term : terms(analyzer, loose.toString())) {
      if (words++ >= MAX_WORDS) {
        break;
      }
      all.add(
          anyField(
              fields,
              f ->
                  prefixes && term.length() >= 3
                      ? new PrefixQuery(new Term(f, term))
                      : new TermQuery(new Term(f, term))),
          MUST);
    }
    BooleanQuery q = all.build();
    return q.clauses().isEmpty() ? null : q;
  }

  private static final BooleanClause.Occur MUST = BooleanClause.Occur.MUST;

  /** Any one of the text's words (quotes ignored); null when it has no searchable word. */
  static Query anyWord(String text, Analyzer analyzer, Map<String, Float> fields) {
    List<String> terms = terms(analyzer, text);
    if (terms.size() < 2) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.stream()
        .distinct()
        .limit(MAX_WORDS)
        .forEach(
            term ->
                any.add(
                    anyField(fields, f -> new TermQuery(new Term(f, term))),
                    BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static Query anyField(
      Map<String, Float> fields, java.util.function.Function<String, Query> perField) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    fields.forEach(
        (field, boost) ->
            any.add(new BoostQuery(perField.apply(field), boost), BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /** The analysed terms of a text, in order. */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("summary", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a string does not fail
    }
    return out;
  }
}
