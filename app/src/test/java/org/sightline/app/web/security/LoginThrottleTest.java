package org.sightline.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed per username, and the lock lifts when the window has passed. */
class LoginThrottleTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-29T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void fiveWrongPasswordsLockTheNameForTheRestOfTheWindow() {
    ManualClock clock = new ManualClock();
    LoginThrottle throttle = new LoginThrottle(clock);

    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      throttle.failed("Heron");
    }
    assertThat(throttle.isLocked("heron")).isFalse();
    throttle.failed("heron");
    assertThat(throttle.isLocked("HERON")).isTrue();
    assertThat(throttle.isLocked("kite")).isFalse();

    clock.now = clock.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
    assertThat(throttle.isLocked("heron")).isFalse();
  }

  @Test
  void aSuccessfulSignInClearsTheCount() {
    LoginThrottle throttle = new LoginThrottle(new ManualClock());
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      throttle.failed("heron");
    }
    throttle.succeeded("heron");
    throttle.failed("heron");
    assertThat(throttle.isLocked("heron")).isFalse();
  }

  @Test
  void eachNewLockInARowLastsTwiceAsLong() {
    ManualClock clock = new ManualClock();
    LoginThrottle throttle = new LoginThrottle(clock);

    for (Duration expected :
        new Duration[] {
          Duration.ofMinutes(15),
          Duration.ofMinutes(30),
          Duration.ofMinutes(60),
          Duration.ofHours(2)
        }) {
      for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
        throttle.failed("heron");
      }
      assertThat(throttle.isLocked("heron")).isTrue();
      assertThat(throttle.lockRemaining("heron")).isEqualTo(expected);
      clock.now = clock.now.plus(expected).minusSeconds(1);
      assertThat(throttle.isLocked("heron")).isTrue();
      clock.now = clock.now.plusSeconds(1);
      assertThat(throttle.isLocked("heron")).isFalse();
    }
  }

  @Test
  void locksAreForgottenADayAfterTheLastOneAndNeverExceedADay() {
    ManualClock clock = new ManualClock();
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.failed("heron");
    }
    clock.now = clock.now.plus(LoginThrottle.WINDOW).plus(LoginThrottle.MEMORY);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.failed("heron");
    }
    assertThat(throttle.lockRemaining("heron")).isEqualTo(LoginThrottle.WINDOW);

    assertThat(LoginThrottle.lockLength(1)).isEqualTo(Duration.ofMinutes(15));
    assertThat(LoginThrottle.lockLength(7)).isEqualTo(Duration.ofHours(16));
    assertThat(LoginThrottle.lockLength(8)).isEqualTo(LoginThrottle.MAX_LOCK);
    assertThat(LoginThrottle.lockLength(40)).isEqualTo(LoginThrottle.MAX_LOCK);
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowDoNotLock() {
    ManualClock clock = new ManualClock();
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
        throttle.failed("heron");
      }
      clock.now = clock.now.plus(LoginThrottle.WINDOW);
    }
    assertThat(throttle.isLocked("heron")).isFalse();
  }
}
