package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.text.LetterWords;

/**
 * Pass 2 of the assembler, for one document: reads the sentences' {@link Facts} in order and pairs
 * recipients with the suppliers of the sentence, or of the story so far, or the document's main
 * supplier country. A sentence without a recipient that continues the story adds its details to the
 * draft before it. Hypotheticals are dropped; domestic use needs an explicit statement.
 */
final class SentenceDrafter {

  private final Set<String> anotherDealWords;
  private final String dominant;
  private final boolean english;
  private final String norm;
  private final DraftDetails details;
  private final DraftFeatures features;
  private final DocumentCounts counts;
  private final Story story = new Story();
  private final List<Draft> drafts = new ArrayList<>();

  /** {@code dominant} is the document's main supplier country, or null. */
  SentenceDrafter(
      String dominant, String norm, DraftDetails details, DocumentCounts counts, Mentions m) {
    this.dominant = dominant;
    this.english = m.language() == Language.EN;
    this.anotherDealWords = CueWords.named("another-deal-words", m.language());
    this.norm = norm;
    this.details = details;
    this.counts = counts;
    this.features = new DraftFeatures(dominant, counts, m);
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
    p.relevant = f.cue >= 1 || !f.tech.isEmpty() || f.finWord;
    // "X sells spyware. Researchers found it in Egypt": the sentence before made it relevant.
    p.relevantByContext =
        !p.relevant && p.supplierDistance == 1 && f.index - story.supplierSentence == 1;
    recipientsInSentence(f, p);
    if (!english) {
      notTheVendorsHome(f, p);
    }
    recipientsFromStory(f, p);
    recipientFromDocument(f, p);
    if (p.recipients.isEmpty()) {
      continueLastDraft(f, p);
    } else if (p.hasSupplier() && f.hedge < 2 && (english || !f.examplesOnly)) {
      // A hypothetical is never a transfer. Weak statements (no cue, supplier from context)
      // still become candidates: the confidence model learned from annotated text how little
      // they are worth, and the threshold drops them.
      newDrafts(f, p);
      if (english) {
        storyDrafts(f, p);
      }
    }
    looseDrafts(f, p);
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
    for (CountryGroup g : p.recGroups) {
      g.outranked = strongest >= 2 && g.recScore < 2;
    }
    p.inSentenceSupplier = p.hasOrgs || !p.supGroups.isEmpty();
    return p;
  }

  /** The organizations the sentence names and the supplier country it states or implies. */
  private static void supplierInSentence(Facts f, Parties p) {
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
    for (int k = 0; k < f.orgs.size(); k++) {
      Entity o = f.orgs.get(k);
      if (p.orgs.stream().noneMatch(s -> s.name().equals(o.name()))) {
        p.orgs.add(new Supplier(o.name(), o.country(), false, false, f.orgStarts.get(k)));
      }
    }
    for (int k = 0; k < f.unknownOrgs.size(); k++) {
      // Its home is what the sentence says of it, else the sentence's supplier country.
      String home = f.unknownOrgCountry != null ? f.unknownOrgCountry : p.supplierCountry;
      p.orgs.add(
          new Supplier(
              f.unknownOrgs.get(k),
              home,
              true,
              f.unknownOrgWeak.get(k),
              f.unknownOrgStarts.get(k)));
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
      for (Supplier o : story.orgs) {
        p.orgs.add(o.fromStory());
      }
      p.supplierCountry = story.supplierCountry;
      p.supplierDistance = 1;
    } else if (counts.mainOrganization() != null) {
      // "RECORD: Hacking Team S.r.l. ... Customers named: Azerbaijan, Bahrain, ...": the company
      // the document is about
      Supplier main = counts.mainOrganization();
      p.orgs.add(main);
      p.supplierCountry = main.country();
      p.supplierDistance = 2;
      p.documentOrganization = true;
    } else if (dominant != null) {
      p.supplierCountry = dominant;
      p.supplierDistance = 2;
    }
  }

