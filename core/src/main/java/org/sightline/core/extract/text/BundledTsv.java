package org.sightline.core.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small tab-separated tables bundled with core (cue words, currency names, the word lists
 * of name matching): one row per line, fields split at tabs and trimmed; blank lines and lines
 * starting with {@code #} are comments.
 */
public final class BundledTsv {
  private BundledTsv() {}

  /** The rows of a classpath resource; a missing resource is a broken build, so it throws. */
  public static List<String[]> rows(String resource) {
    try (InputStream in = BundledTsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String[]> parse(String tsv) {
    List<String[]> rows = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      for (int i = 0; i < fields.length; i++) {
        fields[i] = fields[i].trim();
      }
      rows.add(fields);
    }
    return rows;
  }
}
