package org.sightline.core.extract.confidence;

import java.util.List;

/** The features of a candidate that the confidence model combines; all scaled to about [0, 1]. */
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
  public static final int COUNT = 24;

  public static final List<String> NAMES =
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
          "supplier_country_stated");

  private Features() {}
}
