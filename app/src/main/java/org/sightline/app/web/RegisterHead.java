package org.sightline.app.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.sightline.store.layers.LayerStore;
import org.sightline.store.registry.Register;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which version of the register the derived state (cached pages and API answers, the search index)
 * must show. Asking the database on every read costs a round trip per request, so the version is
 * read again at most once per {@code sightline.cache.recheck-after} (default one second), and at
 * once after a write through this instance. A change written by another instance sharing the
 * database, or by a command-line import, shows within that interval.
 *
 * <p>The version is the newest revision id together with the number of revisions up to it: ids are
 * handed out when a transaction writes, not when it commits, so a long import can commit ids below
 * the newest one; the count tells those apart. The time of the last layer import is part of it too:
 * a layer import makes no revision, yet country pages show the layers' rows.
 */
@Component
public class RegisterHead {
  /** A version of the register: equal versions show the same published data. */
  public record Version(long lastRevision, long revisions, long layersImportedAt) {}

  private final Register register;
  private final LayerStore layers;
  private final long recheckNanos;
  private final AtomicLong writes = new AtomicLong();
  private volatile Known known = new Known(new Version(-1, -1, -1), Long.MIN_VALUE, -1);
  private volatile Unreachable unreachable;

  private record Known(Version version, long readAt, long writesSeen) {}

  /** The last failure to reach the database, and when it was seen. */
  private record Unreachable(RuntimeException failure, long seenAt) {}

  RegisterHead(
      Register register,
      LayerStore layers,
      @Value("${sightline.cache.recheck-after:1s}") Duration recheckAfter) {
    this.register = register;
    this.layers = layers;
    this.recheckNanos = recheckAfter.toNanos();
  }

  /**
   * The register's current version, read again when older than the recheck interval. When the
   * database could not be reached, the failure is given again for one recheck interval without
   * asking: otherwise every reader waits the pool's connection timeout, and a request that asks
   * twice (the Jetty handler of kept answers, then the servlet layer) waits it twice.
   */
  public Version current() {
    Known k = known;
    long now = System.nanoTime();
    long w = writes.get();
    if (k.writesSeen() == w && now - k.readAt() < recheckNanos && k.readAt() != Long.MIN_VALUE) {
      return k.version();
    }
    Unreachable u = unreachable;
    if (u != null && now - u.seenAt() < recheckNanos) {
      throw new IllegalStateException("the database was unreachable a moment ago", u.failure());
    }
    try {
      long last = register.lastRevisionId();
      long count = last > 0 ? register.countRevisionsUpTo(last) : 0;
      Version v = new Version(last, count, layers.lastImportMillis());
      known = new Known(v, now, w);
      unreachable = null;
      return v;
    } catch (RuntimeException e) {
      if (DatabaseOutage.causedBy(e)) {
        unreachable = new Unreachable(e, System.nanoTime());
      }
      throw e;
    }
  }

  /** This instance wrote to the register: the next reader asks the database again. */
  public void changed() {
    writes.incrementAndGet();
  }
}
