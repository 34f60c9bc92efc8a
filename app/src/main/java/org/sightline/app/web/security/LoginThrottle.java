package org.sightline.app.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing per username, never per address (no client addresses are kept): after
 * {@link #MAX_FAILURES} wrong passwords within {@link #WINDOW}, the username is locked for the rest
 * of that window, and even the right password is refused until then. In memory, per instance; the
 * map is bounded so that guessing many names cannot grow it without limit.
 */
final class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 10_000;

  private record Failures(int count, Instant first) {}

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  boolean isLocked(String username) {
    Failures f = failures.get(key(username));
    return f != null && f.count() >= MAX_FAILURES && !expired(f);
  }

  void failed(String username) {
    if (failures.size() >= MAX_TRACKED) {
      failures.values().removeIf(this::expired);
      if (failures.size() >= MAX_TRACKED) {
        // Still full: forget the oldest half rather than grow or stop counting new names.
        Instant cutoff = clock.instant().minus(WINDOW.dividedBy(2));
        failures.values().removeIf(f -> f.first().isBefore(cutoff));
      }
    }
    failures.compute(
        key(username),
        (k, f) ->
            f == null || expired(f)
                ? new Failures(1, clock.instant())
                : new Failures(f.count() + 1, f.first()));
  }

  void succeeded(String username) {
    failures.remove(key(username));
  }

  private boolean expired(Failures f) {
    return !clock.instant().isBefore(f.first().plus(WINDOW));
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
