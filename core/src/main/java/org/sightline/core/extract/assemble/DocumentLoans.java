package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.text.LetterWords;
import org.sightline.core.extract.text.Segments;
import org.sightline.core.model.Financing;

/**
 * Loans a document states in sentences that name no party of the deal ("At the end of 2016 the
 * government obtained 33.4 billion CFA francs from China Exim Bank", "Korea Eximbank is lending the
 * money"), read from every sentence with a loan word or a named lender, and given to the candidates
 * that have none: a supplier's own country's lender first, when every lender the document names is
 * one country's; else the document's one lender. A candidate whose loan names the lender but no
 * amount takes the amount the document states for that lender. Fields only: a candidate's
 * confidence is never touched.
 */
final class DocumentLoans {
  private DocumentLoans() {}

  /** A loan the document states, with the country of its lender (null when none is known). */
  record Loan(Financing financing, String country) {}

  /**
   * Before the loans a recipient's drafts share: a draft without one takes the loan of a lender of
   * its supplier's country, when the document states loans of exactly one such lender and every
   * lender it names is one country's.
   */
  static void lendOwnCountrys(
      List<Draft> drafts, List<Facts> facts, Segments seg, String norm, Mentions m) {
    Map<String, List<Loan>> byRecipient = new HashMap<>(4);
    for (Draft d : drafts) {
      if (d.financing != null || d.supplierCountry == null) {
        continue;
      }
      List<Loan> loans =
          byRecipient.computeIfAbsent(
              String.valueOf(d.recipient),
              r -> loans(d.recipient, withLenders(facts, seg, m), norm, m));
      Financing own = null;
      for (Loan l : loans) {
        if (l.country() == null) {
          own = null; // a lender of no one country ("the World Bank") may be anyone's
          break;
        }
        if (d.supplierCountry.equals(l.country())) {
          if (own != null && !own.lender().equals(l.financing().lender())) {
            own = null;
            break;
          }
          if (own == null || own.amount() == null) {
            own = l.financing();
          }
        }
      }
      d.financing = own;
    }
  }

  /**
   * After the recipient's drafts have shared their loans: a draft without one takes the document's
   * loan when the document names one lender; a draft whose loan has no amount takes the amount the
   * document states for the same lender.
   */
  static void lend(List<Draft> drafts, List<Facts> facts, Segments seg, String norm, Mentions m) {
    // The loans depend on the recipient only (its currency names), so they are read once per
    // recipient.
    Map<String, List<Loan>> byRecipient = new HashMap<>(4);
    for (Draft d : drafts) {
      boolean noLender = d.financing != null && d.financing.lender() == null;
      if (d.financing != null && d.financing.amount() != null && !noLender) {
        continue;
      }
      List<Loan> loans =
          byRecipient.computeIfAbsent(
              String.valueOf(d.recipient),
              r -> loans(d.recipient, withLenders(facts, seg, m), norm, m));
      if (noLender) {
        // "a loan of 50 million euros" with its lender named in another sentence: the document's
        // one lender, the amount the deal's own sentence gives
        Financing one = oneLender(loans);
        if (one != null) {
          d.financing = new Financing(one.lender(), d.financing.amount(), d.financing.currency());
        }
      } else if (d.financing == null) {
        d.financing = oneLender(loans);
      } else {
        for (Loan l : loans) {
          if (l.financing().amount() != null
              && l.financing().lender().equals(d.financing.lender())) {
            d.financing = l.financing();
            break;
          }
        }
      }
    }
  }

  /** The one lender's loan (with an amount where one is stated), or null. */
  private static Financing oneLender(List<Loan> loans) {
    Financing found = null;
    for (Loan l : loans) {
      if (found != null && !found.lender().equals(l.financing().lender())) {
        return null;
      }
      if (found == null || found.amount() == null) {
        found = l.financing();
      }
    }
    return found;
  }

  /**
   * The facts, and beside them a lender's sentence that has none ("Korea Eximbank is lending the
   * money" names no country, company or cue): its terms and lenders only, for reading its loan.
   */
  private static List<Facts> withLenders(List<Facts> facts, Segments seg, Mentions m) {
    List<Facts> out = new ArrayList<>(facts);
    java.util.Set<Integer> read = new java.util.HashSet<>();
    for (Facts f : facts) {
      read.add(f.index);
    }
    for (int k = 0; k < m.entityCount; k++) {
      if (m.entities[k].kind() != Entity.Kind.LENDER) {
        continue;
      }
      int s = seg.sentenceAt(m.entityStart[k]);
      if (s < 0 || !read.add(s)) {
        continue;
      }
      Facts f = new Facts();
      f.index = s;
      f.start = seg.start(s);
      f.end = seg.end(s);
      f.paragraph = seg.paragraph(s);
      int t = 0;
      while (t < m.termCount && m.termStart[t] < f.start) {
        t++;
      }
      f.termFrom = t;
      while (t < m.termCount && m.termStart[t] < f.end) {
        f.cue = Math.max(f.cue, m.terms[t].cue());
        t++;
      }
      f.termTo = t;
      for (int j = 0; j < m.entityCount; j++) {
        if (m.entityStart[j] < f.start || m.entityStart[j] >= f.end) {
          continue;
        }
        Entity e = m.entities[j];
        if (e.kind() == Entity.Kind.LENDER) {
          f.lenders.add(e);
        }
      }
      out.add(f);
    }
    return out;
  }

  /** Every loan with a lender that the document's loan and lender sentences state. */
  private static List<Loan> loans(String recipient, List<Facts> facts, String norm, Mentions m) {
    List<Loan> out = new ArrayList<>(2);
    for (Facts f : facts) {
      if (!f.finWord && f.lenders.isEmpty()) {
        continue;
      }
      Draft loan = new Draft();
      loan.recipient = recipient;
      MoneyAttribution.addTo(loan, f, norm, m, true);
      if (loan.financing == null && !f.lenders.isEmpty() && saysLending(norm, f, m)) {
        loan.financing = new Financing(MoneyAttribution.firstLender(f, norm, m), null, null);
      }
      if (loan.financing == null || loan.financing.lender() == null) {
        continue;
      }
      out.add(new Loan(loan.financing, countryOf(loan.financing.lender(), f, m)));
    }
    return out;
  }

  /**
   * Whether a lender's sentence without a loan word says the lender lends ("is lending the money"):
   * a lender only named ("institutions such as the African Development Bank") is no loan.
   */
  private static boolean saysLending(String norm, Facts f, Mentions m) {
    Set<String> words = CueWords.named("lending-words", m.language());
    return LetterWords.scan(norm, f.start, f.end, 3, 12, words) >= 0;
  }

  /** The country of a lender named in {@code f}: the lender's own, or the lending country's. */
  private static String countryOf(String lender, Facts f, Mentions m) {
    String bank = ExportCreditBanks.countryOf(lender, m);
    if (bank != null) {
      return bank;
    }
    for (Entity e : f.lenders) {
      if (e.name().equals(lender)) {
        return e.country();
      }
    }
    for (CountryGroup g : f.groups) {
      for (Entity e : g.entities) {
        if (e.name().equals(lender)) {
          return Objects.requireNonNullElse(e.country(), g.codes.get(0));
        }
      }
    }
    return null;
  }
}
