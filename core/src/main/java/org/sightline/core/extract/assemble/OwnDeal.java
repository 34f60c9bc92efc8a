package org.sightline.core.extract.assemble;

import java.text.Normalizer;
import java.util.Locale;
import org.sightline.core.model.TransferStatus;

/**
 * Whether a statement merged into a draft of the same supplier and recipient gives a deal of its
 * own beyond its amount and year ({@link DraftMerger}): another end user ("the city of Recife"
 * where the draft has the state police) or another phase (a cancelled order beside a delivered
 * system). Read from the drafts' fields, so the same in every language.
 */
final class OwnDeal {
  private OwnDeal() {}

  static boolean ownEndUserOrPhase(Draft into, Draft d) {
    return otherEndUser(into.endUser, d.endUser) || otherPhase(into.status, d.status);
  }

  /** Two end users named, neither a shorter writing of the other. */
  static boolean otherEndUser(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = fold(a);
    String y = fold(b);
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
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }
}
