package org.sightline.app.extraction;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.sightline.core.extract.Extractor;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.Organization;
import org.sightline.core.model.Revision;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Component;

/**
 * The extractor as the register knows it: built over the register's organizations (drafts included,
 * since its users are contributors), and rebuilt only when an organization has changed since it was
 * built — transfers, proposals and responses do not feed the gazetteer.
 */
@Component
class RegisterExtractor {
  /** Beyond this many revisions since the last build, rebuilding is cheaper than reading them. */
  private static final int REVISIONS_CHECKED = 1_000;

  private record Built(long revision, Extractor extractor) {}

  private final Register register;
  private final AtomicReference<Built> built = new AtomicReference<>();

  RegisterExtractor(Register register) {
    this.register = register;
  }

  /** The extractor for the register as it is now (one revision check; a rebuild when needed). */
  Extractor current() {
    long revision = register.lastRevisionId();
    Built b = built.get();
    if (b != null && b.revision() != revision && !organizationsChangedAfter(b.revision())) {
      b = new Built(revision, b.extractor());
      built.set(b);
    }
    if (b == null || b.revision() != revision) {
      List<Organization> orgs =
          register.organizations(Visibility.REVIEWER).stream()
              .map(StoredOrganization::organization)
              .toList();
      b = new Built(revision, new Extractor(orgs));
      built.set(b);
    }
    return b.extractor();
  }

  /** True when an organization changed after that revision (or too much changed to tell). */
  private boolean organizationsChangedAfter(long revision) {
    List<Revision> later = register.revisionsAfter(revision, REVISIONS_CHECKED);
    return later.size() >= REVISIONS_CHECKED
        || later.stream().anyMatch(r -> EntityType.ORGANIZATION.key().equals(r.entityType()));
  }
}
