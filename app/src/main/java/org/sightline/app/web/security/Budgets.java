package org.sightline.app.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One Bucket4j token bucket per key ({@code capacity} tokens, refilled evenly over {@code period}),
 * in memory. A bucket left alone for a whole period is full again, so it is dropped when the map
 * grows: nothing is lost, and the map stays bounded however many keys are tried. When even that
 * does not make room, new keys share one overflow bucket rather than go unlimited.
 */
final class Budgets {
  static final int MAX_TRACKED = 50_000;
  private static final String OVERFLOW = "\u0000overflow";

  /** The answer for one request: allowed or not, and when to come back if not. */
  record Verdict(boolean allowed, long remaining, long retryAfterSeconds) {}

  private record Entry(Bucket bucket, long[] lastUsedNanos) {}

  private final long capacity;
  private final Duration period;
  private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

  Budgets(long capacity, Duration period) {
    this.capacity = capacity;
    this.period = period;
  }

  /** Takes one token from the key's bucket. */
  Verdict take(String key) {
    Entry entry = entry(key);
    ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
    return new Verdict(
        probe.isConsumed(),
        probe.getRemainingTokens(),
        probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill()));
  }

  /** Whether the key still has a token, without taking it; if not, when one will be back. */
  Verdict peek(String key) {
    Entry entry = buckets.get(key);
    if (entry == null) {
      return new Verdict(true, capacity, 0);
    }
    long available = entry.bucket().getAvailableTokens();
    if (available > 0) {
      return new Verdict(true, available, 0);
    }
    long wait = entry.bucket().estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return new Verdict(false, 0, seconds(wait));
  }

  private Entry entry(String key) {
    long now = System.nanoTime();
    Entry existing = buckets.get(key);
    if (existing == null && buckets.size() >= MAX_TRACKED) {
      long idle = period.toNanos();
      buckets.values().removeIf(e -> now - e.lastUsedNanos()[0] >= idle);
      if (buckets.size() >= MAX_TRACKED) {
        key = OVERFLOW;
      }
    }
    Entry entry = buckets.computeIfAbsent(key, k -> new Entry(newBucket(), new long[1]));
    entry.lastUsedNanos()[0] = now;
    return entry;
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
  }

  private static long seconds(long nanos) {
    return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
  }

  int tracked() {
    return buckets.size();
  }
}
