package org.sightline.core.extract.assemble;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Term;
import org.sightline.core.extract.text.LetterWords;
import org.sightline.core.extract.text.Segments;
import org.sightline.core.model.TransferStatus;

/**
 * "À l'issue de la rencontre, aucun accord n'a été annoncé", "No hubo firma", "mas nenhum contrato
 * foi anunciado": a Spanish, French or Portuguese story that says its meeting, visit or pitch ended
 * in no deal states no transfer. Its drafts are dropped, except those a strong cue puts at a firm
 * stage (the story may tell an earlier, signed deal as background). A no-deal sentence that marks
 * another deal ("pour cette deuxième phase") speaks of that deal only and drops nothing. English
 * texts are read as before: their reports say it of a later phase too often (ADR 0034). Round 10
 * (ADR 0021) added the shapes a story uses to say so in another sentence than its weak cue: nothing
 * signed yet, named countries not necessarily clients, a buyer that neither confirmed nor denied.
 */
final class NoDealStory {
  private static final Set<TransferStatus> FIRM =
      EnumSet.of(
          TransferStatus.AGREED,
          TransferStatus.DELIVERED,
          TransferStatus.OPERATIONAL,
          TransferStatus.SUSPENDED,
          TransferStatus.CANCELLED,
          TransferStatus.DENIED);

  private NoDealStory() {}

  /** Drops the drafts of a story that {@link #statesNoDeal states no deal}, in es/fr/pt only. */
  static void dropDrafts(List<Draft> drafts, Language language) {
    if (language != Language.EN) {
      drafts.removeIf(d -> !firm(d));
    }
  }

  /**
   * Whether a term of the document says that no deal was made (or, in English, that a party goes
   * unnamed) in a sentence that does not mark another deal. Also a feature of every candidate of
   * the document in every language (ADR 0021, round 7).
   */
  static boolean statesNoDeal(String norm, Segments seg, Mentions m) {
    Set<String> anotherDeal = CueWords.named("another-deal-words", m.language());
    for (int i = 0; i < m.termCount; i++) {
      if (m.terms[i].has(Term.F_NO_DEAL)) {
        int s = seg.sentenceAt(m.termStart[i]);
        int from = s < 0 ? m.termStart[i] : seg.start(s);
        int to = s < 0 ? m.termEnd[i] : seg.end(s);
        if (LetterWords.scan(norm, from, to, 3, 10, anotherDeal) < 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean firm(Draft d) {
    return d.status != null && FIRM.contains(d.status) && d.x[Features.CUE_STRENGTH] >= 1.0;
  }
}
