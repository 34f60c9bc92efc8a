package org.sightline.core.extract.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.Evidence;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Gazetteer;
import org.sightline.core.extract.lexicon.Term;
import org.sightline.core.extract.text.DateResolver;
import org.sightline.core.extract.text.Dateline;
import org.sightline.core.extract.text.MoneyParser;
import org.sightline.core.extract.text.Segments;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.registry.OrganizationNames;

/**
 * Relation assembly: turns the mentions of a segmented document into candidate transfers.
 *
 * <p>Per sentence it decides, for each country or list of countries, whether it is on the supplier
 * side ("from China", "Chinese firms", "Chinese-made", the home of a named vendor) or the recipient
 * side ("to Kenya", "Kenyan police", "Kenya bought", a capital), then pairs recipients with the
 * suppliers of the sentence, or of the paragraph before it, or the document's main supplier
 * country. Sentences without a country that continue a story ("it has installed", "the deal was
 * financed by") add their technologies, money, dates and status to the candidate before them.
 * Hypotheticals are dropped; domestic use needs an explicit statement. Candidates for the same
 * recipient and supplier are merged, and a logistic model gives the confidence.
 */
public final class Assembler {
  private static final Set<String> REC_PREPS =
      Set.of("to", "into", "in", "for", "across", "throughout", "within", "inside", "over", "at");
  private static final Set<String> PASSIVE_RECEIVERS =
      Set.of(
          "used",
          "operated",
          "adopted",
          "bought",
          "purchased",
          "acquired",
          "ordered",
          "commissioned",
          "procured",
          "deployed",
          "requested",
          "run",
          "employed",
          "signed",
          "awarded",
          "owned");
  private static final Set<String> OF_RECIPIENT_HEADS =
      Set.of(
          "government",
          "police",
          "ministry",
          "authorities",
          "president",
          "capital",
          "city",
          "cities",
          "people",
          "citizens",
          "parliament",
          "army",
          "military",
          "republic",
          "province",
          "regime",
          "streets",
          "state",
          "interior",
          "behalf");
  private static final Set<String> SKIPPABLE =
      Set.of(
          "has",
          "have",
          "had",
          "also",
          "all",
          "already",
          "recently",
          "reportedly",
          "now",
          "is",
          "was",
          "were",
          "are",
          "been",
          "since",
          "then",
          "later",
          "subsequently",
          "quickly",
          "officially",
          "even",
          "each",
          "both",
          "together",
          "itself",
          "secretly",
          "quietly",
          "allegedly",
          "first",
          "previously",
          "once",
          "last",
          "this",
          "year",
          "in",
          "s");
  private static final Set<String> SUPPLIER_HYPHEN =
      Set.of(
          "made",
          "built",
          "based",
          "funded",
          "financed",
          "backed",
          "owned",
          "supplied",
          "designed",
          "developed",
          "manufactured",
          "provided");
  private static final Set<String> NON_NAME_WORDS =
      Set.of(
          "The",
          "A",
          "An",
          "In",
          "On",
          "At",
          "This",
          "That",
          "These",
          "Those",
          "Its",
          "It",
          "Their",
          "Under",
          "After",
          "Before",
          "During",
          "Since",
          "When",
          "While",
          "According",
          "But",
          "And",
          "Last",
          "Next",
          "Earlier",
          "Later",
          "By",
          "For",
          "From",
          "With",
          "As",
          "Meanwhile",
          "However",
          "Officials",
          "Critics",
          "Police",
          "President",
          "Minister",
          "Ministry",
          "Government",
          "Safe",
          "City",
          "Smart",
          "National",
          "State",
          "Mr",
          "Ms");

  private final Gazetteer gazetteer;
  private final ConfidenceModel model;

  public Assembler(Gazetteer gazetteer, ConfidenceModel model) {
    this.gazetteer = gazetteer;
    this.model = model;
  }

  /** A country, or a list of countries, in one role within a sentence. */
  static final class CountryGroup {
    final List<String> codes = new ArrayList<>(2);
    final List<Entity> entities = new ArrayList<>(2);
    int start;
    int end;
    double supScore;
    double recScore;
    int role; // 1 supplier, -1 recipient, 0 neutral
    boolean capital;
    String prevWord = "";
    String endUser;
    // Stated as the receiving side by the syntax ("Kenya's interior ministry", "to Kenya").
    boolean explicitRecipient;
    // Stated as the supplying side by the syntax ("from China", "Chinese firms", "China sold").
    boolean explicitSupplier;
    // A recipient that the home country of a named vendor or the document's main supplier
    // must not turn into a supplier: the only country of a sentence about a domestic contract.
    boolean locked;
  }

  /** What one sentence says, computed only for sentences with at least one mention. */
  static final class Facts {
    int index;
    int start;
    int end;
    int paragraph;
    int cue;
    int hedge;
    boolean negation;
    boolean anaphor;
    boolean orgAnaphor;
    boolean firstInParagraph;
    // Every vendor named is an example ("vendors such as Huawei and NSO Group"), not a party.
    boolean examplesOnly;
    boolean finWord;
    TransferStatus status;
    final EnumSet<TechnologyCategory> tech = EnumSet.noneOf(TechnologyCategory.class);
    final List<Entity> orgs = new ArrayList<>(2);
    final List<Integer> orgStarts = new ArrayList<>(2);
    final List<String> unknownOrgs = new ArrayList<>(1);
    String unknownOrgCountry;
    final List<Entity> lenders = new ArrayList<>(1);
    final List<Entity> agencies = new ArrayList<>(1);
    final List<CountryGroup> groups = new ArrayList<>(3);
    int termFrom;
    int termTo;
  }

  /** The organizations of one home country named together as suppliers. */
  static final class SupplierSet {
    final String country;
    final List<String> orgs = new ArrayList<>(2);
    boolean newOrg;

    SupplierSet(String country) {
      this.country = country;
    }

    void add(String name, boolean isNew) {
      if (!orgs.contains(name)) {
        orgs.add(name);
      }
      newOrg |= isNew;
    }
  }

  /** A candidate under construction. */
  static final class Draft {
    final LinkedHashSet<String> orgs = new LinkedHashSet<>();
    boolean newOrg;
    String supplierCountry;
    String recipient;
    String endUser;
    final EnumSet<TechnologyCategory> tech = EnumSet.noneOf(TechnologyCategory.class);
    Integer year;
    Integer month;
    Money value;
    Financing financing;
    TransferStatus status;
    int statusCue;
    final double[] x = new double[Features.COUNT];
    final List<int[]> spans = new ArrayList<>(2);
    int lastSentence;
    int paragraph;
    int lastParagraph;
    double score;
    // Stated with its own supplier in a sentence that marks it as another deal ("also built by
    // Huawei ... in 2016", "an earlier phase, completed in 2018"): see merge.
    boolean anotherDeal;
  }

