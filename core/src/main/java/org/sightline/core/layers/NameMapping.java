package org.sightline.core.layers;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a name in an external table means, supplied by the person importing it: a CSV with the
 * columns {@code name,means}. It repairs damaged or unusual cells without editing the third-party
 * file, e.g. {@code "UnitElectoral Democracy States of AmeriClosed Autocracy",United States}. It
 * applies to whole country cells, to each name of a list cell and to company names; {@code means}
 * is what the cell should have said (a country name or ISO code, or a company name).
 */
public final class NameMapping {
  public static final NameMapping NONE = new NameMapping(Map.of());

  private final Map<String, String> means;

  private NameMapping(Map<String, String> means) {
    this.means = Map.copyOf(means);
  }

  public static Parsed<NameMapping> read(Reader reader) {
    CsvTable table = CsvTable.read(reader);
    List<TableProblem> problems = new ArrayList<>(table.problems());
    problems.addAll(table.missingColumns(List.of("name", "means")));
    Map<String, String> means = new HashMap<>();
    if (problems.isEmpty()) {
      for (CsvTable.Line line : table.lines()) {
        String name = line.cell("name");
        String meaning = line.cell("means");
        if (name.isEmpty() || meaning.isEmpty()) {
          problems.add(new TableProblem(line.number(), "both name and means are required"));
        } else if (means.containsKey(name) && !means.get(name).equals(meaning)) {
          problems.add(new TableProblem(line.number(), "\u201c" + name + "\u201d is mapped twice"));
        } else {
          means.put(name, meaning);
        }
      }
    }
    return Parsed.of(new NameMapping(means), problems);
  }

  /** What the name means: its mapping, or the name itself. */
  public String apply(String name) {
    return means.getOrDefault(name, name);
  }

  public boolean maps(String name) {
    return means.containsKey(name);
  }

  public int size() {
    return means.size();
  }
}
