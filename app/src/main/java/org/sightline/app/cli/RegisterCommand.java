package org.sightline.app.cli;

import java.io.PrintWriter;
import org.sightline.store.db.Database;
import picocli.CommandLine.Mixin;

/**
 * A command that works on the register named by the {@link RegisterOptions}: its arguments are
 * checked before the database is opened (so a mistyped option creates no database), then it runs on
 * the open database, which is closed however it ends.
 */
public abstract class RegisterCommand extends QuietCommand {
  @Mixin protected RegisterOptions register;

  @Override
  protected final int execute(PrintWriter out) throws Exception {
    checkArguments();
    try (Database db = Database.open(register.resolve())) {
      return execute(db, out);
    }
  }

  /** Refuses arguments that are wrong whatever the register holds; by default there are none. */
  protected void checkArguments() {}

  /** The command's work on the open database; returns the exit code. */
  protected abstract int execute(Database db, PrintWriter out) throws Exception;
}
