package org.sightline.core.screen;

import java.util.Arrays;

/**
 * A thread's accumulators for {@link NameIndex}'s candidates: the posting lists of a screened
 * name's words (and of the registered words close to its unknown ones) are queued, each with its
 * weight; a registered name's weight is the sum of the weights of the lists it is on, and the
 * heaviest few names, ties in the order they were first met, are the candidates. Reset after each
 * use.
 */
final class CandidateSelection {
  /**
   * A posting list longer than this is a common word's ("systems" on thousands of names): where a
   * screened name has one such word, only its first names that no other list holds can be among the
   * candidates, so the rest are not summed ({@link #select}).
   */
  static final int LONG_LIST = 128;

  private final float[] weights;
  private final int[] hits;
  private int hitCount;

  /** Scratch for {@link NameIndex}'s look-up of words close to an unknown one. */
  final int[] wordCounts;

  final int[] words;

  private int[][] lists = new int[8][];
  private float[] listWeights = new float[8];
  private int queued;

  CandidateSelection(int entries, int vocabulary) {
    weights = new float[entries];
    hits = new int[entries];
    wordCounts = new int[vocabulary];
    words = new int[vocabulary];
  }

  /** One posting list (entry ids, ascending) and the weight each of its names gets from it. */
  void queue(int[] ids, float weight) {
    if (queued == lists.length) {
      lists = Arrays.copyOf(lists, queued * 2);
      listWeights = Arrays.copyOf(listWeights, queued * 2);
    }
    lists[queued] = ids;
    listWeights[queued++] = weight;
  }

  /**
   * The {@code limit} heaviest names of the queued lists, heaviest first; names of equal weight in
   * the order they are first met, list by list and by id within a list. The same as {@link
   * #selectPlainly}, without summing a long list's names that cannot be among them.
   */
  int[] select(int limit) {
    int longList = -1;
    for (int k = 0; k < queued; k++) {
      if (lists[k].length > LONG_LIST) {
        if (longList >= 0) {
          return selectPlainly(limit);
        }
        longList = k;
      }
    }
    if (longList < 0) {
      return selectPlainly(limit);
    }
    int[] best = besideOneLongList(longList, limit);
    clearQueue();
    return best;
  }

  /** {@link #select} by summing every list into the accumulator. */
  int[] selectPlainly(int limit) {
    for (int k = 0; k < queued; k++) {
      add(lists[k], listWeights[k]);
    }
    clearQueue();
    return top(limit);
  }

  private void clearQueue() {
    Arrays.fill(lists, 0, queued, null);
    queued = 0;
  }

  /**
   * The names of one long list that no other list holds all weigh that list's weight and rank by id
   * among themselves, so only its first {@code limit} such names can be candidates; the names the
   * other lists hold are weighed in full, each list's weight added in queue order as {@link #add}
   * would.
   */
  private int[] besideOneLongList(int b, int limit) {
    for (int k = 0; k < queued; k++) {
      if (k != b) {
        for (int e : lists[k]) {
          if (weights[e] == 0) {
            weights[e] = 1;
            hits[hitCount++] = e;
          }
        }
      }
    }
    int[] longIds = lists[b];
    int[] alone = new int[Math.min(limit, longIds.length)];
    int aloneCount = 0;
    for (int i = 0; i < longIds.length && aloneCount < alone.length; i++) {
      if (weights[longIds[i]] == 0) {
        alone[aloneCount++] = longIds[i];
      }
    }
    int total = hitCount + aloneCount;
    int[] entry = new int[total];
    float[] weight = new float[total];
    int[] first = new int[total];
    for (int i = 0; i < hitCount; i++) {
      int e = hits[i];
      float sum = 0;
      int met = -1;
      for (int k = 0; k < queued; k++) {
        if (Arrays.binarySearch(lists[k], e) >= 0) {
          sum += listWeights[k];
          met = met < 0 ? k : met;
        }
      }
      entry[i] = e;
      weight[i] = sum;
      first[i] = met;
      weights[e] = 0;
    }
    for (int i = 0; i < aloneCount; i++) {
      entry[hitCount + i] = alone[i];
      weight[hitCount + i] = listWeights[b];
      first[hitCount + i] = b;
    }
    hitCount = 0;
    // The heaviest `limit`, by insertion into a short sorted array.
    int[] best = new int[Math.min(limit, total)];
    int size = 0;
    for (int i = 0; i < total; i++) {
      if (size == best.length && !before(i, best[size - 1], entry, weight, first)) {
        continue;
      }
      int at = size == best.length ? size - 1 : size++;
      while (at > 0 && before(i, best[at - 1], entry, weight, first)) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = i;
    }
    for (int i = 0; i < best.length; i++) {
      best[i] = entry[best[i]];
    }
    return best;
  }

  /** Heavier first, then met first (by list, then by id). */
  private static boolean before(int i, int j, int[] entry, float[] weight, int[] first) {
    if (weight[i] != weight[j]) {
      return weight[i] > weight[j];
    }
    return first[i] != first[j] ? first[i] < first[j] : entry[i] < entry[j];
  }

  private void add(int[] ids, float weight) {
    for (int e : ids) {
      if (weights[e] == 0) {
        hits[hitCount++] = e;
      }
      weights[e] += weight;
    }
  }

  private int[] top(int limit) {
    // The heaviest `limit` hits, by insertion into a short sorted array.
    int[] best = new int[Math.min(limit, hitCount)];
    int size = 0;
    for (int i = 0; i < hitCount; i++) {
      int e = hits[i];
      float w = weights[e];
      if (size == best.length && w <= weights[best[size - 1]]) {
        continue;
      }
      int at = size == best.length ? size - 1 : size++;
      while (at > 0 && weights[best[at - 1]] < w) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = e;
    }
    for (int i = 0; i < hitCount; i++) {
      weights[hits[i]] = 0;
    }
    hitCount = 0;
    return best;
  }
}
