package org.sightline.app.figures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sightline.app.web.BadParameterException;
import org.sightline.app.web.Days;
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
 *
 * <p>The same figures are also computed for the register as it stood at the end of a past day (UTC)
 * ({@link #asOf}), from the revision log: the same functions applied to an older set of records.
 */
@Component
public class PublishedFigures {
  private final Register register;
  private final RegisterHead head;
  private final Figures figures;
  private volatile Snapshot snapshot;
  private volatile FirstDay firstDay;

  private record FirstDay(RegisterHead.Version version, LocalDate day) {}

  /** Past days asked for, per register version (a later revision can still change today). */
  private final Cache<DayAt, Snapshot> pastDays = Caffeine.newBuilder().maximumSize(16).build();

  private record DayAt(LocalDate day, RegisterHead.Version version) {}

  public PublishedFigures(Register register, RegisterHead head, Figures figures) {
    this.register = register;
    this.head = head;
    this.figures = figures;
  }

  /** The figures as of the end of this day (UTC), or as of now when the day is null. */
  public Snapshot asOf(LocalDate day) {
    if (day == null) {
      return current();
    }
    RegisterHead.Version version = head.current();
    return pastDays.get(
        new DayAt(day, version),
        k -> {
          Map<String, StoredTransfer> byId = new LinkedHashMap<>();
          register
              .publishedTransfersBefore(endOf(day))
              .forEach(t -> byId.put(t.transfer().id(), t));
          return new Snapshot(version, Collections.unmodifiableMap(byId), figures, day);
        });
  }

  /** The day (UTC) of the register's first revision: the earliest day figures can be as of. */
  public Optional<LocalDate> firstDay() {
    RegisterHead.Version version = head.current();
    FirstDay known = firstDay;
    if (known == null || !known.version().equals(version)) {
      known =
          new FirstDay(
              version,
              register
                  .firstRevisionAt()
                  .map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC))
                  .orElse(null));
      firstDay = known;
    }
    return Optional.ofNullable(known.day());
  }

  /** The instant a day ends (UTC): the register "as of" the day includes the whole day. */
  public static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The query parameter of as-of figures, the same on every figure endpoint and page. */
  public static final String AS_OF = "as_of";

  /** The OpenAPI description of {@link #AS_OF}. */
  public static final String AS_OF_DESCRIPTION =
      "YYYY-MM-DD: the figures over the published register as it stood at the end of that day"
          + " (UTC), rebuilt from its revisions";

  /**
   * Reads an {@code as_of} parameter: null when absent, else a day (YYYY-MM-DD) from the day of the
   * register's first revision up to today (UTC), or a {@link BadParameterException} that says what
   * is accepted.
   */
  public LocalDate parseAsOf(String value) {
    LocalDate day =
        Days.optional(
            value,
            typed -> {
              throw badAsOf("must be a date YYYY-MM-DD (e.g. 2024-03-01), got '" + value + "'");
            });
    if (day == null) {
      return null;
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (day.isAfter(today)) {
      throw badAsOf("is " + day + ", a day that has not ended; the latest is " + today);
    }
    LocalDate first = firstDay().orElseThrow(() -> badAsOf("cannot be used: no revisions yet"));
    if (day.isBefore(first)) {
      throw badAsOf("is " + day + ", before the register's first revision (" + first + ")");
    }
    return day;
  }

  private static BadParameterException badAsOf(String why) {
    return new BadParameterException(AS_OF, "parameter '" + AS_OF + "' " + why);
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
    return new Snapshot(version, Collections.unmodifiableMap(byId), figures, null);
  }

  /**
   * One revision's published transfers (in id order) with lazily computed figures; for a past day
   * ({@link #asOf()} not null), the records as they stood at that day's end.
   */
  public static final class Snapshot {
    private final RegisterHead.Version version;
    private final LocalDate asOf;
    private final Map<String, StoredTransfer> byId;
    private final List<Transfer> transfers;
    private final Figures figures;
    private final Map<String, CountryProfile> profiles = new ConcurrentHashMap<>();
    private volatile List<CountrySummary> countrySummaries;
    private volatile GlobalStats globalStats;

    Snapshot(
        RegisterHead.Version version,
        Map<String, StoredTransfer> byId,
        Figures figures,
        LocalDate asOf) {
      this.version = version;
      this.asOf = asOf;
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

    /** The day these figures are as of, or null when they are the register's current ones. */
    public LocalDate asOf() {
      return asOf;
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
