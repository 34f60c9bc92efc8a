package org.sightline.core.extract.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.Evidence;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.extract.confidence.StatusModel;
import org.sightline.core.extract.confidence.StatusStages;
import org.sightline.core.extract.lexicon.Gazetteer;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.text.DateResolver;
import org.sightline.core.extract.text.Segments;
import org.sightline.core.model.Financing;
import org.sightline.core.model.TransferStatus;

/**
 * Relation assembly: turns the mentions of a segmented document into candidate transfers.
 *
 * <p>Per sentence it decides, for each country or list of countries, whether it is on the supplier
 * side or the recipient side ({@link CountryRoles}), and notes the organizations the register does
 * not know ({@link UnknownOrganizations}): pass 1, {@link FactsReader}. Then it pairs recipients
 * with the suppliers of the sentence, or of the paragraph before it, or the document's main
 * supplier country; sentences without a country that continue a story ("it has installed", "the
 * deal was financed by") add their technologies, money ({@link MoneyAttribution}), dates and status
 * to the candidate before them: pass 2, {@link SentenceDrafter}. Candidates for the same recipient
 * and supplier are merged ({@link DraftMerger}), and a logistic model gives the confidence.
 */
public final class Assembler {
  private final Map<Language, FactsReader> factsReaders = new EnumMap<>(Language.class);
  private final DraftMerger merger;
  private final ConfidenceModel model;
  private final StatusModel statusModel;

  public Assembler(Gazetteer gazetteer, ConfidenceModel model, StatusModel statusModel) {
    for (Language l : Language.values()) {
      factsReaders.put(l, new FactsReader(gazetteer.lexicon(), l));
    }
    this.merger = new DraftMerger();
    this.model = model;
    this.statusModel = statusModel;
  }

  /** Assembles candidates for one document. {@code text} is the original extracted text. */
  public List<Candidate> assemble(
      String text, String norm, Segments seg, Mentions m, LocalDate docDate) {
    String moneysCountry = CurrencyCountry.ofCountrylessText(norm, m);
    if (m.entityCount == 0 && moneysCountry == null) {
      return List.of();
    }
    List<Facts> facts = new ArrayList<>();
    Map<String, Double> supplierVotes = new HashMap<>(4);
    DocumentCounts counts = new DocumentCounts();
    if (moneysCountry != null) {
      counts.vote(moneysCountry);
    }
    factsReaders.get(m.language()).collect(norm, seg, m, facts, supplierVotes, counts);
    counts.finish();
    String dominant = dominantSupplier(supplierVotes);
    if (dominant != null) {
      CountryRoles.leanTowards(dominant, facts);
    }
    SentenceDrafter drafter =
        new SentenceDrafter(dominant, norm, new DraftDetails(norm, docDate, m), counts, m);
    for (Facts f : facts) {
      drafter.add(f);
    }
    List<Draft> merged = merger.merge(drafter.drafts());
    boolean noDeal = NoDealStory.statesNoDeal(norm, seg, m);
    if (noDeal) {
      NoDealStory.dropDrafts(merged, m.language());
    }
    DocumentLoans.lendOwnCountrys(merged, facts, seg, norm, m);
    shareWithinRecipient(merged);
    DocumentLoans.lend(merged, facts, seg, norm, m);
    DocumentEndUsers.lend(merged, facts, norm, m);
    NoticeValues.lend(merged, norm, m);
    DocumentTechnologies.lend(merged, facts);
    return finish(merged, text, docDate, noDeal, m.language());
  }

