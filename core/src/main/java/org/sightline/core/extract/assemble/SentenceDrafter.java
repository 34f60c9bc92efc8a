package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Entity;

/**
 * Pass 2 of the assembler, for one document: reads the sentences' {@link Facts} in order and pairs
 * recipients with the suppliers of the sentence, or of the story so far, or the document's main
 * supplier country. A sentence without a recipient that continues the story adds its details to the
 * draft before it. Hypotheticals are dropped; domestic use needs an explicit statement.
 */
final class SentenceDrafter {
  private static final Set<String> ANOTHER_DEAL_WORDS = CueWords.named("another-deal-words");

  private final String dominant;
  private final String norm;
  private final DraftDetails details;
  private final Story story = new Story();
  private final List<Draft> drafts = new ArrayList<>();

  /** {@code dominant} is the document's main supplier country, or null. */
  SentenceDrafter(String dominant, String norm, DraftDetails details) {
    this.dominant = dominant;
    this.norm = norm;
    this.details = details;
  }

  /** Who one sentence names on each side, worked out step by step. */
  private static final class Parties {
    final List<CountryGroup> recGroups = new ArrayList<>(2);
    final List<CountryGroup> supGroups = new ArrayList<>(2);
    final List<CountryGroup> neutral = new ArrayList<>(2);
    boolean hasOrgs;
    boolean inSentenceSupplier;
    final List<String> orgNames = new ArrayList<>(2);
    boolean newOrg;
    String supplierCountry;
    // 0: named in this sentence; 1: from the story so far; 2: the document's main supplier.
    int supplierDistance;
    boolean crossParagraph;
    boolean promoted;
    boolean relevant;
    boolean relevantByContext;
    final List<String> recipients = new ArrayList<>(2);
    final List<CountryGroup> recipientGroups = new ArrayList<>(2);
    boolean recipientFromContext;
  }

  List<Draft> drafts() {
    return drafts;
  }

  /** Extends the last draft or adds new ones for sentence {@code f}, then updates the story. */
  void add(Facts f) {
    Parties p = sides(f);
    supplierInSentence(f, p);
    if (!p.inSentenceSupplier) {
      supplierFromStory(f, p);
    }
    promoteNeutral(f, p);
    boolean hasSupplier = !p.orgNames.isEmpty() || p.supplierCountry != null;
    p.relevant = f.cue >= 1 || !f.tech.isEmpty() || f.finWord;
    // "X sells spyware. Researchers found it in Egypt": the sentence before made it relevant.
    p.relevantByContext =
        !p.relevant && p.supplierDistance == 1 && f.index - story.supplierSentence == 1;
    recipientsInSentence(f, p);
    recipientsFromStory(f, p);
    if (p.recipients.isEmpty()) {
      continueLastDraft(f, p);
    } else if (hasSupplier && f.hedge < 2) {
      // A hypothetical is never a transfer. Weak statements (no cue, supplier from context)
      // still become candidates: the confidence model learned from annotated text how little
      // they are worth, and the threshold drops them.
      newDrafts(f, p);
    }
    rememberSupplier(f, p);
    rememberRecipients(f, p);
  }

  /** The sentence's country groups by role, with two corrections. */
  private Parties sides(Facts f) {
    Parties p = new Parties();
    for (CountryGroup g : f.groups) {
      (g.role == CountryGroup.RECIPIENT
              ? p.recGroups
              : g.role == CountryGroup.SUPPLIER ? p.supGroups : p.neutral)
          .add(g);
    }
    p.hasOrgs = !f.orgs.isEmpty() || !f.unknownOrgs.isEmpty();
    // Two recipient-looking countries, one the document's supplier: "The Chinese government
    // brokered deals with the Malaysian government".
    if (p.supGroups.isEmpty() && !p.hasOrgs && dominant != null) {
      Set<String> recCodes = new LinkedHashSet<>();
      for (CountryGroup g : p.recGroups) {
        recCodes.addAll(g.codes);
      }
      if (recCodes.size() >= 2 && recCodes.contains(dominant)) {
        for (CountryGroup g : List.copyOf(p.recGroups)) {
          if (g.codes.size() == 1 && g.codes.get(0).equals(dominant)) {
            p.recGroups.remove(g);
            p.supGroups.add(g);
          }
        }
      }
    }
    // "deployed spyware against journalists in the United States": a country reached only by a
    // preposition is a place, not the recipient, when the sentence names a clearer recipient.
    double strongest = 0;
    for (CountryGroup g : p.recGroups) {
      strongest = Math.max(strongest, g.recScore);
    }
    if (strongest >= 2) {
      p.recGroups.removeIf(g -> g.recScore < 2);
    }
    p.inSentenceSupplier = p.hasOrgs || !p.supGroups.isEmpty();
    return p;
  }