  /** Assembles candidates for one document. {@code text} is the original extracted text. */
  public List<Candidate> assemble(
      String text, String norm, Segments seg, Mentions m, LocalDate docDate) {
    if (m.entityCount == 0) {
      return List.of();
    }
    // Pass 1: facts per sentence that has a mention.
    List<Facts> facts = new ArrayList<>();
    Map<String, Double> supplierVotes = new HashMap<>(4);
    collectFacts(norm, seg, m, facts, supplierVotes);
    String dominant = dominantSupplier(supplierVotes);
    // The dominant supplier leans towards the supplier side wherever it is mentioned.
    if (dominant != null) {
      for (Facts f : facts) {
        for (CountryGroup g : f.groups) {
          if (g.codes.contains(dominant) && !g.locked) {
            g.supScore += 1;
            g.role = role(g);
          }
        }
      }
    }
    // Pass 2: candidates.
    List<Draft> drafts = new ArrayList<>();
    Story story = new Story();
    for (Facts f : facts) {
      draftSentence(f, dominant, story, drafts, text, norm, docDate, m);
    }
    return finish(merge(drafts), text);
  }

  /** What the sentences read so far say about the story's supplier and recipient (pass 2). */
  static final class Story {
    List<String> orgs = List.of();
    boolean newOrg;
    String supplierCountry;
    int supplierParagraph = -1;
    int supplierSentence = -10;
    int supplierAt = -10;
    List<String> recipients = List.of();
    int recipientSentence = -10;
    int recipientParagraph = -1;
    boolean recipientStated;
  }

