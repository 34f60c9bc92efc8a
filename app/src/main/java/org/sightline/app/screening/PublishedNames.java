package org.sightline.app.screening;

import java.util.List;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.releases.RegisterVersions;
import org.sightline.core.model.Organization;
import org.sightline.core.screen.NameMatch;
import org.sightline.core.screen.NativeNames;
import org.sightline.core.screen.Screener;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.sightline.store.screening.NativeNameStore;
import org.springframework.stereotype.Component;

/**
 * The published organizations, with their cited native-script names as further aliases, as a {@link
 * Screener}, rebuilt with each {@link PublishedFigures} snapshot (one per version of the register,
 * ADR 0023), so screening and search's name matching never see an older register than the one they
 * report.
 */
@Component
public class PublishedNames {
  /**
   * A screener, the register revision it was built from and the register's version then (the
   * content hash of {@code GET /api/v1/version}).
   */
  public record Snapshot(long revision, String version, Screener screener) {}

  /** The snapshot and the figures snapshot it was built beside. */
  private record Built(PublishedFigures.Snapshot figures, Snapshot snapshot) {}

  private final Register register;
  private final NativeNameStore nativeNames;
  private final PublishedFigures figures;
  private final RegisterVersions versions;
  private volatile Built built;

  public PublishedNames(
      Register register,
      NativeNameStore nativeNames,
      PublishedFigures figures,
      RegisterVersions versions) {
    this.register = register;
    this.nativeNames = nativeNames;
    this.figures = figures;
    this.versions = versions;
  }

  public Snapshot current() {
    PublishedFigures.Snapshot published = figures.current();
    Built b = built;
    if (b != null && b.figures() == published) {
      return b.snapshot();
    }
    synchronized (this) {
      b = built;
      if (b == null || b.figures() != published) {
        List<Organization> organizations =
            NativeNames.withNames(
                register.organizations(Visibility.PUBLIC).stream()
                    .map(StoredOrganization::organization)
                    .toList(),
                nativeNames.all());
        b =
            new Built(
                published,
                new Snapshot(
                    published.revision(),
                    versions.current().version(),
                    Screener.of(organizations, published.transfers())));
        built = b;
      }
      return b.snapshot();
    }
  }

  /** Organizations whose names match the text, best first. */
  public List<NameMatch> match(String text, double threshold, int limit) {
    return current().screener().matcher().match(text, threshold, limit);
  }
}
