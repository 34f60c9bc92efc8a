package org.sightline.core.extract.eval;

import java.util.List;

/**
 * The fixed split of the project's corpus ({@code eval/sightline-gold.jsonl}): texts whose number
 * ({@code sl-NN}) is divisible by 3 are held out; the others train the confidence model.
 */
public final class CorpusSplit {
  private CorpusSplit() {}

  public static boolean isHeldOut(GoldDocument d) {
    String id = d.id();
    int dash = id.lastIndexOf('-');
    try {
      return Integer.parseInt(id.substring(dash + 1)) % 3 == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  public static List<GoldDocument> train(List<GoldDocument> all) {
    return all.stream().filter(d -> !isHeldOut(d)).toList();
  }

  public static List<GoldDocument> heldOut(List<GoldDocument> all) {
    return all.stream().filter(CorpusSplit::isHeldOut).toList();
  }
}