  /**
   * A loan or an end user stated once for a recipient's project ("the State obtained a loan from
   * China Exim Bank") belongs to each supplier's candidate for that recipient: a draft without one
   * takes it when the document gives that recipient only one. Fields only; the confidence is not
   * touched.
   */
  static void shareWithinRecipient(List<Draft> drafts) {
    Map<String, Financing> financing = new HashMap<>(4);
    Map<String, String> endUser = new HashMap<>(4);
    Set<String> severalLoans = new HashSet<>(2);
    Set<String> severalUsers = new HashSet<>(2);
    for (Draft d : drafts) {
      if (d.financing != null) {
        Financing before = financing.putIfAbsent(d.recipient, d.financing);
        if (before != null && !before.equals(d.financing)) {
          severalLoans.add(d.recipient);
        }
      }
      if (d.endUser != null) {
        String before = endUser.putIfAbsent(d.recipient, d.endUser);
        if (before != null && !before.equals(d.endUser)) {
          severalUsers.add(d.recipient);
        }
      }
    }
    for (Draft d : drafts) {
      if (d.financing == null && !severalLoans.contains(d.recipient)) {
        d.financing = financing.get(d.recipient);
      }
      if (d.endUser == null && !severalUsers.contains(d.recipient)) {
        d.endUser = endUser.get(d.recipient);
      }
    }
  }

  /** The country with most supplier votes (ties to the first in code order), or null. */
  private static String dominantSupplier(Map<String, Double> supplierVotes) {
    String dominant = null;
    double best = 0;
    for (Map.Entry<String, Double> v : supplierVotes.entrySet()) {
      if (v.getValue() > best
          || (v.getValue() == best && dominant != null && v.getKey().compareTo(dominant) < 0)) {
        best = v.getValue();
        dominant = v.getKey();
      }
    }
    return dominant;
  }

  private List<Candidate> finish(
      List<Draft> drafts, String text, LocalDate docDate, boolean noDeal, Language language) {
    List<Candidate> out = new ArrayList<>(drafts.size());
    double docCount = Math.min(Math.log1p(drafts.size()) / 3.0, 1.0);
    for (Draft d : drafts) {
      d.x[Features.CANDIDATES_IN_DOCUMENT] = docCount;
      d.x[Features.NO_CUE] = d.x[Features.CUE_STRENGTH] == 0 ? 1 : 0;
      d.x[Features.NO_DEAL_IN_DOCUMENT] = noDeal ? 1 : 0;
      TransferStatus ruleStatus = d.status == null ? TransferStatus.REPORTED : d.status;
      d.x[Features.RULE_STATUS_FIRST + ruleStatus.ordinal()] = 1;
      StatusStages.mark(d.x);
    }
    for (Draft d : drafts) {
      TransferStatus ruleStatus = d.status == null ? TransferStatus.REPORTED : d.status;
      double conf = model.predict(d.x);
      List<Evidence> ev = new ArrayList<>(d.spans.size());
      for (int[] s : d.spans) {
        ev.add(new Evidence(text.substring(s[0], s[1]), s[0], s[1]));
      }
      // Dated after merging, so that an undated statement never splits or joins a deal by year.
      DateResolver.YearMonth dated =
          d.year == null ? DateResolver.ofDocument(docDate, d.spans, text) : null;
      Integer year = dated == null ? d.year : Integer.valueOf(dated.year());
      Integer month = dated == null ? d.month : dated.month() == 0 ? null : dated.month();
      if (year != null && month == null) {
        month = DateResolver.monthOf(year, docDate, d.spans, text, language != Language.EN);
      }
      if (month == null && dated != null) {
        // dated by the report and no month in its sentences: the report's month (ADR 0021)
        month = dated.month() == 0 ? docDate.getMonthValue() : dated.month();
      }
      out.add(
          new Candidate(
              new ArrayList<>(d.orgs),
              d.supplierCountry,
              d.recipient,
              d.endUser,
              new ArrayList<>(d.tech),
              year,
              month,
              d.value,
              d.financing,
              StatusStages.revise(d.x, statusModel.choose(d.x, ruleStatus)),
              Math.round(conf * 1000) / 1000.0,
              ev,
              d.newOrg,
              d.x.clone()));
    }
    out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
    return out;
  }
}
