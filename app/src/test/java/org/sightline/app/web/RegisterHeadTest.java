package org.sightline.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sightline.store.registry.Register;

class RegisterHeadTest {
  private final AtomicInteger asked = new AtomicInteger();

  /** A register whose every read of the newest revision fails with {@code failure}. */
  private Register failingWith(RuntimeException failure) {
    return (Register)
        Proxy.newProxyInstance(
            Register.class.getClassLoader(),
            new Class<?>[] {Register.class},
            (proxy, method, args) -> {
              if (method.getName().equals("lastRevisionId")) {
                asked.incrementAndGet();
                throw failure;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static RuntimeException poolTimeout() {
    return new IllegalStateException(
        "could not get a connection",
        new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 5000ms."));
  }

  @Test
  void anUnreachableDatabaseIsNotAskedAgainWithinTheRecheckInterval() {
    RegisterHead head = new RegisterHead(failingWith(poolTimeout()), null, Duration.ofHours(1));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(head::current)
          .satisfies(e -> assertThat(DatabaseOutage.causedBy(e)).as("an outage").isTrue());
    }
    assertThat(asked).hasValue(1);
  }

  @Test
  void onceTheIntervalHasPassedTheDatabaseIsAskedAgain() {
    RegisterHead head = new RegisterHead(failingWith(poolTimeout()), null, Duration.ZERO);

    assertThatThrownBy(head::current).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(head::current).isInstanceOf(IllegalStateException.class);
    assertThat(asked).hasValue(2);
  }

  @Test
  void otherFailuresAreNotRemembered() {
    RegisterHead head =
        new RegisterHead(
            failingWith(new IllegalArgumentException("a bug, not an outage")),
            null,
            Duration.ofHours(1));

    assertThatThrownBy(head::current).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(head::current).isInstanceOf(IllegalArgumentException.class);
    assertThat(asked).hasValue(2);
  }
}
