package org.sightline.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.countries.Countries;
import org.sightline.core.extract.assemble.Assembler;
import org.sightline.core.extract.assemble.Mentions;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.confidence.StatusModel;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Gazetteer;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.PatternMatcher;
import org.sightline.core.extract.lexicon.Term;
import org.sightline.core.extract.text.Segments;
import org.sightline.core.extract.text.SentenceSplitter;
import org.sightline.core.extract.text.TextNormaliser;
import org.sightline.core.model.Organization;
import org.sightline.core.model.TechnologyCategory;

/**
 * The extraction pipeline: text → normalisation → sentences → one multi-pattern scan → relation
 * assembly → candidate transfers with confidence and evidence. Build one per organization list
 * (building compiles the gazetteer, about a hundred milliseconds) and share it: it is immutable and
 * thread-safe. It reads nothing but its bundled resources and writes nothing.
 */
public final class Extractor {
  /** The default threshold below which candidates are not shown ({@code --min-confidence}). */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

  private final Gazetteer gazetteer;
  private final Assembler assembler;
  private final ConfidenceModel model;
  private final ThreadLocal<PatternMatcher.Hits> hits =
      ThreadLocal.withInitial(PatternMatcher.Hits::new);

  /** An extractor over the bundled countries, lexicon and fitted candidate model. */
  public Extractor(List<Organization> organizations) {
    this(organizations, Countries.bundled(), ConfidenceModel.bundled(), StatusModel.bundled());
  }

  public Extractor(
      List<Organization> organizations,
      Countries countries,
      ConfidenceModel model,
      StatusModel statusModel) {
    this.gazetteer = Gazetteer.build(countries, organizations, Lexicon.bundled());
    this.assembler = new Assembler(gazetteer, model, statusModel);
    this.model = model;
  }

  /**
   * What moved a candidate's confidence most, strongest first: the features of the model that
   * scored it, each with what it added to the log-odds (for the review page).
   */
  public List<ConfidenceModel.Contribution> explain(Candidate c, int limit) {
    return model.explain(c.features(), limit);
  }

  /**
   * Every candidate in the text, most confident first, vendors named together in one statement
   * joined (see {@link CoSuppliers}). {@code docDate} may be null.
   */
  public List<Candidate> extract(String text, LocalDate docDate) {
    return CoSuppliers.join(proposals(text, docDate), DEFAULT_MIN_CONFIDENCE);
  }

  /**
   * Every candidate the rules propose, one per named vendor, most confident first: what the
   * candidate model is fitted on and scores.
   */
  public List<Candidate> proposals(String text, LocalDate docDate) {
    String norm = TextNormaliser.normalise(text);
    Segments seg = SentenceSplitter.split(norm);
    Mentions m = Mentions.scan(gazetteer, norm, hits.get(), Language.of(norm));
    return assembler.assemble(text, norm, seg, m, docDate);
  }

  /** The candidates at or above {@code minConfidence}, most confident first. */
  public List<Candidate> extract(String text, LocalDate docDate, double minConfidence) {
    List<Candidate> all = extract(text, docDate);
    List<Candidate> kept = new ArrayList<>(all.size());
    for (Candidate c : all) {
      if (c.confidence() >= minConfidence) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** What the scan recognised, in text order, for highlighting on the review page. */
  public List<MentionSpan> mentions(String text) {
    String norm = TextNormaliser.normalise(text);
    Mentions m = Mentions.scan(gazetteer, norm, hits.get(), Language.of(norm));
    List<MentionSpan> out = new ArrayList<>();
    for (int i = 0; i < m.entityCount(); i++) {
      Entity e = m.entity(i);
      String type =
          switch (e.kind()) {
            case COUNTRY_NAME -> "country";
            case COUNTRY_DEMONYM -> "demonym";
            case COUNTRY_CAPITAL -> "capital";
            case COUNTRY_PLACE -> "place";
            case SUPPLIER_ORG -> "organization";
            case LENDER -> "lender";
            case AGENCY -> "agency";
          };
      out.add(
          new MentionSpan(
              m.entityStart(i),
              m.entityEnd(i),
              type,
              e.kind().isCountry() ? e.country() : e.name()));
    }
    for (int i = 0; i < m.termCount(); i++) {
      Term t = m.term(i);
      if (!t.technologies().isEmpty()) {
        for (TechnologyCategory c : t.technologies()) {
          out.add(new MentionSpan(m.termStart(i), m.termEnd(i), "technology", c.key()));
        }
      } else if (t.hedge() > 0) {
        out.add(new MentionSpan(m.termStart(i), m.termEnd(i), "hedge", t.text()));
      } else if (t.status() != null) {
        out.add(new MentionSpan(m.termStart(i), m.termEnd(i), "status", t.status().key()));
      } else if (t.cue() > 0) {
        out.add(new MentionSpan(m.termStart(i), m.termEnd(i), "cue", t.text()));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
