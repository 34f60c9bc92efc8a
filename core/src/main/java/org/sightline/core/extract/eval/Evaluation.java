package org.sightline.core.extract.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.Extractor;
import org.sightline.core.model.Organization;

/** Runs an {@link Extractor} over annotated texts and scores it: what {@code eval} does. */
public final class Evaluation {
  private Evaluation() {}

  public static EvalReport run(
      Extractor extractor,
      List<Organization> organizations,
      List<GoldDocument> docs,
      double minConfidence) {
    Map<String, List<Candidate>> predictions = new HashMap<>();
    for (GoldDocument d : docs) {
      predictions.put(d.id(), extractor.extract(d.text(), d.date()));
    }
    return new Scorer(organizations).score(docs, predictions, minConfidence);
  }
}
