package org.sightline.app.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.core.countries.Countries;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.MentionSpan;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.text.DateResolver;
import org.sightline.core.extract.text.MoneyParser;
import org.sightline.core.extract.text.Segments;
import org.sightline.core.extract.text.SentenceSplitter;
import org.sightline.core.extract.text.TextNormaliser;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.store.documents.StoredDocument;

/** The highlighted words of a document on its review page, as {@link Mention}s. */
final class DocumentMentions {
  private DocumentMentions() {}

  /**
   * What the scan recognised in the document (countries, organizations, technologies, cues) plus
   * amounts of money and dates, in text order.
   */
  static List<Mention> of(Extractor extractor, Countries countries, StoredDocument doc) {
    String text = doc.text();
    List<Mention> out = new ArrayList<>();
    for (MentionSpan m : extractor.mentions(text)) {
      out.add(mention(m, countries));
    }
    String norm = TextNormaliser.normalise(text);
    // Money and dates as the document's language writes them ("8 millones de dólares")
    Language language = Language.of(norm);
    for (MoneyParser.Amount a : MoneyParser.find(norm, 0, norm.length(), language.decimalComma())) {
      out.add(
          new Mention(
              a.start(),
              a.end(),
              "money",
              a.currency() + " " + a.amount().stripTrailingZeros().toPlainString()));
    }
    Segments seg = SentenceSplitter.split(norm);
    for (int i = 0; i < seg.count(); i++) {
      int from = seg.start(i);
      int to = seg.end(i);
      while (from < to) {
        DateResolver.YearMonth ym =
            DateResolver.find(norm, from, to, doc.docDate(), language != Language.EN);
        if (ym == null || ym.end() <= from) {
          break;
        }
        String label =
            ym.month() > 0
                ? String.format(Locale.ROOT, "%04d-%02d", ym.year(), ym.month())
                : String.valueOf(ym.year());
        out.add(new Mention(ym.start(), ym.end(), "date", label));
        from = ym.end();
      }
    }
    out.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    return out;
  }

  private static Mention mention(MentionSpan m, Countries countries) {
    String kind;
    String label;
    switch (m.type()) {
      case "country", "demonym", "capital", "place" -> {
        kind = "country";
        label = countries.nameOf(m.value()) + " (" + m.value() + ")";
      }
      case "organization", "lender", "agency" -> {
        kind = "organization";
        label = m.type().equals("organization") ? m.value() : m.value() + " (" + m.type() + ")";
      }
      case "technology" -> {
        kind = "technology";
        label =
            TechnologyCategory.fromKey(m.value()).map(TechnologyCategory::label).orElse(m.value());
      }
      case "status" -> {
        kind = "cue";
        label = "status: " + m.value();
      }
      case "hedge" -> {
        kind = "cue";
        label = "hedge: " + m.value();
      }
      default -> {
        kind = "cue";
        label = "transfer cue: " + m.value();
      }
    }
    return new Mention(m.start(), m.end(), kind, label);
  }
}
