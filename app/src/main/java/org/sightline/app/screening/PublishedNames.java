package org.sightline.app.screening;

import java.util.List;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.core.model.Organization;
import org.sightline.core.screen.NameMatch;
import org.sightline.core.screen.Screener;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Component;

/**
 * The published organizations as a {@link Screener}, rebuilt when the register has a new revision
 * (as {@link PublishedFigures} is), so screening and search's name matching never see an older
 * register than the one they report.
 */
@Component
public class PublishedNames {
  /** A screener and the register revision it was built from. */
  public record Snapshot(long revision, Screener screener) {}

  private final Register register;
  private final PublishedFigures figures;
  private volatile Snapshot snapshot;

  public PublishedNames(Register register, PublishedFigures figures) {
    this.register = register;
    this.figures = figures;
  }

  public Snapshot current() {
    PublishedFigures.Snapshot published = figures.current();
    Snapshot s = snapshot;
    if (s != null && s.revision() == published.revision()) {
      return s;
    }
    synchronized (this) {
      s = snapshot;
      if (s == null || s.revision() != published.revision()) {
        List<Organization> organizations =
            register.organizations(Visibility.PUBLIC).stream()
                .map(StoredOrganization::organization)
                .toList();
        s = new Snapshot(published.revision(), Screener.of(organizations, published.transfers()));
        snapshot = s;
      }
      return s;
    }
  }

  /** Organizations whose names match the text, best first. */
  public List<NameMatch> match(String text, double threshold, int limit) {
    return current().screener().matcher().match(text, threshold, limit);
  }
}
