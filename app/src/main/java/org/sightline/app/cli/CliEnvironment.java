package org.sightline.app.cli;

import java.util.Map;

/**
 * The root command's view of the process environment ({@code SIGHTLINE_DB_*}); tests give their
 * own. Commands reach it through {@link RegisterOptions#resolve()}, so no capability needs the root
 * command's class.
 */
public interface CliEnvironment {
  Map<String, String> environment();
}