  /** A supplier and a transfer cue make a country in no clear role the recipient. */
  private static void promoteNeutral(Facts f, Parties p) {
    // "the company" refers back to the story's supplier; a record's "Customers: A, B, C" lists
    // those of the company it is about
    boolean supplierReferredTo =
        (p.supplierDistance == 1 && (f.orgAnaphor || f.cue >= 2))
            || (p.documentOrganization && f.cue >= 2);
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
   * "los operadores fueron formados en China, y la estatal CEIEC desarrolló los sistemas": in
   * es/fr/pt reporting, the home of the named vendors, read as a recipient, is where things were
   * made, trained or shown, not the buyer, when the sentence or the story names another country.
   * The other country is kept; only the story's is taken when the sentence has none.
   */
  private void notTheVendorsHome(Facts f, Parties p) {
    String home = null;
    for (Supplier o : p.orgs) {
      if (o.country() == null || (home != null && !home.equals(o.country()))) {
        return;
      }
      home = o.country();
    }
    int at = home == null ? -1 : p.recipients.indexOf(home);
    if (at < 0) {
      return;
    }
    if (p.recipients.size() > 1) {
      p.recipients.remove(at);
      p.recipientGroups.remove(at);
      return;
    }
    boolean storyNear =
        story.recipientParagraph == f.paragraph && f.index - story.recipientSentence <= 2;
    if (storyNear && !story.recipients.isEmpty() && !story.recipients.contains(home)) {
      p.recipients.clear();
      p.recipientGroups.clear();
      for (String c : story.recipients) {
        p.recipients.add(c);
        p.recipientGroups.add(CountryGroup.recipient(c, 1));
      }
      p.recipientFromContext = true;
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

  /**
   * "The city council voted to end its contract with Flock Safety": a firm statement naming a
   * supplier but no country is about the country the document is about.
   */
  private void recipientFromDocument(Facts f, Parties p) {
    String main = counts.mainCountry();
    if (main == null
        || p.recipients.contains(main)
        || p.recipientFromContext
        || !p.inSentenceSupplier
        || p.orgs.isEmpty()
        || f.cue < 2
        || f.examplesOnly) {
      return;
    }
    // "Fournisseur : Idemia (France)" in a record that names no other country: the document's
    // country is only the vendor's home, which the sentence states as such
    if (!english && statedAsSupplierOnly(main, p)) {
      // unless the document names it otherwise too ("firma de Mataró" in a story filed from
      // Girona): then a domestic contract, which the model weighs by its own feature
      if (!counts.namedNotAsSupplier(main)) {
        return;
      }
      p.homeAsRecipient = true;
    }
    // Beside a recipient the sentence states, the document's country is only a second guess
    // ("a contract signed in Seoul with Hyundai"), offered when no recipient is stated firmly.
    for (CountryGroup g : p.recipientGroups) {
      if (g.explicitRecipient) {
        return;
      }
    }
    CountryGroup g = CountryGroup.recipient(main, 0);
    g.fromDocument = true;
    p.recipients.add(main);
    p.recipientGroups.add(g);
    p.recipientFromDocument = p.recipients.size() == 1;
  }

  /** The sentence states {@code country} as its supplier's home and as nothing else. */
  private static boolean statedAsSupplierOnly(String country, Parties p) {
    boolean supplier = false;
    for (Supplier o : p.orgs) {
      if (!country.equals(o.country())) {
        return false;
      }
    }
    for (CountryGroup g : p.supGroups) {
      supplier |= g.codes.contains(country);
    }
    for (CountryGroup g : p.recGroups) {
      if (g.codes.contains(country)) {
        return false;
      }
    }
    return supplier;
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
        for (Supplier o : p.orgs) {
          last.orgs.add(o.name());
          last.newOrg |= o.isNew();
        }
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
    for (Supplier o : p.orgs) {
      if (last.orgs.contains(o.name())) {
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

  /**
   * A draft for every recipient and every named organization of the sentence (or, when it names
   * none, for its supplier country). Domestic supply is proposed too: how firmly the sentence
   * states it is a feature, not a gate.
   */
  private void newDrafts(Facts f, Parties p) {
    // One scan of the sentence, not one per recipient and supplier.
    boolean anotherDeal = p.supplierDistance == 0 && marksAnotherDeal(f.start, f.end);
    List<Supplier> suppliers =
        p.orgs.isEmpty() ? java.util.Collections.singletonList(null) : p.orgs;
    for (int r = 0; r < p.recipients.size(); r++) {
      for (Supplier s : suppliers) {
        String rc = p.recipients.get(r);
        CountryGroup g = p.recipientGroups.get(r);
        String country = s == null ? p.supplierCountry : s.country();
        if (s == null && rc.equals(country)) {
          continue; // a country supplying itself names nobody: nothing to review
        }
        Draft d = newDraft(f, p, s, country, rc, g);
        d.anotherDeal = anotherDeal;
        details.add(d, f);
        drafts.add(d);
      }
    }
  }

  /**
   * The sentence's loose names (recurring names nothing marks as firms), each with every recipient,
   * flagged {@link Features#LOOSE_NAME}; the rules' drafts and the story stay as they were.
   */
  private void looseDrafts(Facts f, Parties p) {
    // a sentence that names a firm has its supplier: a loose name beside it is someone else
    if (f.looseOrgs.isEmpty() || p.recipients.isEmpty() || f.hedge >= 2 || p.hasOrgs) {
      return;
    }
    int distance = p.supplierDistance;
    boolean crossParagraph = p.crossParagraph;
    boolean documentOrganization = p.documentOrganization;
    String home = distance == 0 ? p.supplierCountry : null;
    p.supplierDistance = 0;
    p.crossParagraph = false;
    p.documentOrganization = false;
    for (int k = 0; k < f.looseOrgs.size(); k++) {
      String name = f.looseOrgs.get(k);
      if (p.orgs.stream().anyMatch(o -> o.name().equals(name))) {
        continue;
      }
      Supplier s = new Supplier(name, home, true, false, f.looseOrgStarts.get(k));
      for (int r = 0; r < p.recipients.size(); r++) {
        Draft d = newDraft(f, p, s, home, p.recipients.get(r), p.recipientGroups.get(r));
        d.x[Features.LOOSE_NAME] = 1;
        d.x[Features.NEW_ORGANIZATION] = 0; // weighed by its own feature alone
        details.add(d, f);
        drafts.add(d);
      }
    }
    p.supplierDistance = distance;
    p.crossParagraph = crossParagraph;
    p.documentOrganization = documentOrganization;
  }

  /** The story's firms beside the sentence's own, flagged (see {@link StorySuppliersBeside}). */
  private void storyDrafts(Facts f, Parties p) {
    List<Supplier> extra = StorySuppliersBeside.of(story, f, p);
    if (extra.isEmpty()) {
      return;
    }
    p.supplierDistance = 1;
    for (Supplier s : extra) {
      for (int r = 0; r < p.recipients.size(); r++) {
        Draft d = newDraft(f, p, s, s.country(), p.recipients.get(r), p.recipientGroups.get(r));
        d.x[Features.STORY_SUPPLIER_BESIDE_FIRM] = 1;
        details.add(d, f);
        drafts.add(d);
      }
    }
    p.supplierDistance = 0;
  }

  private Draft newDraft(
      Facts f, Parties p, Supplier s, String country, String recipient, CountryGroup g) {
    Draft d = new Draft();
    if (s != null) {
      d.orgs.add(s.name());
      d.newOrg = s.isNew();
    }
    d.supplierCountry = country;
    d.recipient = recipient;
    d.paragraph = f.paragraph;
    d.endUser = g.endUser;
    boolean domestic = recipient.equals(country);
    boolean domesticStated =
        domestic && s != null && f.cue >= 2 && g.recScore >= 2 && p.supplierDistance == 0;
    features.fill(d.x, f, s, g, p.supplierDistance, p.orgs.size());
    double[] x = d.x;
    x[Features.RECIPIENT_PROMOTED] = p.promoted && g.role == CountryGroup.NEUTRAL ? 1 : 0;
    x[Features.RECIPIENT_FROM_CONTEXT] = p.recipientFromContext ? 1 : 0;
    x[Features.RECIPIENT_FROM_DOCUMENT] = g.fromDocument ? 1 : 0;
    x[Features.RECIPIENT_BESIDE_OTHERS] = g.fromDocument && !p.recipientFromDocument ? 1 : 0;
    x[Features.RECIPIENT_OUTRANKED] = g.outranked ? 1 : 0;
    x[Features.DOCUMENT_ORGANIZATION] = p.documentOrganization ? 1 : 0;
    x[Features.DOMINANT_SUPPLIER] = country != null && country.equals(dominant) ? 1 : 0;
    x[Features.DOMESTIC] = domestic ? 1 : 0;
    x[Features.DOMESTIC_STATED] = domesticStated ? 1 : 0;
    // "China ... ZTE": a company at home in the country the document is about is not, by that
    // alone, supplying it
    x[Features.DOMESTIC_BY_DOCUMENT] = domestic && g.fromDocument ? 1 : 0;
    x[Features.HOME_AS_DOCUMENT_RECIPIENT] = p.homeAsRecipient && g.fromDocument ? 1 : 0;
    x[Features.CONTEXT_ONLY] = p.relevant ? 0 : p.relevantByContext ? 0.5 : 1;
    x[Features.CROSS_PARAGRAPH] = p.crossParagraph ? 1 : 0;
    for (CountryGroup sg : p.supGroups) {
      if (sg.explicitSupplier && sg.codes.contains(country) && p.supplierDistance == 0) {
        x[Features.SUPPLIER_STATED] = 1;
      }
    }
    return d;
  }

  private void rememberSupplier(Facts f, Parties p) {
    // A name found only by the slot it fills is too weak to carry the story.
    boolean onlyWeak = !p.orgs.isEmpty() && p.orgs.stream().allMatch(Supplier::bySlot);
    // Nor do vendors named as examples of a market ("marcas chinas como Hikvision").
    boolean examples = !english && f.examplesOnly;
    if (p.inSentenceSupplier && f.hedge < 2 && !onlyWeak && !examples) {
      story.orgs = List.copyOf(p.orgs);
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
    return LetterWords.scan(norm, from, to, 3, 10, anotherDealWords) >= 0;
  }
}
