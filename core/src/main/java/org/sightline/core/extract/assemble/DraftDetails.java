package org.sightline.core.extract.assemble;

import java.time.LocalDate;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Term;
import org.sightline.core.extract.text.DateResolver;
import org.sightline.core.model.TransferStatus;

/**
 * Adds what a sentence says (technology, status, date, money, end user, evidence) to a draft it
 * supports, for one document.
 */
record DraftDetails(String norm, LocalDate docDate, Mentions m) {
  void add(Draft d, Facts f) {
    d.tech.addAll(f.tech);
    double[] x = d.x;
    x[Features.CUE_STRENGTH] = Math.max(x[Features.CUE_STRENGTH], f.cue / 3.0);
    x[Features.TECHNOLOGY] = d.tech.isEmpty() ? 0 : 1;
    x[Features.WEAK_HEDGE] = Math.max(x[Features.WEAK_HEDGE], f.hedge >= 1 ? 1 : 0);
    x[Features.NEGATION] = Math.max(x[Features.NEGATION], f.negation ? 1 : 0);
    for (int i = f.termFrom; i < f.termTo; i++) {
      Term t = m.term(i);
      if (t.status() != null) {
        int k = Features.STATUS_CUE_FIRST + t.status().ordinal();
        x[k] = Math.max(x[k], t.cue() / 3.0);
      }
    }
    if (f.status == TransferStatus.DELIVERED || f.status == TransferStatus.OPERATIONAL) {
      // hearsay only while every sentence that states a delivery or a use passes it on as a claim
      d.deliveryStated |= !f.hearsay;
      x[Features.HEARSAY] = d.deliveryStated ? 0 : 1;
    }
    if (f.status != null) {
      x[Features.STATUS_CUE] = 1;
      if (d.status == null || Draft.rank(f.status) > Draft.rank(d.status)) {
        d.status = f.status;
      }
    }
    if (d.year == null) {
      DateResolver.YearMonth ym = f.date(norm, docDate, m.language() != Language.EN);
      if (ym != null) {
        d.year = ym.year();
        d.month = ym.month() == 0 ? null : ym.month();
        x[Features.YEAR_AFTER_DOCUMENT] = docDate != null && ym.year() > docDate.getYear() ? 1 : 0;
      }
    }
    MoneyAttribution.addTo(d, f, norm, m);
    if (d.endUser == null) {
      for (CountryGroup g : f.groups) {
        if (g.endUser != null && g.codes.contains(d.recipient)) {
          d.endUser = g.endUser;
        }
      }
      for (Entity a : f.agencies) {
        if (d.recipient.equals(a.country())) {
          d.endUser = asWritten(a, f);
        }
      }
      if (d.endUser == null) {
        d.endUser = f.agencyName(norm, m.language());
      }
    }
    d.spans.add(new int[] {f.start, f.end});
    d.lastSentence = f.index;
    d.lastParagraph = f.paragraph;
    x[Features.SUPPORTING_SENTENCES] = Math.min(d.spans.size(), 3) / 3.0;
  }

  /**
   * A known agency as the text writes it when the text says more of it than the register's name:
   * "Dirección de Inteligencia Policial de Colombia (DIPOL)" where the register knows "Dirección de
   * Inteligencia Policial (DIPOL)". Else the register's name.
   */
  private String asWritten(Entity agency, Facts f) {
    for (int k = 0; k < m.entityCount; k++) {
      int start = m.entityStart[k];
      if (m.entities[k] != agency || start < f.start || start >= f.end) {
        continue;
      }
      String written = norm.substring(start, m.entityEnd[k]);
      String read = AgencyNames.find(norm, start, f.end, m.language());
      if (read != null && read.length() > written.length() && read.startsWith(written)) {
        return read;
      }
      break;
    }
    return agency.name();
  }
}
