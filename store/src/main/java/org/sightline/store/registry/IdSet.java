package org.sightline.store.registry;

/**
 * A compact set of record ids kept as 64-bit fingerprints (8 bytes per id rather than a hundred for
 * a {@code HashSet<String>}), for a million-row import. It can answer "maybe" for an id it never
 * saw (two ids with the same fingerprint), never "no" for one it saw: callers use a "maybe" only to
 * decide to ask the database.
 */
final class IdSet {
  private long[] slots = new long[1 << 12];
  private int size;
  private boolean hasZero;

  void add(String id) {
    long f = fingerprint(id);
    if (f == 0) {
      hasZero = true;
      return;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    if (insert(slots, f)) {
      size++;
    }
  }

  boolean mightContain(String id) {
    long f = fingerprint(id);
    if (f == 0) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = mix(f) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == 0) {
        return false;
      }
      if (slots[i] == f) {
        return true;
      }
    }
  }

  private static boolean insert(long[] table, long f) {
    int mask = table.length - 1;
    for (int i = mix(f) & mask; ; i = (i + 1) & mask) {
      if (table[i] == 0) {
        table[i] = f;
        return true;
      }
      if (table[i] == f) {
        return false;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long f : slots) {
      if (f != 0) {
        insert(bigger, f);
      }
    }
    slots = bigger;
  }

  /** FNV-1a over the UTF-16 code units. */
  private static long fingerprint(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static int mix(long f) {
    long x = f * 0x9E3779B97F4A7C15L;
    return (int) (x >>> 32);
  }
}
