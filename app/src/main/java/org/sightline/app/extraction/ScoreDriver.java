package org.sightline.app.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * A feature that moved a candidate's model score, as its card shows it: its name in words, what it
 * added to the log-odds ("+1.04", "-1.21") and whether it raised the score.
 */
record ScoreDriver(String label, String effect, boolean raises) {

  /** The drivers stored with a candidate; none for documents stored before the model. */
  static List<ScoreDriver> stored(JsonNode drivers) {
    List<ScoreDriver> out = new ArrayList<>();
    for (JsonNode d : drivers) {
      double effect = d.path("effect").asDouble();
      out.add(
          new ScoreDriver(
              d.path("feature").asString("").replace('_', ' '),
              String.format(Locale.ROOT, "%+.2f", effect),
              effect > 0));
    }
    return out;
  }
}
