package org.sightline.app.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code user}, {@code token}, {@code audit}): called
 * alone, it is a usage error naming the subcommands it has, e.g. "missing command (add, disable,
 * enable or list)".
 */
public abstract class CommandGroup implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public final void run() {
    List<String> names = new ArrayList<>(spec.subcommands().keySet());
    String last = names.remove(names.size() - 1);
    String choices = names.isEmpty() ? last : String.join(", ", names) + " or " + last;
    throw new ParameterException(spec.commandLine(), "missing command (" + choices + ")");
  }
}
