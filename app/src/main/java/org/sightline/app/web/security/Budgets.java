package org.sightline.app.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One Bucket4j token bucket per key ({@code capacity} tokens, refilled evenly over {@code period}),
 * in a bounded Caffeine cache. A bucket left alone for a whole period is full again, so it expires
 * then: nothing is lost, and however many keys are tried the cache keeps at most {@link
 * #MAX_TRACKED} buckets.
 */
final class Budgets {
  static final int MAX_TRACKED = 50_000;

  /** The answer for one request: allowed or not, and when to come back if not. */
  record Verdict(boolean allowed, long remaining, long retryAfterSeconds) {}

  private final long capacity;
  private final Duration period;
  private final Cache<String, Bucket> buckets;

  Budgets(long capacity, Duration period) {
    this.capacity = capacity;
    this.period = period;
    this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAX_TRACKED).build();
  }

  /** Takes one token from the key's bucket. */
  Verdict take(String key) {
    ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
    return new Verdict(
        probe.isConsumed(),
        probe.getRemainingTokens(),
        probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill()));
  }

  /** Whether the key still has a token, without taking it; if not, when one will be back. */
  Verdict peek(String key) {
    Bucket bucket = buckets.getIfPresent(key);
    if (bucket == null) {
      return new Verdict(true, capacity, 0);
    }
    long available = bucket.getAvailableTokens();
    if (available > 0) {
      return new Verdict(true, available, 0);
    }
    long wait = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return new Verdict(false, 0, seconds(wait));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
  }

  private static long seconds(long nanos) {
    return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
  }
}
