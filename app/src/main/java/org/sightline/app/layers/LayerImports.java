package org.sightline.app.layers;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sightline.app.cli.CliErrors;
import org.sightline.app.cli.RegisterOptions;
import org.sightline.app.cli.UserError;
import org.sightline.core.countries.Countries;
import org.sightline.core.layers.AigsTable;
import org.sightline.core.layers.IndicatorTable;
import org.sightline.core.layers.IndicatorValue;
import org.sightline.core.layers.Layer;
import org.sightline.core.layers.NameMapping;
import org.sightline.core.layers.Parsed;
import org.sightline.core.layers.TableProblem;
import org.sightline.store.db.Database;
import org.sightline.store.layers.LayerStore;
import org.sightline.store.layers.WriteOutcome;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.Visibility;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sightline import FILE --kind aigs [--names MAP]} and {@code --kind indicators}: the whole
 * table is read and checked first; any bad line exits 1 with every problem named (one line each)
 * and nothing written, a clean table is written in one transaction. Importing the same table again
 * changes nothing.
 */
public final class LayerImports {
  private LayerImports() {}

  /** True for the import kinds this room handles. */
  public static boolean handles(String kind) {
    String key = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
    return key.equals(AigsTable.KIND) || key.equals(IndicatorTable.KIND);
  }

  public static int run(
      CommandSpec spec,
      RegisterOptions register,
      Path file,
      String kind,
      Path names,
      boolean dryRun,
      String author) {
    boolean aigs = kind.trim().equalsIgnoreCase(AigsTable.KIND);
    if (names != null && !aigs) {
      throw new UserError("--names applies to --kind aigs only");
    }
    NameMapping mapping = names == null ? NameMapping.NONE : readNames(spec, names);
    if (mapping == null) {
      return CliErrors.FAILED;
    }
    requireReadable(file);
    Countries countries = Countries.bundled();
    try (Database db = Database.open(register.resolve())) {
      LayerStore store = new LayerStore(db);
      if (aigs) {
        JdbcRegister known = new JdbcRegister(db);
        AigsTable table =
            new AigsTable(
                countries,
                mapping,
                name ->
                    known
                        .findOrganizationByName(name, Visibility.PUBLIC)
                        .map(o -> o.organization().id()));
        Parsed<Layer> parsed = read(file, table::read);
        if (!parsed.ok()) {
          return refuse(spec, file, parsed.problems());
        }
        Layer layer = parsed.value();
        String what = "layer " + layer.id() + ": " + layer.rows().size() + " countries";
        if (dryRun) {
          return done(spec, "dry run, nothing written: " + what);
        }
        WriteOutcome outcome = store.save(layer, author);
        return done(spec, what + (outcome.unchanged() > 0 ? ", unchanged" : ", stored"));
      }
      Parsed<List<IndicatorValue>> parsed = read(file, new IndicatorTable(countries)::read);
      if (!parsed.ok()) {
        return refuse(spec, file, parsed.problems());
      }
      String what = parsed.value().size() + " indicator values";
      if (dryRun) {
        return done(spec, "dry run, nothing written: " + what);
      }
      return done(spec, what + ": " + store.saveIndicators(parsed.value()).summary());
    }
  }

  private interface TableReader<T> {
    Parsed<T> read(Reader reader);
  }

  private static <T> Parsed<T> read(Path file, TableReader<T> table) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return table.read(reader);
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + CliErrors.describe(e));
    }
  }

  private static NameMapping readNames(CommandSpec spec, Path names) {
    requireReadable(names);
    Parsed<NameMapping> parsed = read(names, NameMapping::read);
    if (!parsed.ok()) {
      refuse(spec, names, parsed.problems());
      return null;
    }
    return parsed.value();
  }

  private static void requireReadable(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError("cannot read " + file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new UserError("cannot read " + file + ": permission denied");
    }
  }

  private static int refuse(CommandSpec spec, Path file, List<TableProblem> problems) {
    PrintWriter err = spec.commandLine().getErr();
    String name = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("the file");
    problems.forEach(p -> err.println(name + " " + p));
    err.println(
        "nothing imported: "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in "
            + name);
    err.flush();
    return CliErrors.FAILED;
  }

  private static int done(CommandSpec spec, String summary) {
    spec.commandLine().getOut().println(summary);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
