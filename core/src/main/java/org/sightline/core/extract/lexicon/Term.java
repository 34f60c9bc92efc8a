package org.sightline.core.extract.lexicon;

import java.util.EnumSet;
import java.util.Set;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

/**
 * What a lexicon term tells the assembler (see {@code lexicon.tsv} for the meaning of each tag).
 *
 * @param cue how strongly the term states a transfer, 0 (not at all) to 3
 * @param hedge 1 softens a statement, 2 makes it hypothetical (no transfer)
 * @param flags bit set of the {@code F_*} constants
 */
public record Term(
    String text,
    Set<TechnologyCategory> technologies,
    int cue,
    TransferStatus status,
    int hedge,
    int flags) {
  public static final int F_NEG = 1;
  public static final int F_SUPHEAD = 1 << 1;
  public static final int F_RECHEAD = 1 << 2;
  public static final int F_SUPVERB = 1 << 3;
  public static final int F_RECVERB = 1 << 4;
  public static final int F_FIN = 1 << 5;
  public static final int F_VAL = 1 << 6;
  public static final int F_NOVAL = 1 << 7;
  public static final int F_ANA = 1 << 8;
  public static final int F_ORGNOUN = 1 << 9;
  public static final int F_ORGSUFFIX = 1 << 10;
  public static final int F_ENDUSER = 1 << 11;
  public static final int F_ORGANA = 1 << 12;
  // Contexts where a country is named without receiving anything (see lexicon.tsv).
  public static final int F_PROSPECT = 1 << 13;
  public static final int F_DETECTED = 1 << 14;
  public static final int F_RANKING = 1 << 15;
  public static final int F_TRANSIT = 1 << 16;
  public static final int F_ADDRESSEE = 1 << 17;
  public static final int F_SANCTION = 1 << 18;
  // The text says in so many words that no deal was made or that a party goes unnamed: a feature
  // of every candidate of the document, and in es/fr/pt a story's no-deal ending (NoDealStory).
  public static final int F_NO_DEAL = 1 << 19;
  // Passes on a claim rather than stating it ("reportedly", "aurait"): a delivery it hedges is
  // reported (StatusStages).
  public static final int F_HEARSAY = 1 << 20;

  public Term {
    technologies =
        technologies.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(technologies));
  }

  public boolean has(int flag) {
    return (flags & flag) != 0;
  }
}