  /** The organizations the sentence names and the supplier country it states or implies. */
  private static void supplierInSentence(Facts f, Parties p) {
    for (Entity o : f.orgs) {
      if (!p.orgNames.contains(o.name())) {
        p.orgNames.add(o.name());
      }
    }
    for (String u : f.unknownOrgs) {
      p.orgNames.add(u);
      p.newOrg = true;
    }
    for (CountryGroup g : p.supGroups) {
      if (p.supplierCountry == null) {
        p.supplierCountry = g.codes.get(0);
      }
      for (Entity o : f.orgs) {
        if (g.codes.contains(o.country())) {
          p.supplierCountry = o.country();
        }
      }
    }
    if (p.supplierCountry == null) {
      for (Entity o : f.orgs) {
        if (o.country() != null) {
          p.supplierCountry = o.country();
          break;
        }
      }
    }
    if (p.supplierCountry == null && f.unknownOrgCountry != null) {
      p.supplierCountry = f.unknownOrgCountry;
    }
  }

  /**
   * The supplier of the story so far: named in this paragraph, at the end of the one before (a lede
   * and its second paragraph), or referred to as "the company"; else the document's main supplier
   * country.
   */
  private void supplierFromStory(Facts f, Parties p) {
    boolean nearSupplier =
        story.supplierParagraph == f.paragraph
            || (story.supplierParagraph == f.paragraph - 1
                && f.firstInParagraph
                && f.cue >= 1
                && (f.anaphor || !f.groups.isEmpty())
                && f.index - story.supplierAt <= 2)
            || (f.orgAnaphor && !story.orgs.isEmpty() && f.index - story.supplierAt <= 6);
    if (nearSupplier && (!story.orgs.isEmpty() || story.supplierCountry != null)) {
      p.crossParagraph = story.supplierParagraph != f.paragraph;
      p.orgNames.addAll(story.orgs);
      p.newOrg = story.newOrg;
      p.supplierCountry = story.supplierCountry;
      p.supplierDistance = 1;
    } else if (dominant != null) {
      p.supplierCountry = dominant;
      p.supplierDistance = 2;
    }
  }

  /** A supplier and a transfer cue make a country in no clear role the recipient. */
  private static void promoteNeutral(Facts f, Parties p) {
    boolean supplierReferredTo = p.supplierDistance == 1 && f.orgAnaphor;
    if (p.recGroups.isEmpty()
        && (p.inSentenceSupplier || supplierReferredTo)
        && (f.cue >= 1 || !f.tech.isEmpty())) {
      for (CountryGroup g : p.neutral) {
        if (!g.codes.contains(p.supplierCountry)) {
          p.recGroups.add(g);
          p.promoted = true;
        }
      }
    }
  }

  /** The recipient countries of the sentence, and those of the agencies it names. */
  private static void recipientsInSentence(Facts f, Parties p) {
    for (CountryGroup g : p.recGroups) {
      for (String c : g.codes) {
        if (!p.recipients.contains(c)) {
          p.recipients.add(c);
          p.recipientGroups.add(g);
        }
      }
    }
    for (Entity a : f.agencies) {
      if (a.country() != null && !p.recipients.contains(a.country())) {
        p.recipients.add(a.country());
        CountryGroup g = CountryGroup.recipient(a.country(), 2);
        g.role = CountryGroup.RECIPIENT;
        g.endUser = a.name();
        p.recipientGroups.add(g);
      }
    }
  }