  /**
   * Pass 2 of {@link #assemble} for one sentence: extends the last draft or adds new ones, then
   * updates the story so far.
   */
  private void draftSentence(
      Facts f,
      String dominant,
      Story story,
      List<Draft> drafts,
      String text,
      String norm,
      LocalDate docDate,
      Mentions m) {
    List<CountryGroup> recGroups = new ArrayList<>(2);
    List<CountryGroup> supGroups = new ArrayList<>(2);
    List<CountryGroup> neutral = new ArrayList<>(2);
    for (CountryGroup g : f.groups) {
      (g.role == -1 ? recGroups : g.role == 1 ? supGroups : neutral).add(g);
    }
    boolean hasOrgs = !f.orgs.isEmpty() || !f.unknownOrgs.isEmpty();
    // Two recipient-looking countries, one the document's supplier: "The Chinese government
    // brokered deals with the Malaysian government".
    if (supGroups.isEmpty() && !hasOrgs && dominant != null) {
      Set<String> recCodes = new LinkedHashSet<>();
      for (CountryGroup g : recGroups) {
        recCodes.addAll(g.codes);
      }
      if (recCodes.size() >= 2 && recCodes.contains(dominant)) {
        for (CountryGroup g : List.copyOf(recGroups)) {
          if (g.codes.size() == 1 && g.codes.get(0).equals(dominant)) {
            recGroups.remove(g);
            supGroups.add(g);
          }
        }
      }
    }
    // "deployed spyware against journalists in the United States": a country reached only by a
    // preposition is a place, not the recipient, when the sentence names a clearer recipient.
    double strongest = 0;
    for (CountryGroup g : recGroups) {
      strongest = Math.max(strongest, g.recScore);
    }
    if (strongest >= 2) {
      recGroups.removeIf(g -> g.recScore < 2);
    }
    boolean inSentenceSupplier = hasOrgs || !supGroups.isEmpty();
    String supplierCountry = null;
    List<String> orgNames = new ArrayList<>(2);
    boolean newOrg = false;
    for (Entity o : f.orgs) {
      if (!orgNames.contains(o.name())) {
        orgNames.add(o.name());
      }
    }
    for (String u : f.unknownOrgs) {
      orgNames.add(u);
      newOrg = true;
    }
    for (CountryGroup g : supGroups) {
      if (supplierCountry == null) {
        supplierCountry = g.codes.get(0);
      }
      for (Entity o : f.orgs) {
        if (g.codes.contains(o.country())) {
          supplierCountry = o.country();
        }
      }
    }
    if (supplierCountry == null) {
      for (Entity o : f.orgs) {
        if (o.country() != null) {
          supplierCountry = o.country();
          break;
        }
      }
    }
    if (supplierCountry == null && f.unknownOrgCountry != null) {
      supplierCountry = f.unknownOrgCountry;
    }
    int supplierDistance = 0;
    boolean crossParagraph = false;
    if (!inSentenceSupplier) {
      // The supplier of the story so far: named in this paragraph, at the end of the one before
      // (a lede and its second paragraph), or referred to as "the company".
      boolean nearSupplier =
          story.supplierParagraph == f.paragraph
              || (story.supplierParagraph == f.paragraph - 1
                  && f.firstInParagraph
                  && f.cue >= 1
                  && (f.anaphor || !f.groups.isEmpty())
                  && f.index - story.supplierAt <= 2)
              || (f.orgAnaphor && !story.orgs.isEmpty() && f.index - story.supplierAt <= 6);
      if (nearSupplier && (!story.orgs.isEmpty() || story.supplierCountry != null)) {
        crossParagraph = story.supplierParagraph != f.paragraph;
        orgNames.addAll(story.orgs);
        newOrg = story.newOrg;
        supplierCountry = story.supplierCountry;
        supplierDistance = 1;
      } else if (dominant != null) {
        supplierCountry = dominant;
        supplierDistance = 2;
      }
    }
    boolean promoted = false;
    boolean supplierReferredTo = supplierDistance == 1 && f.orgAnaphor;
    if (recGroups.isEmpty()
        && (inSentenceSupplier || supplierReferredTo)
        && (f.cue >= 1 || !f.tech.isEmpty())) {
      for (CountryGroup g : neutral) {
        if (!g.codes.contains(supplierCountry)) {
          recGroups.add(g);
          promoted = true;
        }
      }
    }
    boolean hasSupplier = !orgNames.isEmpty() || supplierCountry != null;
    boolean relevant = f.cue >= 1 || !f.tech.isEmpty() || f.finWord;
    // "X sells spyware. Researchers found it in Egypt": the sentence before made it relevant.
    boolean relevantByContext =
        !relevant && supplierDistance == 1 && f.index - story.supplierSentence == 1;
    boolean recipientFromContext = false;
    List<String> recipients = new ArrayList<>(2);
    List<CountryGroup> recipientGroups = new ArrayList<>(2);
    for (CountryGroup g : recGroups) {
      for (String c : g.codes) {
        if (!recipients.contains(c)) {
          recipients.add(c);
          recipientGroups.add(g);
        }
      }
    }
    for (Entity a : f.agencies) {
      if (a.country() != null && !recipients.contains(a.country())) {
        recipients.add(a.country());
        CountryGroup g = new CountryGroup();
        g.codes.add(a.country());
        g.recScore = 2;
        g.role = -1;
        g.endUser = a.name();
        recipientGroups.add(g);
      }
    }
    // The country the story is about, when no other country has been named since: two
    // sentences back, or four when it was stated as the receiving side ("Kyrgyzstan's
    // government ... The first phase, built by Russia's Vega").
    int recipientGap = f.index - story.recipientSentence;
    boolean nearRecipient =
        (story.recipientParagraph == f.paragraph && recipientGap <= 2)
            || (story.recipientStated
                && story.recipientParagraph >= f.paragraph - 2
                && recipientGap <= 4);
    if (recipients.isEmpty()
        && (inSentenceSupplier || (supplierDistance == 1 && f.anaphor))
        && f.cue >= 2
        && !f.examplesOnly
        && nearRecipient) {
      crossParagraph |= story.recipientParagraph != f.paragraph;
      for (String c : story.recipients) {
        recipients.add(c);
        CountryGroup g = new CountryGroup();
        g.codes.add(c);
        g.recScore = 1;
        recipientGroups.add(g);
      }
      recipientFromContext = true;
    }
    if (recipients.isEmpty()) {
      // A sentence continuing the story of the candidate before it.
      Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      if (last != null
          && (last.lastParagraph == f.paragraph
              || (last.lastParagraph == f.paragraph - 1 && f.firstInParagraph))
          && f.index - last.lastSentence <= 2
          && relevant
          && (f.anaphor || hasOrgs)
          && f.hedge < 2) {
        boolean orgFits = true;
        if (hasOrgs && !last.orgs.isEmpty()) {
          orgFits = false;
          for (String o : orgNames) {
            if (last.orgs.contains(o)) {
              orgFits = true;
            }
          }
        }
        if (orgFits) {
          if (last.orgs.isEmpty() && hasOrgs) {
            boolean sameCountry = true;
            for (Entity o : f.orgs) {
              if (o.country() != null
                  && last.supplierCountry != null
                  && !o.country().equals(last.supplierCountry)) {
                sameCountry = false;
              }
            }
            if (sameCountry) {
              last.orgs.addAll(orgNames);
              last.newOrg |= newOrg;
              last.x[Features.NAMED_ORGANIZATION] = 1;
            }
          }
          addDetails(last, f, text, norm, docDate, m);
        }
      }
    } else if (hasSupplier && f.hedge < 2) {
      // A hypothetical is never a transfer. Weak statements (no cue, supplier from context)
      // still become candidates: the confidence model learned from annotated text how little
      // they are worth, and the threshold drops them.
      // Named organizations from different home countries are different suppliers: "equipment
      // from Huawei and Dahua supplied through local firm Naung Yoe".
      List<SupplierSet> sets = new ArrayList<>(1);
      Map<String, SupplierSet> byCountry = new HashMap<>(2);
      if (supplierDistance == 0) {
        for (Entity o : f.orgs) {
          if (o.country() != null && !byCountry.containsKey(o.country())) {
            SupplierSet set = new SupplierSet(o.country());
            byCountry.put(o.country(), set);
            sets.add(set);
          }
        }
      }
      if (byCountry.size() >= 2) {
        for (Entity o : f.orgs) {
          SupplierSet set = byCountry.get(o.country());
          (set == null
                  ? byCountry.get(supplierCountry) == null
                      ? sets.get(0)
                      : byCountry.get(supplierCountry)
                  : set)
              .add(o.name(), false);
        }
        for (String u : f.unknownOrgs) {
          SupplierSet set = byCountry.get(supplierCountry);
          (set == null ? sets.get(0) : set).add(u, true);
        }
      } else {
        sets.clear();
        SupplierSet one = new SupplierSet(supplierCountry);
        for (String o : orgNames) {
          one.add(o, false);
        }
        one.newOrg = newOrg;
        sets.add(one);
      }
      // One scan of the sentence, not one per recipient and supplier set.
      boolean anotherDeal = supplierDistance == 0 && marksAnotherDeal(norm, f.start, f.end);
      for (int r = 0; r < recipients.size(); r++) {
        for (SupplierSet set : sets) {
          String rc = recipients.get(r);
          CountryGroup g = recipientGroups.get(r);
          boolean domestic = rc.equals(set.country);
          if (domestic
              && !(!set.orgs.isEmpty() && f.cue >= 2 && g.recScore >= 2 && supplierDistance == 0)) {
            continue;
          }
          Draft d = new Draft();
          d.orgs.addAll(set.orgs);
          d.newOrg = set.newOrg;
          d.supplierCountry = set.country;
          d.recipient = rc;
          d.paragraph = f.paragraph;
          d.endUser = g.endUser;
          d.anotherDeal = anotherDeal;
          double[] x = d.x;
          x[Features.BIAS] = 1;
          x[Features.SUPPLIER_SAME_SENTENCE] = supplierDistance == 0 ? 1 : 0;
          x[Features.SUPPLIER_FROM_PARAGRAPH] = supplierDistance == 1 ? 1 : 0;
          x[Features.SUPPLIER_FROM_DOCUMENT] = supplierDistance == 2 ? 1 : 0;
          x[Features.NAMED_ORGANIZATION] = set.orgs.isEmpty() ? 0 : 1;
          x[Features.NEW_ORGANIZATION] = set.newOrg ? 1 : 0;
          x[Features.RECIPIENT_ROLE] = Math.min(g.recScore, 4) / 4.0;
          x[Features.RECIPIENT_PROMOTED] = promoted && g.role == 0 ? 1 : 0;
          x[Features.RECIPIENT_IN_LIST] = g.codes.size() > 1 ? 1 : 0;
          x[Features.RECIPIENT_FROM_CONTEXT] = recipientFromContext ? 1 : 0;
          x[Features.DOMINANT_SUPPLIER] =
              set.country != null && set.country.equals(dominant) ? 1 : 0;
          x[Features.DOMESTIC] = domestic ? 1 : 0;
          x[Features.CONTEXT_ONLY] = relevant ? 0 : relevantByContext ? 0.5 : 1;
          x[Features.CROSS_PARAGRAPH] = crossParagraph ? 1 : 0;
          for (CountryGroup sg : supGroups) {
            if (sg.explicitSupplier && sg.codes.contains(set.country) && supplierDistance == 0) {
              x[Features.SUPPLIER_STATED] = 1;
            }
          }
          addDetails(d, f, text, norm, docDate, m);
          drafts.add(d);
        }
      }
    }
    if (inSentenceSupplier && f.hedge < 2) {
      story.orgs = List.copyOf(orgNames);
      story.newOrg = newOrg;
      story.supplierCountry = supplierCountry;
      story.supplierParagraph = f.paragraph;
      story.supplierAt = f.index;
      story.supplierSentence = f.hedge < 2 && (relevant || hasOrgs) ? f.index : -10;
    }
    List<CountryGroup> named = recGroups;
    if (named.isEmpty()) {
      // "Zimbabwe is expanding its programme. The government has signed ...": a country named
      // in no clear role can still be the one the next sentence talks about.
      named = new ArrayList<>();
      for (CountryGroup g : neutral) {
        if (!g.codes.contains(supplierCountry)) {
          named.add(g);
        }
      }
    }
    if (!named.isEmpty()) {
      List<String> codes = new ArrayList<>();
      for (CountryGroup g : named) {
        codes.addAll(g.codes);
      }
      story.recipients = codes;
      story.recipientStated = false;
      for (CountryGroup g : named) {
        story.recipientStated |= g.recScore >= 2;
      }
      story.recipientSentence = f.index;
      story.recipientParagraph = f.paragraph;
    }
  }

