package org.sightline.core.extract.confidence;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.model.TransferStatus;

/**
 * The features of a candidate that the candidate model combines, all scaled to about [0, 1]. Each
 * is read from the text by the rules that find mentions and pair them (see {@code
 * org.sightline.core.extract.assemble}); the model only weighs them. Names are what the model file
 * and the review page show.
 */
public final class Features {
  public static final int BIAS = 0;
  public static final int SUPPLIER_SAME_SENTENCE = 1;
  public static final int SUPPLIER_FROM_PARAGRAPH = 2;
  public static final int SUPPLIER_FROM_DOCUMENT = 3;
  public static final int CUE_STRENGTH = 4;
  public static final int STATUS_CUE = 5;
  public static final int NAMED_ORGANIZATION = 6;
  public static final int TECHNOLOGY = 7;
  public static final int WEAK_HEDGE = 8;
  public static final int NEGATION = 9;
  public static final int RECIPIENT_ROLE = 10;
  public static final int RECIPIENT_PROMOTED = 11;
  public static final int CANDIDATES_IN_DOCUMENT = 12;
  public static final int SUPPORTING_SENTENCES = 13;
  public static final int RECIPIENT_IN_LIST = 14;
  public static final int NEW_ORGANIZATION = 15;
  public static final int RECIPIENT_FROM_CONTEXT = 16;
  public static final int DOMINANT_SUPPLIER = 17;
  public static final int MONEY = 18;
  public static final int DOMESTIC = 19;
  public static final int CONTEXT_ONLY = 20;
  public static final int CROSS_PARAGRAPH = 21;
  public static final int NO_CUE = 22;
  public static final int SUPPLIER_STATED = 23;
  public static final int DOMESTIC_STATED = 24;
  public static final int ORGANIZATION_BY_SLOT_ONLY = 25;
  public static final int OTHER_ORGANIZATIONS = 26;
  public static final int RECIPIENT_FROM_DOCUMENT = 27;
  public static final int RECIPIENT_IS_MAIN_COUNTRY = 28;
  public static final int RECIPIENT_MENTIONS = 29;
  public static final int SUPPLIER_MENTIONS = 30;
  public static final int LIST_SIZE = 31;
  public static final int PROSPECT_CONTEXT = 32;
  public static final int DETECTION_CONTEXT = 33;
  public static final int RANKING_CONTEXT = 34;
  public static final int TRANSIT_CONTEXT = 35;
  public static final int ADDRESSEE_CONTEXT = 36;
  public static final int LEAD = 37;
  public static final int PAIR_DISTANCE = 38;
  public static final int CUE_BETWEEN = 39;
  public static final int COUNTRY_ONLY_SUPPLIER = 40;
  public static final int RECIPIENT_IS_PLACE = 41;
  public static final int HYPOTHETICAL = 42;
  public static final int RECIPIENT_OUTRANKED = 43;
  public static final int RECIPIENT_BESIDE_OTHERS = 44;
  public static final int SAME_PARTIES_AGAIN = 45;
  public static final int DOCUMENT_ORGANIZATION = 46;
  public static final int SANCTION_CONTEXT = 47;
  public static final int DOMESTIC_BY_DOCUMENT = 48;

  /**
   * First of eight: how firmly the candidate's sentences state each status (the strongest cue of
   * that status, in {@link TransferStatus} order), for the status model.
   */
  public static final int STATUS_CUE_FIRST = 49;

  /** First of eight: the status the rules chose (one of them is 1), in the same order. */
  public static final int RULE_STATUS_FIRST = STATUS_CUE_FIRST + 8;

  /** The candidate's year is after the document's date: something still to come. */
  public static final int YEAR_AFTER_DOCUMENT = RULE_STATUS_FIRST + 8;

  /**
   * The document is not in English. Fitted apart from the other weights, on Spanish, French and
   * Portuguese texts only (ADR 0034): it shifts their candidates' log-odds and nothing else.
   */
  public static final int OTHER_LANGUAGE = YEAR_AFTER_DOCUMENT + 1;

  /**
   * The document says somewhere that no deal was made or that a party goes unnamed ("no agreement
   * was announced", "did not say who would supply"): a statement of the whole text, weighed by the
   * model rather than ruled on, since texts also say it of a later phase while reporting the first.
   */
  public static final int NO_DEAL_IN_DOCUMENT = OTHER_LANGUAGE + 1;

  /**
   * A dated statement of the same parties with its own amount or year, other than those of the
   * candidate it was merged into, proposed again on its own: perhaps another deal of theirs ("in
   * 2022 the police paid another $181,000"), perhaps the same one retold. The model weighs which.
   */
  public static final int OWN_AMOUNT_OR_YEAR = NO_DEAL_IN_DOCUMENT + 1;

  /**
   * Spanish, French and Portuguese: the recipient is the document's country, which the sentence
   * names only as its firm's home ("a Alphanet, firma de Mataró" in a story filed from Girona), a
   * domestic contract or a foreign vendor's home read as the buyer.
   */
  public static final int HOME_AS_DOCUMENT_RECIPIENT = OWN_AMOUNT_OR_YEAR + 1;

