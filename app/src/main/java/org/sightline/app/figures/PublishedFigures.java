package org.sightline.app.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sightline.app.web.RegisterHead;
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
 * The published transfers and the figures computed from them, cached per version of the register
 * ({@link RegisterHead}): a write through this instance is seen by the next read, another
 * instance's within the head's recheck interval.
 */
@Component
public class PublishedFigures {
  private final Register register;
  private final RegisterHead head;
  private final Figures figures;
  private volatile Snapshot snapshot;

  public PublishedFigures(Register register, RegisterHead head, Figures figures) {
    this.register = register;
    this.head = head;
    this.figures = figures;
  }

  /** The figures as of the newest revision. */
  public Snapshot current() {
    RegisterHead.Version version = head.current();
    Snapshot s = snapshot;
    if (s != null && s.version.equals(version)) {
      return s;
    }
    synchronized (this) {
      s = snapshot;
      if (s == null || !s.version.equals(version)) {
        // A write landing between reading the version and reading the transfers makes this
        // snapshot newer than its label; the next read then sees a new version and rebuilds. The
        // cache can therefore be briefly rebuilt twice, but never serve older figures.
        s = load(version);
        snapshot = s;
      }
      return s;
    }
  }

  private Snapshot load(RegisterHead.Version version) {
    Map<String, StoredTransfer> byId = new LinkedHashMap<>();
    register.forEachTransfer(Visibility.PUBLIC, t -> byId.put(t.transfer().id(), t));
    return new Snapshot(version, Collections.unmodifiableMap(byId), figures);
  }

  /** One revision's published transfers (in id order) with lazily computed figures. */
  public static final class Snapshot {
    private final RegisterHead.Version version;
    private final Map<String, StoredTransfer> byId;
    private final List<Transfer> transfers;
    private final Figures figures;
    private final Map<String, CountryProfile> profiles = new ConcurrentHashMap<>();
    private volatile List<CountrySummary> countrySummaries;
    private volatile GlobalStats globalStats;

    Snapshot(RegisterHead.Version version, Map<String, StoredTransfer> byId, Figures figures) {
      this.version = version;
      this.byId = byId;
      this.figures = figures;
      List<Transfer> list = new ArrayList<>(byId.size());
      byId.values().forEach(t -> list.add(t.transfer()));
      this.transfers = List.copyOf(list);
    }

    /** The newest revision id of the register this snapshot shows. */
    public long revision() {
      return version.lastRevision();
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