  /**
   * Pass 1 of {@link #assemble}: the facts of every sentence that has a mention, in order, and the
   * votes for the document's supplier country. Kept apart so that each method stays small enough
   * for the JIT to compile and inline well.
   */
  private void collectFacts(
      String norm, Segments seg, Mentions m, List<Facts> facts, Map<String, Double> supplierVotes) {
    int e = 0;
    int t = 0;
    // The dateline's place and date are where and when the story was filed: not evidence.
    int bodyStart = Dateline.bodyStart(norm);
    for (int s = 0; s < seg.count(); s++) {
      int ss = Math.max(seg.start(s), bodyStart);
      int se = seg.end(s);
      if (ss >= se) {
        continue;
      }
      while (e < m.entityCount && m.entityStart[e] < ss) {
        e++;
      }
      while (t < m.termCount && m.termStart[t] < ss) {
        t++;
      }
      int e0 = e;
      int t0 = t;
      while (e < m.entityCount && m.entityStart[e] < se) {
        e++;
      }
      while (t < m.termCount && m.termStart[t] < se) {
        t++;
      }
      if (e == e0 && !mattersWithoutEntity(m, t0, t)) {
        continue; // most sentences of a news corpus: nothing to assemble
      }
      Facts f = sentenceFacts(norm, s, ss, se, seg.paragraph(s), m, e0, e, t0, t);
      if (f == null) {
        continue;
      }
      f.firstInParagraph = s == 0 || seg.paragraph(s - 1) != seg.paragraph(s);
      facts.add(f);
      for (CountryGroup g : f.groups) {
        if (g.role == 1) {
          for (String c : g.codes) {
            supplierVotes.merge(c, 1.0, Double::sum);
          }
        }
      }
      for (Entity o : f.orgs) {
        if (o.country() != null) {
          supplierVotes.merge(o.country(), 1.0, Double::sum);
        }
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

  private static boolean mattersWithoutEntity(Mentions m, int t0, int t1) {
    for (int i = t0; i < t1; i++) {
      Term t = m.terms[i];
      if (t.cue() > 0 || !t.technologies().isEmpty() || t.has(Term.F_FIN)) {
        return true;
      }
    }
    return false;
  }

  /** Adds what sentence {@code f} says (technology, status, date, money, evidence) to a draft. */
  private void addDetails(
      Draft d, Facts f, String text, String norm, LocalDate docDate, Mentions m) {
    d.tech.addAll(f.tech);
    double[] x = d.x;
    x[Features.CUE_STRENGTH] = Math.max(x[Features.CUE_STRENGTH], f.cue / 3.0);
    x[Features.TECHNOLOGY] = d.tech.isEmpty() ? 0 : 1;
    x[Features.WEAK_HEDGE] = Math.max(x[Features.WEAK_HEDGE], f.hedge >= 1 ? 1 : 0);
    x[Features.NEGATION] = Math.max(x[Features.NEGATION], f.negation ? 1 : 0);
    if (f.status != null) {
      x[Features.STATUS_CUE] = 1;
      if (d.status == null || rank(f.status) > rank(d.status)) {
        d.status = f.status;
      }
    }
    if (d.year == null) {
      DateResolver.YearMonth ym = DateResolver.find(norm, f.start, f.end, docDate);
      if (ym != null) {
        d.year = ym.year();
        d.month = ym.month() == 0 ? null : ym.month();
      }
    }
    boolean digits = false;
    for (int i = f.start; i < f.end; i++) {
      if (Character.isDigit(norm.charAt(i))) {
        digits = true;
        break;
      }
    }
    if (digits) {
      for (MoneyParser.Amount found : MoneyParser.find(norm, f.start, f.end)) {
        MoneyParser.Amount a = inLocalCurrency(found, norm, d.recipient);
        int kind = moneyKind(a, f, m);
        if (kind == 1 && d.financing == null) {
          String lender = null;
          if (!f.lenders.isEmpty()) {
            lender = f.lenders.get(0).name();
          } else {
            for (CountryGroup g : f.groups) {
              if (g.role == 1 && (g.prevWord.equals("from") || g.prevWord.equals("by"))) {
                lender = g.entities.get(0).name();
              }
            }
          }
          d.financing = new Financing(lender, a.amount(), a.currency());
          x[Features.MONEY] = 1;
        } else if (kind == 2 && d.value == null) {
          d.value = new Money(a.amount(), a.currency());
          x[Features.MONEY] = 1;
        }
      }
    }
    if (d.financing == null && !f.lenders.isEmpty() && f.finWord) {
      d.financing = new Financing(f.lenders.get(0).name(), null, null);
    }
    if (d.endUser == null) {
      for (CountryGroup g : f.groups) {
        if (g.endUser != null && g.codes.contains(d.recipient)) {
          d.endUser = g.endUser;
        }
      }
      for (Entity a : f.agencies) {
        if (d.recipient.equals(a.country())) {
          d.endUser = a.name();
        }
      }
    }
    d.spans.add(new int[] {f.start, f.end});
    d.lastSentence = f.index;
    d.lastParagraph = f.paragraph;
    x[Features.SUPPORTING_SENTENCES] = Math.min(d.spans.size(), 3) / 3.0;
  }

  private static final List<String> NAMED_CURRENCY_WORDS =
      List.of("indian", "pakistani", "kenyan", "ugandan", "tanzanian", "swiss", "cfa", "mexican");

  /** Currencies that several countries name alike, keyed by the word's stem. */
  private static final Map<String, Map<String, String>> SHARED_CURRENCY_NAMES =
      Map.of(
          "rupee",
          Map.of("PK", "PKR", "LK", "LKR", "NP", "NPR", "MU", "MUR", "SC", "SCR"),
          "shilling",
          Map.of("UG", "UGX", "TZ", "TZS", "SO", "SOS"),
          "franc",
          Map.ofEntries(
              Map.entry("CM", "XAF"),
              Map.entry("CF", "XAF"),
              Map.entry("TD", "XAF"),
              Map.entry("CG", "XAF"),
              Map.entry("GQ", "XAF"),
              Map.entry("GA", "XAF"),
              Map.entry("BJ", "XOF"),
              Map.entry("BF", "XOF"),
              Map.entry("CI", "XOF"),
              Map.entry("ML", "XOF"),
              Map.entry("NE", "XOF"),
              Map.entry("SN", "XOF"),
              Map.entry("TG", "XOF"),
              Map.entry("RW", "RWF"),
              Map.entry("BI", "BIF"),
              Map.entry("GN", "GNF"),
              Map.entry("DJ", "DJF"),
              Map.entry("CD", "CDF")),
          "peso",
          Map.of(
              "AR", "ARS", "CO", "COP", "CL", "CLP", "PH", "PHP", "UY", "UYU", "DO", "DOP", "CU",
              "CUP"));

  /**
   * "12 billion rupees" in a story about Pakistan is in Pakistani rupees: an amount written with a
   * currency name several countries share ("rupees", "Rs", "shillings", "francs", "pesos"), and no
   * country before it, is in the recipient's currency when the recipient uses one of that name.
   */
  private static MoneyParser.Amount inLocalCurrency(
      MoneyParser.Amount a, String norm, String recipient) {
    String written = norm.substring(a.start(), a.end()).toLowerCase(Locale.ROOT);
    String stem = null;
    if (written.contains("rupee") || written.startsWith("rs")) {
      stem = "rupee";
    } else if (written.contains("shilling") || written.startsWith("sh")) {
      stem = "shilling";
    } else if (written.contains("franc")) {
      stem = "franc";
    } else if (written.contains("peso")) {
      stem = "peso";
    }
    for (String named : NAMED_CURRENCY_WORDS) {
      if (written.contains(named)) {
        return a; // "Kenyan shillings", "Swiss francs", "CFA francs": the text says which
      }
    }
    if (stem == null || recipient == null) {
      return a;
    }
    String local = SHARED_CURRENCY_NAMES.get(stem).get(recipient);
    return local == null ? a : new MoneyParser.Amount(a.amount(), local, a.start(), a.end());
  }

  private static int rank(TransferStatus s) {
    return switch (s) {
      case DENIED -> 9;
      case CANCELLED -> 8;
      case SUSPENDED -> 7;
      case OPERATIONAL -> 5;
      case DELIVERED -> 4;
      case AGREED -> 3;
      case PLANNED -> 2;
      case REPORTED -> 1;
    };
  }

  /** 1 financing, 2 contract value, 0 neither (a valuation, a market size). */
  private static int moneyKind(MoneyParser.Amount a, Facts f, Mentions m) {
    int nearestFin = Integer.MAX_VALUE;
    int nearestVal = Integer.MAX_VALUE;
    int nearestNoval = Integer.MAX_VALUE;
    for (int i = f.termFrom; i < f.termTo; i++) {
      Term t = m.terms[i];
      int dist =
          m.termStart[i] >= a.end()
              ? m.termStart[i] - a.end()
              : m.termEnd[i] <= a.start() ? a.start() - m.termEnd[i] : 0;
      if (t.has(Term.F_FIN)) {
        nearestFin = Math.min(nearestFin, dist);
      }
      if (t.has(Term.F_VAL) || t.cue() >= 3) {
        nearestVal = Math.min(nearestVal, dist);
      }
      if (t.has(Term.F_NOVAL)) {
        nearestNoval = Math.min(nearestNoval, dist);
      }
    }
    if (nearestNoval < 30 && nearestNoval <= Math.min(nearestFin, nearestVal)) {
      return 0;
    }
    if (nearestFin < 40 && nearestFin <= nearestVal) {
      return 1;
    }
    if (nearestVal < 60 || f.cue >= 2) {
      return 2;
    }
    return 0;
  }

  private List<Draft> merge(List<Draft> drafts) {
    for (Draft d : drafts) {
      d.score = model.predict(d.x);
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft target = null;
      for (Draft o : out) {
        if (!o.recipient.equals(d.recipient)) {
          continue;
        }
        if (d.anotherDeal && d.year != null && !d.year.equals(o.year)) {
          continue; // the same parties again, another year: a repeated deal, kept apart
        }
        boolean sameOrgs = !d.orgs.isEmpty() && sharesOrg(o.orgs, d.orgs);
        boolean countryOnly =
            (d.orgs.isEmpty() || o.orgs.isEmpty())
                && (d.supplierCountry == null
                    || o.supplierCountry == null
                    || d.supplierCountry.equals(o.supplierCountry));
        if (sameOrgs || countryOnly) {
          if (target == null || o.score > target.score) {
            target = o;
          }
        }
      }
      if (target == null) {
        out.add(d);
      } else {
        absorb(target, d);
      }
    }
    return out;
  }

  private static final Set<String> ANOTHER_DEAL_WORDS =
      Set.of("also", "earlier", "previous", "another", "second", "third", "new");

  /** Whether the sentence has a word that sets its deal apart from one told before. */
  private static boolean marksAnotherDeal(String norm, int from, int to) {
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(norm.charAt(i))) {
        i++;
      }
      int w = i;
      while (i < to && Character.isLetter(norm.charAt(i))) {
        i++;
      }
      int len = i - w;
      if (len >= 3 && len <= 8) {
        String word = norm.substring(w, i).toLowerCase(Locale.ROOT);
        if (ANOTHER_DEAL_WORDS.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sharesOrg(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (OrganizationNames.sameOrganization(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private void absorb(Draft into, Draft d) {
    if (into.orgs.isEmpty() && !d.orgs.isEmpty()) {
      into.orgs.addAll(d.orgs);
      into.newOrg = d.newOrg;
    }
    if (into.supplierCountry == null) {
      into.supplierCountry = d.supplierCountry;
    }
    into.tech.addAll(d.tech);
    // The same supplier and recipient mentioned again far away (a background paragraph, "has
    // since...") is often another deal: its date, amount and status stay out of this one.
    boolean near = Math.abs(d.paragraph - into.paragraph) <= 1;
    if (near
        && d.status != null
        && (into.status == null || rank(d.status) >= 7 && rank(d.status) > rank(into.status))) {
      into.status = d.status;
    }
    if (near && into.year == null) {
      into.year = d.year;
      into.month = d.month;
    }
    if (near && into.value == null) {
      into.value = d.value;
    }
    if (near && into.financing == null) {
      into.financing = d.financing;
    }
    if (into.endUser == null) {
      into.endUser = d.endUser;
    }
    // The merged candidate keeps the stronger evidence of each kind.
    for (int k = 1; k < Features.COUNT; k++) {
      if (k == Features.SUPPLIER_FROM_DOCUMENT
          || k == Features.SUPPLIER_FROM_PARAGRAPH
          || k == Features.WEAK_HEDGE
          || k == Features.NEGATION
          || k == Features.RECIPIENT_PROMOTED
          || k == Features.RECIPIENT_FROM_CONTEXT
          || k == Features.DOMESTIC
          || k == Features.NEW_ORGANIZATION
          || k == Features.CONTEXT_ONLY
          || k == Features.CROSS_PARAGRAPH
          || k == Features.NO_CUE) {
        into.x[k] = Math.min(into.x[k], d.x[k]);
      } else {
        into.x[k] = Math.max(into.x[k], d.x[k]);
      }
    }
    if (into.x[Features.SUPPLIER_SAME_SENTENCE] == 1) {
      into.x[Features.SUPPLIER_FROM_DOCUMENT] = 0;
      into.x[Features.SUPPLIER_FROM_PARAGRAPH] = 0;
    }
    into.x[Features.NAMED_ORGANIZATION] = into.orgs.isEmpty() ? 0 : 1;
    into.x[Features.TECHNOLOGY] = into.tech.isEmpty() ? 0 : 1;
    for (int[] span : d.spans) {
      boolean seen = false;
      for (int[] s : into.spans) {
        if (s[0] == span[0]) {
          seen = true;
        }
      }
      if (!seen) {
        into.spans.add(span);
      }
    }
    into.spans.sort((p, q) -> Integer.compare(p[0], q[0]));
    into.x[Features.SUPPORTING_SENTENCES] = Math.min(into.spans.size(), 3) / 3.0;
    into.score = model.predict(into.x);
  }

  private List<Candidate> finish(List<Draft> drafts, String text) {
    List<Candidate> out = new ArrayList<>(drafts.size());
    double docCount = Math.min(Math.log1p(drafts.size()) / 3.0, 1.0);
    for (Draft d : drafts) {
      d.x[Features.CANDIDATES_IN_DOCUMENT] = docCount;
      d.x[Features.NO_CUE] = d.x[Features.CUE_STRENGTH] == 0 ? 1 : 0;
      double conf = model.predict(d.x);
      List<Evidence> ev = new ArrayList<>(d.spans.size());
      for (int[] s : d.spans) {
        ev.add(new Evidence(text.substring(s[0], s[1]), s[0], s[1]));
      }
      out.add(
          new Candidate(
              new ArrayList<>(d.orgs),
              d.supplierCountry,
              d.recipient,
              d.endUser,
              new ArrayList<>(d.tech),
              d.year,
              d.month,
              d.value,
              d.financing,
              d.status == null ? TransferStatus.REPORTED : d.status,
              Math.round(conf * 1000) / 1000.0,
              ev,
              d.newOrg,
              d.x.clone()));
    }
    out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
    return out;
  }

  // ---------------------------------------------------------------- sentence facts

  private Facts sentenceFacts(
      String norm,
      int index,
      int ss,
      int se,
      int paragraph,
      Mentions m,
      int e0,
      int e1,
      int t0,
      int t1) {
    Facts f = new Facts();
    f.index = index;
    f.start = ss;
    f.end = se;
    f.paragraph = paragraph;
    f.termFrom = t0;
    f.termTo = t1;
    int bestStatusCue = 0;
    int firstHypothetical = -1;
    int firstStrongCue = -1;
    for (int i = t0; i < t1; i++) {
      Term t = m.terms[i];
      f.cue = Math.max(f.cue, t.cue());
      if (t.hedge() >= 2 && firstHypothetical < 0) {
        firstHypothetical = m.termStart[i];
      } else if (t.hedge() == 1) {
        f.hedge = Math.max(f.hedge, 1);
      }
      if (t.cue() >= 2 && firstStrongCue < 0) {
        firstStrongCue = m.termStart[i];
      }
      f.tech.addAll(t.technologies());
      if (t.has(Term.F_NEG)) {
        f.negation = true;
      }
      // "the state-wide system" does not refer back to a state
      boolean compound = m.termEnd[i] < se && norm.charAt(m.termEnd[i]) == '-';
      if (t.has(Term.F_ANA) && !compound) {
        f.anaphor = true;
      }
      if (t.has(Term.F_ORGANA) && !compound) {
        f.orgAnaphor = true;
      }
      if (t.has(Term.F_FIN)) {
        f.finWord = true;
      }
      // The strongest cue sets the status, but a firm cue (2 or more) of a later stage of the
      // deal itself beats one of an earlier stage ("a deal signed in 2019 ... received 3,200
      // cameras" is delivered). "Operational" describes use, often in a side clause ("technology
      // used in the name of security"), so it needs a stronger cue than the stage it would
      // override ("imported ... technology used in" stays delivered). A denial,
      // cancellation or suspension governs the sentence.
      if (t.status() != null) {
        int firmness =
            t.status() == TransferStatus.OPERATIONAL ? t.cue() - 1 : Math.min(t.cue(), 2);
        if (f.status == null
            || firmness > bestStatusCue
            || (firmness == bestStatusCue && rank(t.status()) > rank(f.status))
            || rank(t.status()) >= 7) {
          if (f.status == null || rank(f.status) < 7) {
            f.status = t.status();
            bestStatusCue = firmness;
          }
        }
      }
    }
    // A hypothetical ("may turn to", "could") governs the sentence unless a firm statement of a
    // transfer comes before it ("sold cameras to Kenya, which could be used ...").
    if (firstHypothetical >= 0 && (firstStrongCue < 0 || firstHypothetical < firstStrongCue)) {
      f.hedge = 2;
    }
    // A denial names what was denied: keep the denial even if "supplied" is in the sentence.
    CountryGroup current = null;
    for (int i = e0; i < e1; i++) {
      Entity en = m.entities[i];
      int s = m.entityStart[i];
      int en1 = m.entityEnd[i];
      switch (en.kind()) {
        case SUPPLIER_ORG -> {
          f.orgs.add(en);
          f.orgStarts.add(s);
        }
        case LENDER -> f.lenders.add(en);
        case AGENCY -> f.agencies.add(en);
        default -> {
          if (namesAPlace(norm, en1, se)) {
            continue; // "Cairo Road" in Lusaka is a street, not Egypt
          }
          if (current != null && joinsList(norm, current.end, s)) {
            current.end = en1;
            if (!current.codes.contains(en.country())) {
              current.codes.add(en.country());
            }
            current.entities.add(en);
            current.capital |= en.kind() == Entity.Kind.COUNTRY_CAPITAL;
          } else {
            current = new CountryGroup();
            current.start = s;
            current.end = en1;
            current.codes.add(en.country());
            current.entities.add(en);
            current.capital = en.kind() == Entity.Kind.COUNTRY_CAPITAL;
            f.groups.add(current);
          }
        }
      }
    }
    if (f.groups.isEmpty()
        && f.orgs.isEmpty()
        && f.agencies.isEmpty()
        && f.cue == 0
        && f.tech.isEmpty()
        && !f.finWord) {
      return null;
    }
    for (CountryGroup g : f.groups) {
      scoreRole(norm, ss, se, g, f);
    }
    lockDomesticRecipient(f);
    if (!f.orgStarts.isEmpty()) {
      int first = f.orgStarts.get(0);
      f.examplesOnly = norm.substring(Math.max(ss, first - 9), first).endsWith("such as ");
    }
    if (f.cue >= 1 && !f.groups.isEmpty()) {
      findUnknownOrgs(norm, f, m, e0, e1);
    }
    return f;
  }

  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "Road",
          "Street",
          "Avenue",
          "Square",
          "Boulevard",
          "Airport",
          "University",
          "Stadium",
          "Hotel",
          "Bridge",
          "Highway",
          "Station",
          "Club",
          "Declaration",
          "Convention",
          "Accord",
          "Accords",
          "Principles",
          "Process");

  /** Whether a country name is the first word of another proper name ("Cairo Road"). */
  private static boolean namesAPlace(String norm, int end, int to) {
    if (end + 1 >= to || norm.charAt(end) != ' ' || !Character.isUpperCase(norm.charAt(end + 1))) {
      return false;
    }
    return PLACE_NOUNS.contains(wordAtCased(norm, end + 1, to));
  }

  private static String wordAtCased(String norm, int pos, int to) {
    int i = pos;
    while (i < to && Character.isLetter(norm.charAt(i))) {
      i++;
    }
    return norm.substring(pos, i);
  }

  private static boolean joinsList(String norm, int from, int to) {
    // Trim by offsets first: the gap between two countries is usually a long stretch of prose,
    // and copying it only to find it is not a list separator is the common case.
    while (from < to && norm.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && norm.charAt(to - 1) <= ' ') {
      to--;
    }
    if (to - from > LONGEST_LIST_JOINER + " the".length()) {
      return false;
    }
    String gap = norm.substring(from, to);
    // "Pakistan and the Philippines": the article belongs to the next country's name.
    if (gap.endsWith(" the")) {
      gap = gap.substring(0, gap.length() - " the".length()).trim();
    }
    return gap.equals(",")
        || gap.equals("and")
        || gap.equals(", and")
        || gap.equals("or")
        || gap.equals(", or")
        || gap.equals("&")
        || gap.equals("as well as")
        || gap.equals(", as well as");
  }

  private static final int LONGEST_LIST_JOINER = ", as well as".length();

  private void scoreRole(String norm, int ss, int se, CountryGroup g, Facts f) {
    Entity first = g.entities.get(0);
    Entity last = g.entities.get(g.entities.size() - 1);
    int[] pw = new int[2];
    String prev = wordBefore(norm, g.start, ss, pw);
    g.prevWord = prev;
    String prev2 = prev.isEmpty() ? "" : wordBefore(norm, pw[0], ss, pw);
    if (REC_PREPS.contains(prev)) {
      if (!(prev.equals("to")
          && (prev2.equals("according")
              || prev2.equals("due")
              || prev2.equals("similar")
              || prev2.equals("close")
              || prev2.equals("compared")))) {
        g.recScore += prev.equals("in") || prev.equals("at") ? 1.5 : 2;
      }
    } else if (prev.equals("from")) {
      g.supScore += 2;
    } else if (prev.equals("by")) {
      if (PASSIVE_RECEIVERS.contains(prev2)) {
        g.recScore += 2;
      } else {
        g.supScore += 2;
      }
    } else if (prev.equals("of") && OF_RECIPIENT_HEADS.contains(prev2)) {
      g.recScore += 2;
    } else if (prev.equals("with") || prev.equals("including")) {
      g.recScore += 1;
    }
    if (first.kind() == Entity.Kind.COUNTRY_NAME
        && prev.equals("the")
        && (prev2.equals("to") || prev2.equals("in"))) {
      g.recScore += 1.5;
    }
    // After the (last) mention: "-made", possessive heads, or a verb with the country as subject.
    int p = g.end;
    if (p < se && norm.charAt(p) == '-') {
      String w = wordAt(norm, p + 1, se);
      if (SUPPLIER_HYPHEN.contains(w)) {
        g.supScore += 3;
      }
    }
    boolean possessive = false;
    if (p + 1 < se && norm.charAt(p) == '\'') {
      possessive = true;
      p += norm.charAt(p + 1) == 's' ? 2 : 1;
    }
    boolean demonym = last.kind() == Entity.Kind.COUNTRY_DEMONYM;
    if (possessive || demonym) {
      // "Russia's Vega", "Chinese Huawei": the country is the home of the vendor named next.
      int next = skipSpaces(norm, p, se);
      for (int k = 0; k < f.orgs.size(); k++) {
        if (f.orgStarts.get(k) == next && g.codes.contains(f.orgs.get(k).country())) {
          g.supScore += 3;
        }
      }
    }
    int q = p;
    int looked = 0;
    boolean headFound = false;
    while (looked < ((demonym || possessive) ? 3 : 1)) {
      while (q < se && norm.charAt(q) == ' ') {
        q++;
      }
      String w = wordAt(norm, q, se);
      if (w.isEmpty()) {
        break;
      }
      Term two = gazetteer.lexicon().word(w + " " + wordAt(norm, q + w.length() + 1, se));
      Term term =
          two != null && (two.has(Term.F_RECHEAD) || two.has(Term.F_SUPHEAD))
              ? two
              : gazetteer.lexicon().word(w);
      if (term != null && term.has(Term.F_RECHEAD)) {
        g.recScore += 2;
        headFound = true;
        if (term.has(Term.F_ENDUSER) && (demonym || possessive)) {
          g.endUser =
              last.name().equals(first.name()) && demonym
                  ? norm.substring(g.start, q + (term == two ? two.text().length() : w.length()))
                  : null;
        }
        break;
      }
      if (term != null && term.has(Term.F_SUPHEAD)) {
        g.supScore += 2;
        headFound = true;
        break;
      }
      q += w.length();
      looked++;
    }
    if (!headFound && !demonym) {
      // Subject of a verb: "Kenya has also bought", "China sold".
      q = p;
      for (int k = 0; k < 5; k++) {
        while (q < se && (norm.charAt(q) == ' ' || norm.charAt(q) == ',')) {
          q++;
        }
        String w = wordAt(norm, q, se);
        if (w.isEmpty()) {
          break;
        }
        if (SKIPPABLE.contains(w)) {
          q += w.length();
          continue;
        }
        Term term = gazetteer.lexicon().word(w);
        if (term != null && term.has(Term.F_RECVERB)) {
          g.recScore += 2;
        } else if (term != null && term.has(Term.F_SUPVERB)) {
          g.supScore += 2;
        } else if (w.equals("become") || w.equals("became") || w.equals("turned")) {
          g.recScore += 1.5;
        }
        break;
      }
    }
    g.explicitRecipient = g.recScore >= 2 && g.supScore == 0;
    g.explicitSupplier = g.supScore >= 2 && g.supScore > g.recScore;
    if (g.capital) {
      g.recScore += 1;
    }
    for (Entity o : f.orgs) {
      if (o.country() != null && g.codes.contains(o.country())) {
        g.supScore += 1.5;
      }
    }
    for (Entity l : f.lenders) {
      if (l.country() != null && g.codes.contains(l.country())) {
        g.supScore += 1;
      }
    }
    g.role = role(g);
  }

  /**
   * "Kenya's interior ministry has awarded a contract to Safaricom": when a sentence names one
   * country only and its syntax makes it the receiving side, a named vendor from that country is a
   * domestic contractor, not a reason to make the country the supplier.
   */
  private static void lockDomesticRecipient(Facts f) {
    String only = null;
    boolean explicit = false;
    for (CountryGroup g : f.groups) {
      for (String c : g.codes) {
        if (only == null) {
          only = c;
        } else if (!only.equals(c)) {
          return;
        }
      }
      explicit |= g.explicitRecipient;
    }
    if (!explicit) {
      return;
    }
    for (CountryGroup g : f.groups) {
      g.role = -1;
      g.recScore = Math.max(g.recScore, 2);
      g.locked = true;
    }
  }

  private static int role(CountryGroup g) {
    if (g.supScore > g.recScore && g.supScore >= 1) {
      return 1;
    }
    if (g.recScore > g.supScore && g.recScore >= 1) {
      return -1;
    }
    return 0;
  }

  /** The lower-case word ending before {@code pos} (spaces skipped, punctuation stops). */
  private static String wordBefore(String norm, int pos, int from, int[] startOut) {
    int i = pos;
    while (i > from && norm.charAt(i - 1) == ' ') {
      i--;
    }
    int end = i;
    while (i > from && (Character.isLetter(norm.charAt(i - 1)) || norm.charAt(i - 1) == '-')) {
      i--;
    }
    startOut[0] = i;
    return norm.substring(i, end).toLowerCase(Locale.ROOT);
  }

  private static String wordAt(String norm, int pos, int to) {
    int i = pos;
    while (i < to && (Character.isLetter(norm.charAt(i)) || norm.charAt(i) == '-')) {
      i++;
    }
    return pos >= to ? "" : norm.substring(pos, i).toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- unknown organizations

  /**
   * Capitalised names shaped like a company ("Skyvision Technologies", "the Israeli firm Paragon",
   * "Ardent, a Turkish company") that the register does not know.
   */
  private void findUnknownOrgs(String norm, Facts f, Mentions m, int e0, int e1) {
    int i = f.start;
    while (i < f.end) {
      char c = norm.charAt(i);
      if (!Character.isUpperCase(c)
          || (i > f.start && Character.isLetterOrDigit(norm.charAt(i - 1)))) {
        i++;
        continue;
      }
      // A run of capitalised words.
      int runStart = i;
      int runEnd = i;
      int words = 0;
      int j = i;
      while (j < f.end && Character.isUpperCase(norm.charAt(j))) {
        int w = j;
        while (w < f.end
            && (Character.isLetterOrDigit(norm.charAt(w))
                || norm.charAt(w) == '-'
                || norm.charAt(w) == '&')) {
          w++;
        }
        if (w < f.end && norm.charAt(w) == '.' && w - j <= 4) {
          w++; // "Co." "Inc."
        }
        runEnd = w;
        words++;
        if (w + 1 < f.end && norm.charAt(w) == ' ' && Character.isUpperCase(norm.charAt(w + 1))) {
          j = w + 1;
        } else {
          break;
        }
      }
      i = Math.max(runEnd, i + 1);
      if (overlapsEntity(m, e0, e1, runStart, runEnd)) {
        continue;
      }
      String name = norm.substring(runStart, runEnd);
      String[] parts = name.split(" ");
      int from = 0;
      while (from < parts.length && NON_NAME_WORDS.contains(parts[from].replace(".", ""))) {
        from++;
      }
      if (from == parts.length) {
        continue;
      }
      String lastWord = parts[parts.length - 1].replace(".", "").toLowerCase(Locale.ROOT);
      Term lastTerm = gazetteer.lexicon().word(lastWord);
      boolean suffix =
          lastTerm != null && lastTerm.has(Term.F_ORGSUFFIX) && parts.length - from >= 2;
      String after = wordAt(norm, skipSpaces(norm, runEnd, f.end), f.end);
      Term afterTerm = gazetteer.lexicon().word(after);
      boolean nounAfter = afterTerm != null && afterTerm.has(Term.F_ORGNOUN);
      int[] ps = new int[1];
      String before = wordBefore(norm, runStart, f.start, ps);
      Term beforeTerm = gazetteer.lexicon().word(before);
      boolean nounBefore =
          beforeTerm != null && beforeTerm.has(Term.F_ORGNOUN) && runStart > f.start;
      boolean appositive = isAppositiveCompany(norm, runEnd, f.end);
      if (!(suffix || nounAfter || nounBefore || appositive || sellsNext(norm, runEnd, f.end))) {
        continue;
      }
      String cleaned = String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length));
      if (cleaned.length() < 3 || isOnlyLexicon(cleaned)) {
        continue;
      }
      if (!f.unknownOrgs.contains(cleaned)) {
        f.unknownOrgs.add(cleaned);
      }
      if (nounBefore) {
        // "the Israeli firm Paragon": the demonym before the noun gives the home country.
        String demonymWindow = norm.substring(Math.max(f.start, ps[0] - 25), ps[0]);
        for (int k = e0; k < e1; k++) {
          if (m.entities[k].kind() == Entity.Kind.COUNTRY_DEMONYM
              && m.entityStart[k] >= ps[0] - 25
              && m.entityEnd[k] <= ps[0]) {
            f.unknownOrgCountry = m.entities[k].country();
          }
        }
        if (demonymWindow.isEmpty()) {
          f.unknownOrgCountry = null;
        }
      }
      if (appositive) {
        for (int k = e0; k < e1; k++) {
          if (m.entities[k].kind() == Entity.Kind.COUNTRY_DEMONYM
              && m.entityStart[k] > runEnd
              && m.entityStart[k] < runEnd + 12) {
            f.unknownOrgCountry = m.entities[k].country();
          }
        }
      }
    }
  }

  private static int skipSpaces(String norm, int i, int to) {
    while (i < to && norm.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * A name as the subject of a firm supply verb: "IBM has sold", "Cellebrite supplied". Countries,
   * capitals and known organizations are entities and never get here.
   */
  private boolean sellsNext(String norm, int end, int to) {
    int i = end;
    for (int k = 0; k < 3; k++) {
      i = skipSpaces(norm, i, to);
      String w = wordAt(norm, i, to);
      if (w.isEmpty()) {
        return false;
      }
      if (SUBJECT_VERB_FILLERS.contains(w)) {
        i += w.length();
        continue;
      }
      Term t = gazetteer.lexicon().word(w);
      return t != null && t.has(Term.F_SUPVERB) && !t.has(Term.F_FIN) && t.cue() >= 3;
    }
    return false;
  }

  private static final Set<String> SUBJECT_VERB_FILLERS =
      Set.of("has", "have", "had", "also", "reportedly", "allegedly", "previously", "already");

  /** ", a Chinese technology company" / ", an Israeli firm" right after a name. */
  private boolean isAppositiveCompany(String norm, int end, int to) {
    if (end + 3 >= to || norm.charAt(end) != ',') {
      return false;
    }
    int i = skipSpaces(norm, end + 1, to);
    String w = wordAt(norm, i, to);
    if (!w.equals("a") && !w.equals("an") && !w.equals("the")) {
      return false;
    }
    i += w.length();
    for (int k = 0; k < 4; k++) {
      i = skipSpaces(norm, i, to);
      String x = wordAt(norm, i, to);
      if (x.isEmpty()) {
        return false;
      }
      Term t = gazetteer.lexicon().word(x);
      if (t != null && t.has(Term.F_ORGNOUN)) {
        return true;
      }
      i += x.length();
    }
    return false;
  }

  private static boolean overlapsEntity(Mentions m, int e0, int e1, int s, int e) {
    for (int k = e0; k < e1; k++) {
      if (m.entityStart[k] < e && m.entityEnd[k] > s) {
        return true;
      }
    }
    return false;
  }

  private boolean isOnlyLexicon(String name) {
    for (String w : name.split(" ")) {
      String lw = w.replace(".", "").toLowerCase(Locale.ROOT);
      Term t = gazetteer.lexicon().word(lw);
      if (t == null
          || (t.technologies().isEmpty()
              && t.cue() == 0
              && !t.has(Term.F_ORGSUFFIX)
              && !t.has(Term.F_RECHEAD)
              && !t.has(Term.F_SUPHEAD))) {
        return false;
      }
    }
    return true;
  }
}
