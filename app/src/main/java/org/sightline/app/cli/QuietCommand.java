package org.sightline.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that prints its own results: library logging is silenced first ({@link QuietLogging}),
 * and what it writes to standard output is flushed however it ends.
 */
public abstract class QuietCommand implements Callable<Integer> {
  @Spec protected CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    QuietLogging.apply();
    PrintWriter out = spec.commandLine().getOut();
    try {
      return execute(out);
    } finally {
      out.flush();
    }
  }

  /** The command's work; returns the exit code. */
  protected abstract int execute(PrintWriter out) throws Exception;
}
