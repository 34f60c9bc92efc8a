package org.sightline.core.extract.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.text.DateResolver;
import org.sightline.core.extract.text.MoneyParser;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

/** What one sentence says, computed only for sentences with at least one mention. */
final class Facts {
  int index;
  int start;
  int end;
  int paragraph;
  int cue;
  int hedge;
  // A weak hedge that passes on a claim ("reportedly", Term.F_HEARSAY).
  boolean hearsay;
  boolean negation;
  // A hypothetical term somewhere in the sentence, even after a firm statement.
  boolean hypothetical;
  boolean anaphor;
  boolean orgAnaphor;
  boolean firstInParagraph;
  // Every vendor named is an example ("vendors such as Huawei and NSO Group"), not a party.
  boolean examplesOnly;
  boolean finWord;
  // Term.F_PROSPECT, F_DETECTED, F_RANKING, F_TRANSIT and F_ADDRESSEE seen in the sentence.
  int context;
  TransferStatus status;
  final EnumSet<TechnologyCategory> tech = EnumSet.noneOf(TechnologyCategory.class);
  final List<Entity> orgs = new ArrayList<>(2);
  final List<Integer> orgStarts = new ArrayList<>(2);
  final List<String> unknownOrgs = new ArrayList<>(1);
  // Parallel to unknownOrgs: found only by the slot it fills, not by its shape.
  final List<Boolean> unknownOrgWeak = new ArrayList<>(1);
  final List<Integer> unknownOrgStarts = new ArrayList<>(1);
  // Names nothing marks as firms but that recur in the text (English): proposed apart, flagged.
  final List<String> looseOrgs = new ArrayList<>(0);
  final List<Integer> looseOrgStarts = new ArrayList<>(0);
  // Starts of country mentions that begin a company's name ("Mauritius Telecom").
  final List<Integer> namePlaces = new ArrayList<>(0);
  String unknownOrgCountry;
  final List<Entity> lenders = new ArrayList<>(1);
  final List<Entity> agencies = new ArrayList<>(1);
  final List<CountryGroup> groups = new ArrayList<>(3);
  int termFrom;
  int termTo;
  // What the sentence's text alone answers, read once however many drafts it supports.
  private boolean dateRead;
  private DateResolver.YearMonth date;
  private List<MoneyParser.Amount> amounts;
  private boolean agencyRead;
  private String agency;

  /** {@link DateResolver#find} over the sentence; {@code docDate} is the document's. */
  DateResolver.YearMonth date(String norm, LocalDate docDate, boolean foreign) {
    if (!dateRead) {
      date = DateResolver.find(norm, start, end, docDate, foreign);
      dateRead = true;
    }
    return date;
  }

  /** {@link MoneyParser#find} over the sentence, or none when it holds no digit. */
  List<MoneyParser.Amount> amounts(String norm, boolean decimalComma) {
    if (amounts == null) {
      boolean digits = false;
      for (int i = start; i < end; i++) {
        if (Character.isDigit(norm.charAt(i))) {
          digits = true;
          break;
        }
      }
      amounts = digits ? MoneyParser.find(norm, start, end, decimalComma) : List.of();
    }
    return amounts;
  }

  /** {@link AgencyNames#find} over the sentence. */
  String agencyName(String norm, Language language) {
    if (!agencyRead) {
      agency = AgencyNames.find(norm, start, end, language);
      agencyRead = true;
    }
    return agency;
  }
}
