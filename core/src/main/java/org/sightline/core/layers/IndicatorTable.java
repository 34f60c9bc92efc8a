package org.sightline.core.layers;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sightline.core.countries.Countries;
import org.sightline.core.countries.Country;

/**
 * Reads an indicators table: the columns {@code country,year,indicator,value}, one country-year
 * value per line. Countries may be ISO codes or names. Indicator names are words, digits, {@code
 * _}, {@code -} and {@code .}; the {@code layer:column} form is kept for layers' own columns.
 */
public final class IndicatorTable {
  public static final String KIND = "indicators";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
  private static final int MAX_VALUE = 200;

  private final Countries countries;

  public IndicatorTable(Countries countries) {
    this.countries = countries;
  }

  public Parsed<List<IndicatorValue>> read(Reader reader) {
    CsvTable table = CsvTable.read(reader);
    List<TableProblem> problems = new ArrayList<>(table.problems());
    problems.addAll(table.missingColumns(List.of("country", "year", "indicator", "value")));
    List<IndicatorValue> values = new ArrayList<>();
    if (!problems.isEmpty()) {
      return Parsed.of(values, problems);
    }
    Set<String> seen = new HashSet<>();
    for (CsvTable.Line line : table.lines()) {
      String written = line.cell("country");
      Optional<Country> country = countries.byName(written);
      String indicator = line.cell("indicator");
      String value = line.cell("value");
      Integer year = year(line.cell("year"));
      List<String> wrong = new ArrayList<>();
      if (country.isEmpty()) {
        wrong.add("country \u201c" + written + "\u201d is not a country Sightline knows");
      }
      if (year == null) {
        wrong.add("year \u201c" + line.cell("year") + "\u201d is not a year (1900\u20132100)");
      }
      if (!NAME.matcher(indicator).matches()) {
        wrong.add(
            "indicator \u201c"
                + indicator
                + "\u201d must be 1\u2013100 letters, digits, _, - or .");
      }
      if (value.isEmpty() || value.length() > MAX_VALUE) {
        wrong.add("value must be 1\u2013" + MAX_VALUE + " characters");
      }
      if (!wrong.isEmpty()) {
        problems.add(new TableProblem(line.number(), String.join("; ", wrong)));
        continue;
      }
      String code = country.get().code();
      if (!seen.add(indicator + "\n" + code + "\n" + year)) {
        problems.add(
            new TableProblem(
                line.number(), "a second value of " + indicator + " for " + code + " in " + year));
        continue;
      }
      values.add(new IndicatorValue(code, year, indicator, value));
    }
    if (problems.isEmpty() && values.isEmpty()) {
      problems.add(new TableProblem(1, "the table has no rows"));
    }
    return Parsed.of(values, problems);
  }

  private static Integer year(String cell) {
    if (!cell.matches("\\d{4}")) {
      return null;
    }
    int year = Integer.parseInt(cell);
    return year >= 1900 && year <= 2100 ? year : null;
  }
}
