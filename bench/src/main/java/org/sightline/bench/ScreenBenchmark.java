package org.sightline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.screen.NameMatch;
import org.sightline.core.screen.NameMatcher;

/**
 * {@code sightline bench screen [names] [organizations]}: names screened per second on one thread
 * against a register of generated organizations (default 10,000, each with a name and 5 aliases:
 * legal forms, descriptive suffixes, initials, a country branch, another word order), beside the
 * naive baseline that scores every name against every alias with the same similarity, in the same
 * run. Half the screened names are variants of registered names (typos, legal forms, word order,
 * case), half are names the register does not have. Figures are the best of three rounds by the
 * thread's CPU time (slowest round and best wall-clock round beside it), as for extraction (ADR
 * 0015). A measurement, never a test.
 */
final class ScreenBenchmark {
  private static final int ROUNDS = 3;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] SYLLABLES = {
    "ka", "lo", "vi", "ra", "ten", "mor", "zu", "lex", "ion", "dar", "sen", "qua", "bel", "tri",
    "nox", "pha", "gen", "vel", "cor", "dyn", "mar", "sil", "tor", "wen", "ix", "ax", "ul", "op"
  };
  private static final String[] DESCRIPTORS = {
    "Systems",
    "Technologies",
    "Security",
    "Solutions",
    "Networks",
    "Vision",
    "Labs",
    "Group",
    "Electronics",
    "Communications",
    "Engineering",
    "Analytics",
    "International",
    "Holdings"
  };
  private static final String[] LEGAL = {
    "Co., Ltd.", "Ltd", "GmbH", "S.A.", "Inc.", "LLC", "PLC", "B.V.", "S.p.A.", "AG", "SAS"
  };
  private static final String[] COUNTRIES = {
    "Kenya", "Brazil", "Germany", "India", "Mexico", "Turkey", "Egypt", "Peru", "Vietnam", "Chile"
  };

  private ScreenBenchmark() {}

  public static void main(String[] args) {
    int names = Benchmarks.count(args, 0, 50_000);
    int orgs = Benchmarks.count(args, 1, 10_000);
    SplittableRandom random = new SplittableRandom(42);
    List<Organization> register = new ArrayList<>(orgs);
    for (int i = 0; i < orgs; i++) {
      register.add(organization(i, random));
    }
    List<String> queries = queries(register, names, new SplittableRandom(7));
    long t0 = System.nanoTime();
    NameMatcher matcher = NameMatcher.of(register);
    double buildSeconds = (System.nanoTime() - t0) / 1e9;
    // The naive baseline scores every alias for every name: a sample keeps a round short.
    List<String> sample = queries.subList(0, Math.min(queries.size(), 300));

    // Warm up both, then interleave timed rounds.
    screen(matcher, queries.subList(0, Math.min(queries.size(), 20_000)), false);
    screen(matcher, sample.subList(0, 30), true);
    double[] indexed = new double[ROUNDS];
    double[] naive = new double[ROUNDS];
    double[] indexedWall = new double[ROUNDS];
    double[] naiveWall = new double[ROUNDS];
    long alerts = 0;
    for (int r = 0; r < ROUNDS; r++) {
      Timing a = screen(matcher, queries, false);
      indexed[r] = queries.size() / a.cpu();
      indexedWall[r] = queries.size() / a.wall();
      alerts = a.alerts();
      Timing b = screen(matcher, sample, true);
      naive[r] = sample.size() / b.cpu();
      naiveWall[r] = sample.size() / b.wall();
    }
    int agree = 0;
    for (String q : sample) {
      List<NameMatch> x = matcher.match(q, NameMatcher.DEFAULT_THRESHOLD, 1);
      List<NameMatch> y = matcher.matchExhaustively(q, NameMatcher.DEFAULT_THRESHOLD, 1);
      if (x.equals(y)) {
        agree++;
      }
    }
    int aliases = register.stream().mapToInt(o -> 1 + o.aliases().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "register: %,d organizations, %,d names and aliases (index built in %.1f s)%n"
            + "screened: %,d names (half variants of registered names), %,d alerts at %.2f%n"
            + "names/s per thread by CPU time: best of %d interleaved rounds (slowest; best by"
            + " wall clock)%n"
            + "indexed matcher   %,10.0f names/s (%,.0f; wall %,.0f)%n"
            + "naive baseline    %,10.0f names/s (%,.0f; wall %,.0f)  every name against every"
            + " alias, same similarity, on %d of the names%n"
            + "speed-up          %,10.1f x%n"
            + "same best match as the baseline: %d of %d sampled names%n",
        orgs,
        aliases,
        buildSeconds,
        queries.size(),
        alerts,
        NameMatcher.DEFAULT_THRESHOLD,
        ROUNDS,
        max(indexed),
        min(indexed),
        max(indexedWall),
        max(naive),
        min(naive),
        max(naiveWall),
        sample.size(),
        max(indexed) / max(naive),
        agree,
        sample.size());
  }

  private record Timing(double cpu, double wall, long alerts) {}

  private static Timing screen(NameMatcher matcher, List<String> names, boolean naive) {
    long alerts = 0;
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (String name : names) {
      alerts +=
          (naive
                  ? matcher.matchExhaustively(name, NameMatcher.DEFAULT_THRESHOLD, 5)
                  : matcher.match(name, NameMatcher.DEFAULT_THRESHOLD, 5))
              .size();
    }
    return new Timing(
        (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9,
        (System.nanoTime() - wall0) / 1e9,
        alerts);
  }

  private static Organization organization(int i, SplittableRandom r) {
    String core = word(r, 2 + r.nextInt(2));
    String second = r.nextInt(3) == 0 ? " " + word(r, 2) : "";
    String descriptor = DESCRIPTORS[r.nextInt(DESCRIPTORS.length)];
    String name = core + second + " " + descriptor;
    List<String> aliases =
        List.of(
            name + " " + LEGAL[r.nextInt(LEGAL.length)],
            core + second,
            initials(name),
            core + " " + COUNTRIES[r.nextInt(COUNTRIES.length)],
            descriptor + " " + core + second);
    return new Organization(
        String.format(Locale.ROOT, "G%05d", i),
        name,
        aliases,
        "XX",
        OrganizationKind.VENDOR,
        null,
        null,
        null,
        null);
  }

  private static List<String> queries(List<Organization> register, int n, SplittableRandom r) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i % 2 != 0) {
        // A name the register does not have (other syllables in another order).
        out.add(word(r, 3) + " " + word(r, 2) + " " + DESCRIPTORS[r.nextInt(DESCRIPTORS.length)]);
        continue;
      }
      Organization o = register.get(r.nextInt(register.size()));
      String base = r.nextBoolean() ? o.name() : o.aliases().get(r.nextInt(o.aliases().size()));
      out.add(
          switch (r.nextInt(4)) {
            case 0 -> typo(base, r);
            case 1 -> base + " " + LEGAL[r.nextInt(LEGAL.length)];
            case 2 -> reversed(base);
            default -> base.toUpperCase(Locale.ROOT);
          });
    }
    return out;
  }

  private static String word(SplittableRandom r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      b.append(Character.toUpperCase(w.charAt(0)));
    }
    return b.toString();
  }

  private static String typo(String s, SplittableRandom r) {
    if (s.length() < 6) {
      return s;
    }
    int at = 1 + r.nextInt(s.length() - 2);
    char[] c = s.toCharArray();
    char t = c[at];
    c[at] = c[at + 1];
    c[at + 1] = t;
    return new String(c);
  }

  private static String reversed(String s) {
    String[] w = s.split(" ");
    StringBuilder b = new StringBuilder();
    for (int i = w.length - 1; i >= 0; i--) {
      b.append(w[i]).append(i > 0 ? " " : "");
    }
    return b.toString();
  }

  private static double max(double[] xs) {
    double m = 0;
    for (double x : xs) {
      m = Math.max(m, x);
    }
    return m;
  }

  private static double min(double[] xs) {
    double m = Double.MAX_VALUE;
    for (double x : xs) {
      m = Math.min(m, x);
    }
    return m;
  }
}
