package org.sightline.app.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sightline.core.screen.NameList;
import org.sightline.core.screen.Screener;

/**
 * One pass of a name list through a screener, as the command, the API and the page run it: names
 * are screened as they are read and handed on one by one; rows that are not names are collected
 * (the first thousand, with a count of all); more names than allowed stop the run.
 */
final class ScreeningRun {
  /** Alerts kept per screened name. */
  static final int ALERTS_PER_NAME = 5;

  static final int SKIPS_LISTED = 1000;

  /** One screened name, where it was in the input, and its alerts. */
  record Screened(long line, Screener.Result result) {}

  /** A row that was not screened and why. */
  record Skip(long line, String reason) {}

  /** What a run did. */
  record Totals(int names, int alerts, int skippedRows, List<Skip> skipped) {}

  /** More names than a run may hold; nothing was (or should be) written. */
  static final class TooManyNames extends IllegalArgumentException {
    TooManyNames(int max) {
      super(
          "at most "
              + max
              + " names can be screened at once; split the list, or use ./sightline screen,"
              + " which has no limit");
    }
  }

  private ScreeningRun() {}

  static Totals run(
      NameList list,
      Screener screener,
      double threshold,
      long maxNames,
      Consumer<Screened> out,
      Consumer<Integer> progress) {
    int names = 0;
    int alerts = 0;
    int skippedRows = 0;
    List<Skip> skipped = new ArrayList<>();
    while (list.hasNext()) {
      NameList.Row row = list.next();
      if (row.isSkipped()) {
        if (skipped.size() < SKIPS_LISTED) {
          skipped.add(new Skip(row.line(), row.skipped()));
        }
        skippedRows++;
        continue;
      }
      if (++names > maxNames) {
        throw new TooManyNames((int) Math.min(maxNames, Integer.MAX_VALUE));
      }
      Screener.Result result = screener.screen(row.name(), threshold, ALERTS_PER_NAME);
      alerts += result.alerts().size();
      out.accept(new Screened(row.line(), result));
      progress.accept(names);
    }
    return new Totals(names, alerts, skippedRows, skipped);
  }

  /** Counts the names of a list, refusing it as soon as it holds more than allowed. */
  static void check(NameList list, long maxNames) {
    long names = 0;
    while (list.hasNext()) {
      if (!list.next().isSkipped() && ++names > maxNames) {
        throw new TooManyNames((int) Math.min(maxNames, Integer.MAX_VALUE));
      }
    }
  }
}
