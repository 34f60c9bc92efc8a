package org.sightline.core.extract.confidence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.Evidence;

/**
 * The two stages of the transfer model (ADR 0021, round 10): a first stage fitted as before, whose
 * scores give each candidate its {@link Rivals} features, and a second stage fitted with them. The
 * training candidates' rival features come from out-of-fold first-stage scores (five folds of the
 * texts fitted on), so the second stage learns from scores like those it meets on new text.
 */
final class Stacking {
  private Stacking() {}

  /** A one-stage fit of the texts (see {@link TrainingRun#fitTransfer}). */
  interface OneStage {
    ConfidenceModel fit(TrainingRun.Texts english, TrainingRun.Texts other);
  }

  /** The first stage, then the second fitted on out-of-fold rival features, joined. */
  static ConfidenceModel fit(
      TrainingRun.Texts english, TrainingRun.Texts other, OneStage oneStage) {
    ConfidenceModel first = oneStage.fit(english, other);
    Map<ConfidenceTrainer.Example, Double> outOfFold = new IdentityHashMap<>();
    for (int fold = 0; fold < TrainingRun.FOLDS; fold++) {
      ConfidenceModel m = oneStage.fit(english.fold(fold, false), other.fold(fold, false));
      for (TrainingRun.Texts held : List.of(english.fold(fold, true), other.fold(fold, true))) {
        for (ConfidenceTrainer.Example e : held.examples()) {
          outOfFold.put(e, m.predict(e.candidate().features()));
        }
      }
    }
    ToDoubleFunction<ConfidenceTrainer.Example> score = outOfFold::get;
    TrainingRun.Texts english2 =
        new TrainingRun.Texts(english.docs(), withRivals(english.examples(), score));
    TrainingRun.Texts other2 =
        new TrainingRun.Texts(other.docs(), withRivals(other.examples(), score));
    return oneStage.fit(english2, other2).withFirstStage(first);
  }

  /** {@code examples} with rival features from {@code model}'s first stage, if it has one. */
  static List<ConfidenceTrainer.Example> prepare(
      List<ConfidenceTrainer.Example> examples, ConfidenceModel model) {
    ConfidenceModel first = model.firstStage();
    return first == null
        ? examples
        : withRivals(examples, e -> first.predict(e.candidate().features()));
  }

  /** Copies of {@code examples} whose rival features are set from {@code score}, text by text. */
  static List<ConfidenceTrainer.Example> withRivals(
      List<ConfidenceTrainer.Example> examples, ToDoubleFunction<ConfidenceTrainer.Example> score) {
    Map<String, List<Integer>> byText = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      byText.computeIfAbsent(examples.get(i).document(), k -> new ArrayList<>()).add(i);
    }
    ConfidenceTrainer.Example[] out = new ConfidenceTrainer.Example[examples.size()];
    for (List<Integer> text : byText.values()) {
      List<Rivals.Party> parties = new ArrayList<>(text.size());
      double[] scores = new double[text.size()];
      for (int k = 0; k < text.size(); k++) {
        ConfidenceTrainer.Example e = examples.get(text.get(k));
        Candidate c = e.candidate();
        List<int[]> spans = new ArrayList<>(c.evidence().size());
        for (Evidence ev : c.evidence()) {
          spans.add(new int[] {ev.start(), ev.end()});
        }
        parties.add(
            new Rivals.Party(
                c.recipientCountry(),
                c.supplierOrgs(),
                c.supplierCountry(),
                spans,
                c.features().clone()));
        scores[k] = score.applyAsDouble(e);
      }
      Rivals.mark(parties, scores);
      for (int k = 0; k < text.size(); k++) {
        ConfidenceTrainer.Example e = examples.get(text.get(k));
        out[text.get(k)] =
            new ConfidenceTrainer.Example(
                e.document(), withFeatures(e.candidate(), parties.get(k).x()), e.gold());
      }
    }
    return List.of(out);
  }

  private static Candidate withFeatures(Candidate c, double[] x) {
    return new Candidate(
        c.supplierOrgs(),
        c.supplierCountry(),
        c.recipientCountry(),
        c.endUser(),
        c.technologies(),
        c.year(),
        c.month(),
        c.value(),
        c.financing(),
        c.status(),
        c.confidence(),
        c.evidence(),
        c.newOrganization(),
        x);
  }
}
