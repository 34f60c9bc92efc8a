package org.sightline.core.extract.assemble;

import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.text.LetterWords;

/**
 * "remporté par Huawei, qui a devancé le chinois ZTE et une société béninoise", "ZTE et une société
 * béninoise ont été distancés": the bidders a tender's winner beat are no party of its deal. After
 * a verb of losing ({@code losing-bidder-verbs}) the names and countries of its clause are the
 * losers; before it when the verb is passive ("ont été distancés", "fueron superados"). A clause
 * ends at a semicolon or a colon.
 */
final class LosingBidders {
  private final Set<String> verbs;
  private final Set<String> passiveAuxiliaries;

  LosingBidders(Language language) {
    this.verbs = CueWords.named("losing-bidder-verbs", language);
    this.passiveAuxiliaries = CueWords.named("passive-auxiliaries", language);
  }

  /** Removes the losing bidders' names and countries from the sentence's facts. */
  void drop(String norm, Facts f) {
    if (f.orgs.size() + f.unknownOrgs.size() + f.groups.size() < 2) {
      return; // a winner and a loser, or two losers: most sentences name fewer
    }
    int verb = LetterWords.scan(norm, f.start, f.end, 4, 16, verbs);
    if (verb < 0) {
      return;
    }
    int[] ws = new int[1];
    boolean passive = passiveAuxiliaries.contains(Words.before(norm, verb, f.start, ws));
    int from = passive ? clauseStart(norm, f.start, verb) : verb;
    int to = passive ? verb : clauseEnd(norm, verb, f.end);
    for (int i = f.orgs.size() - 1; i >= 0; i--) {
      int s = f.orgStarts.get(i);
      if (s >= from && s < to) {
        f.orgs.remove(i);
        f.orgStarts.remove(i);
      }
    }
    for (int i = f.unknownOrgs.size() - 1; i >= 0; i--) {
      int s = f.unknownOrgStarts.get(i);
      if (s >= from && s < to) {
        f.unknownOrgs.remove(i);
        f.unknownOrgWeak.remove(i);
        f.unknownOrgStarts.remove(i);
      }
    }
    f.groups.removeIf(g -> g.start >= from && g.start < to);
  }

  /** After the last semicolon or colon before {@code at}: the winner may stand before it. */
  private static int clauseStart(String norm, int from, int at) {
    for (int i = at - 1; i > from; i--) {
      if (norm.charAt(i) == ';' || norm.charAt(i) == ':') {
        return i + 1;
      }
    }
    return from;
  }

  /** The next semicolon or colon after {@code at}, or the sentence's end. */
  private static int clauseEnd(String norm, int at, int to) {
    for (int i = at; i < to; i++) {
      if (norm.charAt(i) == ';' || norm.charAt(i) == ':') {
        return i;
      }
    }
    return to;
  }
}
