package org.sightline.app.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing per username, never per address (no client addresses are kept): after
 * {@link #MAX_FAILURES} wrong passwords within {@link #WINDOW}, the username is locked, and even
 * the right password is refused until the lock ends. Each further lock within {@link #MEMORY} of
 * the previous one lasts twice as long (15 minutes, 30, 60, ... up to {@link #MAX_LOCK}), so a
 * slow, patient guesser gets ever fewer tries. In memory, per instance; the map is bounded so that
 * guessing many names cannot grow it without limit.
 */
public final class LoginThrottle {
  public static final int MAX_FAILURES = 5;
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
  private final Map<String, State> states = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
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
    if (states.size() >= MAX_TRACKED) {
      states.values().removeIf(this::forgettable);
      if (states.size() >= MAX_TRACKED) {
        // Still full: forget names that are not locked rather than grow or stop counting.
        states.values().removeIf(s -> s.lockedUntil() == null || forgettable(s));
      }
    }
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

  private boolean forgettable(State s) {
    Instant now = clock.instant();
    boolean windowOver = !now.isBefore(s.first().plus(WINDOW));
    return windowOver && (s.lockedUntil() == null || !rememberedAt(s, now));
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
