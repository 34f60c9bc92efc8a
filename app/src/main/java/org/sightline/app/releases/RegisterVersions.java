package org.sightline.app.releases;

import org.sightline.app.web.RegisterHead;
import org.sightline.store.ingest.RegisterVersion;
import org.sightline.store.registry.Register;
import org.springframework.stereotype.Component;

/**
 * The published register's content hash, computed once per {@link RegisterHead} version: hashing
 * reads the whole published register, so no request pays for it unless the register changed.
 */
@Component
public class RegisterVersions {
  private final Register register;
  private final RegisterHead head;
  private volatile Known known;

  private record Known(RegisterHead.Version head, RegisterVersion version) {}

  RegisterVersions(Register register, RegisterHead head) {
    this.register = register;
    this.head = head;
  }

  /** The version of the register as it stands (at most the head's recheck interval old). */
  public RegisterVersion current() {
    RegisterHead.Version now = head.current();
    Known k = known;
    if (k != null && k.head().equals(now)) {
      return k.version();
    }
    synchronized (this) {
      k = known;
      if (k == null || !k.head().equals(now)) {
        k = new Known(now, RegisterVersion.of(register));
        known = k;
      }
      return k.version();
    }
  }
}
