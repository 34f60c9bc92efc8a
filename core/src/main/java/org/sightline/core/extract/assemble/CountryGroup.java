package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.extract.lexicon.Entity;

/** A country, or a list of countries, in one role within a sentence. */
final class CountryGroup {
  static final int SUPPLIER = 1;
  static final int RECIPIENT = -1;
  static final int NEUTRAL = 0;

  final List<String> codes = new ArrayList<>(2);
  final List<Entity> entities = new ArrayList<>(2);
  int start;
  int end;
  double supScore;
  double recScore;
  int role; // SUPPLIER, RECIPIENT or NEUTRAL
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
  // A weaker recipient than another of its sentence ("deployed against journalists in the United
  // States" beside "the Saudi government").
  boolean outranked;
  // Not named in the sentence: the document's main country, proposed as the recipient.
  boolean fromDocument;

  /** A recipient known from elsewhere than this sentence's syntax (an agency, the story). */
  static CountryGroup recipient(String code, double recScore) {
    CountryGroup g = new CountryGroup();
    g.codes.add(code);
    g.recScore = recScore;
    return g;
  }
}
