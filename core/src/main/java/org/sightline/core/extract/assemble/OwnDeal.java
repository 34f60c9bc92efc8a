package org.sightline.core.extract.assemble;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sightline.core.model.TransferStatus;

/**
 * Whether a statement merged into a draft of the same supplier and recipient gives a deal of its
 * own beyond its amount and year ({@link DraftMerger}): another end user ("the city of Recife"
 * where the draft has the state police) or another phase (a cancelled order beside a delivered
 * system). Read from the drafts' fields, so the same in every language.
 */
final class OwnDeal {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

  private OwnDeal() {}

  static boolean ownEndUserOrPhase(Draft into, Draft d) {
    return ownEndUserOrPhase(into, d, new HashMap<>(2));
  }

  /**
   * As {@link #ownEndUserOrPhase(Draft, Draft)}, with each end user's folded writing kept in {@code
   * folds} (one map per document): a document's drafts share a few end users.
   */
  static boolean ownEndUserOrPhase(Draft into, Draft d, Map<String, String> folds) {
    return otherEndUser(into.endUser, d.endUser, folds) || otherPhase(into.status, d.status);
  }

  /** Two end users named, neither a shorter writing of the other. */
  static boolean otherEndUser(String a, String b) {
    return otherEndUser(a, b, new HashMap<>(2));
  }

  private static boolean otherEndUser(String a, String b, Map<String, String> folds) {
    if (a == null || b == null || a.equals(b)) {
      return false; // the same writing folds the same, and contains itself
    }
    String x = folds.computeIfAbsent(a, OwnDeal::fold);
    String y = folds.computeIfAbsent(b, OwnDeal::fold);
    return !x.contains(y) && !y.contains(x);
  }

  /** One deal ended (cancelled, suspended, denied) and the other went ahead. */
  static boolean otherPhase(TransferStatus a, TransferStatus b) {
    if (a == null || b == null) {
      return false;
    }
    return ended(a) && wentAhead(b) || ended(b) && wentAhead(a);
  }

  private static boolean ended(TransferStatus s) {
    return s == TransferStatus.CANCELLED
        || s == TransferStatus.SUSPENDED
        || s == TransferStatus.DENIED;
  }

  private static boolean wentAhead(TransferStatus s) {
    return s == TransferStatus.AGREED
        || s == TransferStatus.DELIVERED
        || s == TransferStatus.OPERATIONAL;
  }

  private static String fold(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