  /**
   * The country the story is about, when no other country has been named since: two sentences back,
   * or four when it was stated as the receiving side ("Kyrgyzstan's government ... The first phase,
   * built by Russia's Vega").
   */
  private void recipientsFromStory(Facts f, Parties p) {
    int recipientGap = f.index - story.recipientSentence;
    boolean nearRecipient =
        (story.recipientParagraph == f.paragraph && recipientGap <= 2)
            || (story.recipientStated
                && story.recipientParagraph >= f.paragraph - 2
                && recipientGap <= 4);
    if (p.recipients.isEmpty()
        && (p.inSentenceSupplier || (p.supplierDistance == 1 && f.anaphor))
        && f.cue >= 2
        && !f.examplesOnly
        && nearRecipient) {
      p.crossParagraph |= story.recipientParagraph != f.paragraph;
      for (String c : story.recipients) {
        p.recipients.add(c);
        p.recipientGroups.add(CountryGroup.recipient(c, 1));
      }
      p.recipientFromContext = true;
    }
  }

  /** A sentence continuing the story of the candidate before it adds its details to it. */
  private void continueLastDraft(Facts f, Parties p) {
    Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    if (last != null
        && (last.lastParagraph == f.paragraph
            || (last.lastParagraph == f.paragraph - 1 && f.firstInParagraph))
        && f.index - last.lastSentence <= 2
        && p.relevant
        && (f.anaphor || p.hasOrgs)
        && f.hedge < 2
        && orgFits(last, p)) {
      if (last.orgs.isEmpty() && p.hasOrgs && sameSupplierCountry(last, f)) {
        last.orgs.addAll(p.orgNames);
        last.newOrg |= p.newOrg;
        last.x[Features.NAMED_ORGANIZATION] = 1;
      }
      details.add(last, f);
    }
  }

