package org.sightline.core.layers;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sightline.core.countries.Countries;
import org.sightline.core.countries.Country;
import org.sightline.core.model.TechnologyCategory;

/**
 * Reads Carnegie's AI &amp; Big Data Global Surveillance Index (2022 update) country table into a
 * layer. Its four technology flags map to our keys, its China Tech and US Tech flags to the
 * supplier countries CN and US, country names to ISO codes, and company names to the register's
 * organizations where they match.
 *
 * <p>The table in circulation has cells damaged by an old find-and-replace that pasted regime-type
 * labels into words ("UnitElectoral Democracy States of AmeriClosed Autocracy"). Such a cell, or a
 * country name the gazetteer does not know, refuses the whole table with the line named, unless the
 * {@link NameMapping} says what the name means.
 */
public final class AigsTable {
  public static final String KIND = "aigs";
  public static final String LAYER_ID = "aigs-2022";
  public static final LayerCitation CITATION =
      new LayerCitation(
          "AI & Big Data Global Surveillance Index (2022 updated)",
          "Steven Feldstein",
          "Carnegie Endowment for International Peace (Mendeley Data, version 4)",
          "10.17632/gjhf5y4xjp.4",
          "https://doi.org/10.17632/gjhf5y4xjp.4",
          "CC BY 4.0",
          "2022");

  static final String COUNTRY = "Country";
  static final String OTHER_COUNTRIES = "Other Countries";
  static final String REGIME = "V-Dem Regime Type 2021";
  private static final Map<String, TechnologyCategory> FLAGS =
      Map.of(
          "Safe City System", TechnologyCategory.SAFE_CITY_PLATFORM,
          "Facial Recognition System", TechnologyCategory.FACIAL_RECOGNITION,
          "Smart Policing", TechnologyCategory.SMART_POLICING,
          "Social Media Surveillance", TechnologyCategory.SOCIAL_MEDIA_MONITORING);
  private static final Map<String, String> SUPPLIER_FLAGS =
      Map.of("China Tech", "CN", "US Tech", "US");
  private static final List<String> COMPANIES =
      List.of("Company 1", "Company 2", "Company 3", "Company 4", "Company 5");

  /** The other columns, kept as the row's attributes under these keys (in this order). */
  private static final Map<String, String> ATTRIBUTES = attributes();

  private static final Map<String, String> REGIMES =
      Map.of(
          "CA", "Closed autocracy",
          "EA", "Electoral autocracy",
          "ED", "Electoral democracy",
          "LD", "Liberal democracy");

  /** The labels the find-and-replace pasted into cells; whole-cell regime codes are fine. */
  private static final Pattern DAMAGE =
      Pattern.compile("(Closed|Electoral) Autocracy|(Electoral|Liberal) Democracy");

  private final Countries countries;
  private final NameMapping names;
  private final Function<String, Optional<String>> organizations;

  /**
   * @param organizations resolves a company name to an organization id of the register
   */
  public AigsTable(
      Countries countries, NameMapping names, Function<String, Optional<String>> organizations) {
    this.countries = countries;
    this.names = names;
    this.organizations = organizations;
  }