  /**
   * The supplier is a name nothing marks as a firm (no legal form, company noun or supplier slot)
   * that stands in a firm statement and that the text names again: proposed apart from the rules'
   * drafts, for the model to weigh (English).
   */
  public static final int LOOSE_NAME = HOME_AS_DOCUMENT_RECIPIENT + 1;

  /**
   * For the status model: a firm agreement ("signed", cue 3) stated beside only a weaker delivery
   * word ("to install", cue 2) and no use: the delivery word names what the deal is for (ADR 0021,
   * "status, round 9", where it was a rule applied after the model; round 10 made it a feature).
   */
  public static final int AGREED_WITH_WEAK_DELIVERY = LOOSE_NAME + 1;

  /** For the status model: a firm delivery beside a stated use and no firm agreement. */
  public static final int DELIVERED_AND_IN_USE = AGREED_WITH_WEAK_DELIVERY + 1;

  /**
   * A statement of the same parties with its own end user or its own phase, other than those of the
   * candidate it was merged into, proposed again on its own: a city's contract beside the police's,
   * a cancelled order beside a delivered one. Perhaps another deal, perhaps the same one retold.
   */
  public static final int OWN_END_USER_OR_PHASE = DELIVERED_AND_IN_USE + 1;

  /**
   * For the status stages only ({@link StatusStages#revise}): the candidate's sentences pass on a
   * claim ("reportedly", "supuestamente", "aurait", "teria"), so a delivery they state is reported
   * (round 11). Neither model weighs it.
   */
  public static final int HEARSAY = OWN_END_USER_OR_PHASE + 1;

  /**
   * The supplier is a firm the story named a sentence or two before, proposed beside the firm this
   * sentence names for its recipient (an integrator, an operator, a lender): either may be the
   * vendor (round 12).
   */
  public static final int STORY_SUPPLIER_BESIDE_FIRM = HEARSAY + 1;

  public static final int COUNT = STORY_SUPPLIER_BESIDE_FIRM + 1;

  public static final List<String> NAMES = names();

  /** The features the status model reads (see {@link StatusModel}). */
  static final int[] STATUS_INPUTS = statusInputs();

  private static int[] statusInputs() {
    int[] fixed = {
      CUE_STRENGTH, STATUS_CUE, WEAK_HEDGE, NEGATION, HYPOTHETICAL, YEAR_AFTER_DOCUMENT, MONEY
    };
    int[] all = new int[fixed.length + 18];
    System.arraycopy(fixed, 0, all, 0, fixed.length);
    for (int i = 0; i < 16; i++) {
      all[fixed.length + i] = STATUS_CUE_FIRST + i; // the status cues, then the rules' status
    }
    all[fixed.length + 16] = AGREED_WITH_WEAK_DELIVERY;
    all[fixed.length + 17] = DELIVERED_AND_IN_USE;
    return all;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(COUNT);
    names.addAll(
        List.of(
            "bias",
            "supplier_same_sentence",
            "supplier_from_paragraph",
            "supplier_from_document",
            "cue_strength",
            "status_cue",
            "named_organization",
            "technology",
            "weak_hedge",
            "negation",
            "recipient_role",
            "recipient_promoted",
            "candidates_in_document",
            "supporting_sentences",
            "recipient_in_list",
            "new_organization",
            "recipient_from_context",
            "dominant_supplier",
            "money",
            "domestic",
            "no_cue_or_technology",
            "cross_paragraph",
            "no_transfer_cue",
            "supplier_country_stated",
            "domestic_stated",
            "organization_by_slot_only",
            "other_organizations_in_sentence",
            "recipient_from_document",
            "recipient_is_main_country",
            "recipient_mentions",
            "supplier_mentions",
            "recipient_list_size",
            "prospect_context",
            "detection_context",
            "ranking_context",
            "transit_context",
            "addressee_context",
            "lead",
            "pair_distance",
            "cue_between_parties",
            "country_only_supplier",
            "recipient_is_city",
            "hypothetical",
            "recipient_outranked",
            "document_country_beside_named_recipients",
            "same_parties_in_another_candidate",
            "supplier_is_the_documents_organization",
            "sanction_context",
            "domestic_recipient_from_document"));
    for (TransferStatus s : TransferStatus.values()) {
      names.add("status_cue_" + s.key());
    }
    for (TransferStatus s : TransferStatus.values()) {
      names.add("rule_status_" + s.key());
    }
    names.add("year_after_document");
    names.add("not_in_english");
    names.add("document_says_no_deal");
    names.add("same_parties_own_amount_or_year");
    names.add("supplier_home_is_document_recipient");
    names.add("supplier_recurring_name_only");
    names.add("firm_agreement_weak_delivery");
    names.add("firm_delivery_in_use");
    names.add("same_parties_own_end_user_or_phase");
    names.add("hearsay");
    names.add("story_supplier_beside_named_firm");
    if (names.size() != COUNT) {
      throw new IllegalStateException("feature names out of step with their indices");
    }
    return List.copyOf(names);
  }

  private Features() {}
}