  /** The sentence names none of the draft's organizations only if it names none at all. */
  private static boolean orgFits(Draft last, Parties p) {
    if (!p.hasOrgs || last.orgs.isEmpty()) {
      return true;
    }
    for (String o : p.orgNames) {
      if (last.orgs.contains(o)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSupplierCountry(Draft last, Facts f) {
    for (Entity o : f.orgs) {
      if (o.country() != null
          && last.supplierCountry != null
          && !o.country().equals(last.supplierCountry)) {
        return false;
      }
    }
    return true;
  }

  /** A draft for every recipient and supplier set of the sentence (domestic ones when stated). */
  private void newDrafts(Facts f, Parties p) {
    List<SupplierSet> sets = supplierSets(f, p);
    // One scan of the sentence, not one per recipient and supplier set.
    boolean anotherDeal = p.supplierDistance == 0 && marksAnotherDeal(f.start, f.end);
    for (int r = 0; r < p.recipients.size(); r++) {
      for (SupplierSet set : sets) {
        String rc = p.recipients.get(r);
        CountryGroup g = p.recipientGroups.get(r);
        boolean domestic = rc.equals(set.country);
        if (domestic
            && !(!set.orgs.isEmpty() && f.cue >= 2 && g.recScore >= 2 && p.supplierDistance == 0)) {
          continue;
        }
        Draft d = newDraft(f, p, set, rc, g, domestic);
        d.anotherDeal = anotherDeal;
        details.add(d, f);
        drafts.add(d);
      }
    }
  }

  /**
   * Named organizations from different home countries are different suppliers: "equipment from
   * Huawei and Dahua supplied through local firm Naung Yoe".
   */
  private static List<SupplierSet> supplierSets(Facts f, Parties p) {
    List<SupplierSet> sets = new ArrayList<>(1);
    Map<String, SupplierSet> byCountry = new HashMap<>(2);
    if (p.supplierDistance == 0) {
      for (Entity o : f.orgs) {
        if (o.country() != null && !byCountry.containsKey(o.country())) {
          SupplierSet set = new SupplierSet(o.country());
          byCountry.put(o.country(), set);
          sets.add(set);
        }
      }
    }
    if (byCountry.size() < 2) {
      SupplierSet one = new SupplierSet(p.supplierCountry);
      for (String o : p.orgNames) {
        one.add(o, false);
      }
      one.newOrg = p.newOrg;
      return List.of(one);
    }
    SupplierSet ofSupplierCountry = byCountry.get(p.supplierCountry);
    for (Entity o : f.orgs) {
      SupplierSet set = byCountry.get(o.country());
      (set != null ? set : ofSupplierCountry != null ? ofSupplierCountry : sets.get(0))
          .add(o.name(), false);
    }
    for (String u : f.unknownOrgs) {
      (ofSupplierCountry == null ? sets.get(0) : ofSupplierCountry).add(u, true);
    }
    return sets;
  }

  private Draft newDraft(
      Facts f, Parties p, SupplierSet set, String recipient, CountryGroup g, boolean domestic) {
    Draft d = new Draft();
    d.orgs.addAll(set.orgs);
    d.newOrg = set.newOrg;
    d.supplierCountry = set.country;
    d.recipient = recipient;
    d.paragraph = f.paragraph;
    d.endUser = g.endUser;
    double[] x = d.x;
    x[Features.BIAS] = 1;
    x[Features.SUPPLIER_SAME_SENTENCE] = p.supplierDistance == 0 ? 1 : 0;
    x[Features.SUPPLIER_FROM_PARAGRAPH] = p.supplierDistance == 1 ? 1 : 0;
    x[Features.SUPPLIER_FROM_DOCUMENT] = p.supplierDistance == 2 ? 1 : 0;
    x[Features.NAMED_ORGANIZATION] = set.orgs.isEmpty() ? 0 : 1;
    x[Features.NEW_ORGANIZATION] = set.newOrg ? 1 : 0;
    x[Features.RECIPIENT_ROLE] = Math.min(g.recScore, 4) / 4.0;
    x[Features.RECIPIENT_PROMOTED] = p.promoted && g.role == CountryGroup.NEUTRAL ? 1 : 0;
    x[Features.RECIPIENT_IN_LIST] = g.codes.size() > 1 ? 1 : 0;
    x[Features.RECIPIENT_FROM_CONTEXT] = p.recipientFromContext ? 1 : 0;
    x[Features.DOMINANT_SUPPLIER] = set.country != null && set.country.equals(dominant) ? 1 : 0;
    x[Features.DOMESTIC] = domestic ? 1 : 0;
    x[Features.CONTEXT_ONLY] = p.relevant ? 0 : p.relevantByContext ? 0.5 : 1;
    x[Features.CROSS_PARAGRAPH] = p.crossParagraph ? 1 : 0;
    for (CountryGroup sg : p.supGroups) {
      if (sg.explicitSupplier && sg.codes.contains(set.country) && p.supplierDistance == 0) {
        x[Features.SUPPLIER_STATED] = 1;
      }
    }
    return d;
  }

  private void rememberSupplier(Facts f, Parties p) {
    if (p.inSentenceSupplier && f.hedge < 2) {
      story.orgs = List.copyOf(p.orgNames);
      story.newOrg = p.newOrg;
      story.supplierCountry = p.supplierCountry;
      story.supplierParagraph = f.paragraph;
      story.supplierAt = f.index;
      story.supplierSentence = p.relevant || p.hasOrgs ? f.index : -10;
    }
  }

  /**
   * "Zimbabwe is expanding its programme. The government has signed ...": the recipients named, or
   * else a country named in no clear role, can be the one the next sentence talks about.
   */
  private void rememberRecipients(Facts f, Parties p) {
    List<CountryGroup> named = p.recGroups;
    if (named.isEmpty()) {
      named = new ArrayList<>();
      for (CountryGroup g : p.neutral) {
        if (!g.codes.contains(p.supplierCountry)) {
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

  /** Whether the sentence has a word that sets its deal apart from one told before. */
  private boolean marksAnotherDeal(int from, int to) {
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
}