  private static Map<String, String> attributes() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Region", "region");
    m.put("V-Dem Electoral Democracy Index 2021", "electoral_democracy_index");
    m.put(REGIME, "regime_type");
    m.put("Feldstein Digital Repression Index 2021", "digital_repression_index");
    m.put("Freedom on the Net 2021 Status", "freedom_on_the_net_status");
    m.put("Freedom on the Net 2021 Score", "freedom_on_the_net_score");
    m.put("Military Expenditures (USD) 2018", "military_expenditure_usd_millions");
    m.put("Military Expenditures Ranking (2018)", "military_expenditure_rank");
    m.put("Member of Belt & Road Initiative", "belt_and_road_member");
    m.put("China ODI Rank (EIU)", "china_odi_rank");
    return m;
  }

  /** The attributes that are categories, offered as indicators (name, year of the data). */
  private static final Map<String, Integer> CATEGORICAL =
      Map.of("region", 2022, "regime_type", 2021, "freedom_on_the_net_status", 2021);

  public Parsed<Layer> read(Reader reader) {
    CsvTable table = CsvTable.read(reader);
    List<TableProblem> problems = new ArrayList<>(table.problems());
    List<String> required = new ArrayList<>(List.of(COUNTRY, OTHER_COUNTRIES));
    required.addAll(FLAGS.keySet());
    required.addAll(SUPPLIER_FLAGS.keySet());
    required.addAll(COMPANIES);
    required.addAll(ATTRIBUTES.keySet());
    problems.addAll(table.missingColumns(required.stream().sorted().toList()));
    if (!problems.isEmpty()) {
      return Parsed.of(null, problems);
    }
    List<LayerRow> rows = new ArrayList<>();
    List<IndicatorValue> indicators = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvTable.Line line : table.lines()) {
      int before = problems.size();
      LayerRow row = row(line, problems);
      if (problems.size() > before) {
        continue;
      }
      if (!seen.add(row.country())) {
        problems.add(
            new TableProblem(
                line.number(),
                "a second row for "
                    + countries.nameOf(row.country())
                    + " ("
                    + row.country()
                    + ")"));
        continue;
      }
      rows.add(row);
      CATEGORICAL.forEach(
          (attribute, year) -> {
            String value = row.attributes().get(attribute);
            if (value != null) {
              indicators.add(
                  new IndicatorValue(row.country(), year, LAYER_ID + ":" + attribute, value));
            }
          });
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add(new TableProblem(1, "the table has no rows"));
    }
    List<TechnologyCategory> covers =
        List.of(
            TechnologyCategory.SAFE_CITY_PLATFORM,
            TechnologyCategory.FACIAL_RECOGNITION,
            TechnologyCategory.SMART_POLICING,
            TechnologyCategory.SOCIAL_MEDIA_MONITORING);
    return Parsed.of(new Layer(LAYER_ID, KIND, CITATION, covers, rows, indicators), problems);
  }

  private LayerRow row(CsvTable.Line line, List<TableProblem> problems) {
    String written = line.cell(COUNTRY);
    String label = written.isEmpty() ? "" : " (" + written + ")";
    Optional<Country> country = country(written, COUNTRY, line, label, problems);

    List<TechnologyCategory> technologies = new ArrayList<>();
    for (TechnologyCategory t : TechnologyCategory.values()) {
      FLAGS.forEach(
          (column, key) -> {
            if (key == t && flag(line, column, label, problems)) {
              technologies.add(t);
            }
          });
    }
    List<String> suppliers = new ArrayList<>();
    for (String column : List.of("China Tech", "US Tech")) {
      if (flag(line, column, label, problems)) {
        suppliers.add(SUPPLIER_FLAGS.get(column));
      }
    }
    List<String> others = new ArrayList<>();
    String otherCell = names.apply(line.cell(OTHER_COUNTRIES));
    if (!isEmpty(otherCell)) {
      for (String part : otherCell.split(",")) {
        country(part.trim(), OTHER_COUNTRIES, line, label, problems)
            .map(Country::code)
            .filter(code -> !others.contains(code))
            .ifPresent(others::add);
      }
    }
    List<LayerCompany> companies = new ArrayList<>();
    boolean multiple = false;
    for (String column : COMPANIES) {
      String cell = line.cell(column);
      if (isEmpty(cell)) {
        continue;
      }
      if (cell.equalsIgnoreCase("Mult")) {
        multiple = true;
        continue;
      }
      if (damaged(cell) && !names.maps(cell)) {
        problems.add(damage(line, label, column, cell));
        continue;
      }
      String name = names.apply(cell);
      companies.add(new LayerCompany(name, organization(name).orElse(null)));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    ATTRIBUTES.forEach(
        (column, key) -> {
          String cell = line.cell(column);
          if (!cell.isEmpty() && !cell.equalsIgnoreCase("NO DATA")) {
            attributes.put(key, cell);
          }
        });
    String regime = attributes.get("regime_type");
    if (regime != null) {
      if (REGIMES.containsKey(regime)) {
        attributes.put("regime_type", REGIMES.get(regime));
      } else {
        problems.add(
            new TableProblem(
                line.number(),
                REGIME + label + " is \u201c" + regime + "\u201d, expected CA, EA, ED or LD"));
      }
    }
    String bri = attributes.get("belt_and_road_member");
    if (bri != null) {
      attributes.put("belt_and_road_member", bri.equals("1") ? "yes" : "no");
    }
    return new LayerRow(
        country.map(Country::code).orElse("??"),
        written,
        Math.toIntExact(line.number()),
        technologies,
        suppliers,
        others,
        companies,
        multiple,
        attributes);
  }

  /** The organization a company name resolves to, also without a note ("Briefcam (US)"). */
  private Optional<String> organization(String name) {
    Optional<String> found = organizations.apply(name);
    String withoutNote = name.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
    return found.isPresent() || withoutNote.equals(name) ? found : organizations.apply(withoutNote);
  }

  private Optional<Country> country(
      String cell, String column, CsvTable.Line line, String label, List<TableProblem> problems) {
    if (damaged(cell) && !names.maps(cell)) {
      problems.add(damage(line, label, column, cell));
      return Optional.empty();
    }
    String meant = names.apply(cell);
    Optional<Country> found = countries.byName(meant);
    if (found.isEmpty()) {
      problems.add(
          new TableProblem(
              line.number(),
              column
                  + label
                  + ": \u201c"
                  + cell
                  + "\u201d is not a country Sightline knows; say which it is in a name mapping"
                  + " (--names FILE with the columns name,means)"));
    }
    return found;
  }

  private static TableProblem damage(CsvTable.Line line, String label, String column, String cell) {
    return new TableProblem(
        line.number(),
        column
            + label
            + ": the cell \u201c"
            + cell
            + "\u201d is damaged (a regime-type label was pasted into it); say what it means in a"
            + " name mapping (--names FILE with the columns name,means)");
  }

  private static boolean flag(
      CsvTable.Line line, String column, String label, List<TableProblem> problems) {
    String cell = line.cell(column);
    if (cell.equals("1")) {
      return true;
    }
    if (!cell.equals("0")) {
      problems.add(
          new TableProblem(
              line.number(), column + label + " is \u201c" + cell + "\u201d, expected 0 or 1"));
    }
    return false;
  }

  static boolean damaged(String cell) {
    return DAMAGE.matcher(cell).find();
  }

  private static boolean isEmpty(String cell) {
    return cell.isEmpty() || cell.equals("0");
  }
}
