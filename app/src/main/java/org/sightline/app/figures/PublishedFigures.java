package org.sightline.app.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sightline.core.analyse.CountryProfile;
import org.sightline.core.analyse.CountrySummary;
import org.sightline.core.analyse.Figures;
import org.sightline.core.analyse.GlobalStats;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Component;

/**
 * The published transfers and the figures computed from them, cached per register revision. Every
 * read compares the cached revision with {@link Register#lastRevisionId()}, so several instances
 * sharing one database never serve figures older than the latest committed change.
 */
@Component
public class PublishedFigures {
  private final Register register;
  private final Figures figures;
  private volatile Snapshot snapshot;

  public PublishedFigures(Register register, Figures figures) {
    this.register = register;
    this.figures = figures;
  }

  /** The figures as of the newest revision. */
  public Snapshot current() {
    long revision = register.lastRevisionId();
    Snapshot s = snapshot;
    if (s != null && s.revision() == revision) {
      return s;
    }
    synchronized (this) {
      s = snapshot;
      if (s == null || s.revision() != revision) {
        // A write landing between reading the revision id and reading the transfers makes this
        // snapshot newer than its label; the next read then sees a new id and rebuilds. The
        // cache can therefore be briefly rebuilt twice, but never serve stale figures.
        s = load(revision);
        snapshot = s;
      }
      return s;
    }
  }

  private Snapshot load(long revision) {
    Map<String, StoredTransfer> byId = new LinkedHashMap<>();
    register.forEachTransfer(Visibility.PUBLIC, t -> byId.put(t.transfer().id(), t));
    return new Snapshot(revision, Collections.unmodifiableMap(byId), figures);
  }

  /** One revision's published transfers (in id order) with lazily computed figures. */
  public static final class Snapshot {
    private final long revision;
    private final Map<String, StoredTransfer> byId;
    private final List<Transfer> transfers;
    private final Figures figures;
    private final Map<String, CountryProfile> profiles = new ConcurrentHashMap<>();
    private volatile List<CountrySummary> countrySummaries;
    private volatile GlobalStats globalStats;

    Snapshot(long revision, Map<String, StoredTransfer> byId, Figures figures) {
      this.revision = revision;
      this.byId = byId;
      this.figures = figures;
      List<Transfer> list = new ArrayList<>(byId.size());
      byId.values().forEach(t -> list.add(t.transfer()));
      this.transfers = List.copyOf(list);
    }

    public long revision() {
      return revision;
    }

    public List<Transfer> transfers() {
      return transfers;
    }

    /** The stored transfers with these ids, in the order given; unknown ids are skipped. */
    public List<StoredTransfer> stored(List<String> ids) {
      return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The transfers with these ids, in the order given; unknown ids are skipped. */
    public List<Transfer> transfers(List<String> ids) {
      return stored(ids).stream().map(StoredTransfer::transfer).toList();
    }

    public List<CountrySummary> countrySummaries() {
      List<CountrySummary> result = countrySummaries;
      if (result == null) {
        result = figures.countrySummaries(transfers);
        countrySummaries = result;
      }
      return result;
    }

    public CountryProfile countryProfile(String code) {
      return profiles.computeIfAbsent(code, c -> figures.countryProfile(c, transfers));
    }

    public GlobalStats globalStats() {
      GlobalStats result = globalStats;
      if (result == null) {
        result = figures.globalStats(transfers);
        globalStats = result;
      }
      return result;
    }
  }
}
