package org.sightline.app.web.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Slows password guessing per username, never per address (no client addresses are kept): after
 * {@link #MAX_FAILURES} wrong passwords within {@link #WINDOW}, the username is locked, and even
 * the right password is refused until the lock ends. Each further lock within {@link #MEMORY} of
 * the previous one lasts twice as long (15 minutes, 30, 60, ... up to {@link #MAX_LOCK}), so a
 * slow, patient guesser gets ever fewer tries. In memory, per instance, in a Caffeine cache: a name
 * is forgotten once nothing about it matters any more (its window is over and its last lock is out
 * of memory), and names without a lock are bounded in number so that guessing many names cannot
 * grow the cache without limit; names with a lock weigh nothing and are never pushed out.
 */
final class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration MAX_LOCK = Duration.ofHours(24);
  static final Duration MEMORY = Duration.ofHours(24);
  private static final int MAX_TRACKED = 10_000;

  /**
   * Failures since {@code first}; {@code locks} so far (the last one started at {@code lockedAt}
   * and ends at {@code lockedUntil}).
   */
  private record State(
      int count, Instant first, int locks, Instant lockedAt, Instant lockedUntil) {}

  private final Clock clock;
  private final Map<String, State> states;

  LoginThrottle(Clock clock) {
    this.clock = clock;
    this.states =
        Caffeine.newBuilder()
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .expireAfter(new ForgetWhenIrrelevant())
            .maximumWeight(MAX_TRACKED)
            .<String, State>weigher((name, s) -> s.lockedUntil() == null ? 1 : 0)
            .build()
            .asMap();
  }

  /** A name's state expires when it would act as if there were none (see {@link #forgetAt}). */
  private static final class ForgetWhenIrrelevant implements Expiry<String, State> {
    @Override
    public long expireAfterCreate(String name, State s, long now) {
      return Math.max(0, TimeUnit.MILLISECONDS.toNanos(forgetAt(s).toEpochMilli()) - now);
    }

    @Override
    public long expireAfterUpdate(String name, State s, long now, long currentDuration) {
      return expireAfterCreate(name, s, now);
    }

    @Override
    public long expireAfterRead(String name, State s, long now, long currentDuration) {
      return currentDuration;
    }
  }

  boolean isLocked(String username) {
    State s = states.get(key(username));
    return s != null && s.lockedUntil() != null && clock.instant().isBefore(s.lockedUntil());
  }

  /** How long the name's current lock still lasts (zero when it is not locked). */
  Duration lockRemaining(String username) {
    State s = states.get(key(username));
    if (s == null || s.lockedUntil() == null || !clock.instant().isBefore(s.lockedUntil())) {
      return Duration.ZERO;
    }
    return Duration.between(clock.instant(), s.lockedUntil());
  }

  void failed(String username) {
    Instant now = clock.instant();
    states.compute(
        key(username),
        (k, s) -> {
          if (s != null && s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            return s;
          }
          boolean remembered = s != null && s.lockedAt() != null && rememberedAt(s, now);
          int locks = remembered ? s.locks() : 0;
          boolean fresh = s == null || !now.isBefore(s.first().plus(WINDOW)) || s.count() == 0;
          int count = fresh ? 1 : s.count() + 1;
          Instant first = fresh ? now : s.first();
          if (count >= MAX_FAILURES) {
            int nextLocks = locks + 1;
            return new State(0, now, nextLocks, now, now.plus(lockLength(nextLocks)));
          }
          return new State(
              count,
              first,
              locks,
              remembered ? s.lockedAt() : null,
              remembered ? s.lockedUntil() : null);
        });
  }

  void succeeded(String username) {
    states.remove(key(username));
  }

  /** The n-th lock in a row lasts WINDOW * 2^(n-1), at most MAX_LOCK. */
  static Duration lockLength(int lock) {
    Duration d = WINDOW;
    for (int i = 1; i < lock && d.compareTo(MAX_LOCK) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : d;
  }

  private boolean rememberedAt(State s, Instant now) {
    return now.isBefore(s.lockedUntil().plus(MEMORY));
  }

  /**
   * From when a state acts exactly as no state: its window of failures is over, and its last lock
   * (if any) is no longer remembered.
   */
  private static Instant forgetAt(State s) {
    Instant windowOver = s.first().plus(WINDOW);
    if (s.lockedUntil() == null) {
      return windowOver;
    }
    Instant lockForgotten = s.lockedUntil().plus(MEMORY);
    return lockForgotten.isAfter(windowOver) ? lockForgotten : windowOver;
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
