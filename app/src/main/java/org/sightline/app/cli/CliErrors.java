package org.sightline.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Every failure becomes one clear line on stderr and a non-zero exit code: 2 for a command line
 * picocli cannot parse, 1 for anything that goes wrong while running. No stack traces.
 */
public final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
  public static final int FAILED = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    // The full command ("sightline user add"), so "add" or "list" is never ambiguous.
    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + describe(e));
    cmd.getErr().flush();
    return FAILED;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(
        "sightline: "
            + e.getMessage()
            + " (see '"
            + cmd.getCommandSpec().qualifiedName()
            + " --help')");
    err.flush();
    return USAGE;
  }

  /** The most useful one-line message an exception carries. */
  public static String describe(Throwable e) {
    if (e instanceof UserError && e.getMessage() != null) {
      return e.getMessage();
    }
    Throwable t = e;
    String message = e.getMessage();
    // Wrapped exceptions often say only "java.io.IOException: ..."; the cause says it better.
    while ((message == null || message.isBlank()) && t.getCause() != null) {
      t = t.getCause();
      message = t.getMessage();
    }
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message).trim();
  }
}
