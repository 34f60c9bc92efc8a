package org.sightline.core.extract.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.core.json.Json;

class RivalsTest {
  private static Rivals.Party party(String org, String recipient, int from, int to) {
    return new Rivals.Party(
        recipient, Set.of(org), null, List.of(new int[] {from, to}), new double[Features.COUNT]);
  }

  @Test
  void aWeakerPairingIsMarkedByHowFarItsRivalsOutscoreIt() {
    Rivals.Party strong = party("Acme", "KE", 0, 40);
    Rivals.Party weak = party("Bolt", "KE", 0, 40);
    Rivals.Party elsewhere = party("Acme", "UG", 100, 140);
    Rivals.mark(List.of(strong, weak, elsewhere), new double[] {0.9, 0.4, 0.3});
    assertThat(weak.x()[Features.OUTSCORED_FOR_RECIPIENT]).isCloseTo(0.5, within(1e-9));
    assertThat(weak.x()[Features.SENTENCE_CLAIMED_BY_STRONGER]).isEqualTo(1);
    assertThat(weak.x()[Features.OUTSCORED_FOR_SUPPLIER]).isZero(); // nobody else sells for Bolt
    assertThat(strong.x()[Features.OUTSCORED_FOR_RECIPIENT]).isZero();
    assertThat(strong.x()[Features.SENTENCE_CLAIMED_BY_STRONGER]).isZero();
    assertThat(elsewhere.x()[Features.OUTSCORED_FOR_SUPPLIER]).isCloseTo(0.6, within(1e-9));
    assertThat(elsewhere.x()[Features.OUTSCORED_FOR_RECIPIENT]).isZero();
    assertThat(elsewhere.x()[Features.SENTENCE_CLAIMED_BY_STRONGER]).isZero(); // its own sentence
  }

  @Test
  void aTwoStageModelKeepsItsFirstStageInItsFile() {
    double[] first = new double[Features.COUNT];
    first[Features.BIAS] = 0.5;
    double[] second = new double[Features.COUNT];
    second[Features.OUTSCORED_FOR_SUPPLIER] = -0.7;
    ConfidenceModel m = new ConfidenceModel(second).withFirstStage(new ConfidenceModel(first));
    ConfidenceModel read = ConfidenceModel.fromJson(Json.MAPPER.readTree(m.toJson().toString()));
    assertThat(read.weights()).containsExactly(second);
    assertThat(read.firstStage().weights()).containsExactly(first);
    assertThat(new ConfidenceModel(second).firstStage()).isNull();
  }

  @Test
  void stackedCandidatesGetTheirRivalsFromTheFirstStage() {
    double[] first = new double[Features.COUNT];
    first[Features.CUE_STRENGTH] = 3;
    ConfidenceModel m =
        new ConfidenceModel(new double[Features.COUNT]).withFirstStage(new ConfidenceModel(first));
    List<ConfidenceTrainer.Example> examples =
        ConfidenceTrainer.examples(
            org.sightline.core.extract.TestData.trainingTexts().subList(0, 20),
            ConfidenceTrainer.labellingExtractor(
                org.sightline.core.extract.TestData.organizations()),
            org.sightline.core.extract.TestData.organizations());
    List<ConfidenceTrainer.Example> prepared = Stacking.prepare(examples, m);
    assertThat(prepared).hasSameSizeAs(examples);
    boolean anyRival = false;
    for (int i = 0; i < examples.size(); i++) {
      assertThat(examples.get(i).candidate().features()[Features.OUTSCORED_FOR_SUPPLIER]).isZero();
      anyRival |=
          prepared.get(i).candidate().features()[Features.SENTENCE_CLAIMED_BY_STRONGER] > 0
              || prepared.get(i).candidate().features()[Features.OUTSCORED_FOR_RECIPIENT] > 0;
    }
    assertThat(anyRival).as("some training text has a weaker rival").isTrue();
    assertThat(Stacking.prepare(examples, new ConfidenceModel(first))).isSameAs(examples);
  }

  /** Extraction and training compute the rival features the same way, from the same first stage. */
  @Test
  void extractionMarksRivalsAsTrainingDoes() {
    var orgs = org.sightline.core.extract.TestData.organizations();
    double[] first = new double[Features.COUNT];
    first[Features.CUE_STRENGTH] = 2;
    first[Features.SUPPLIER_SAME_SENTENCE] = 1;
    // The second stage scores as the labelling prior does, so both list candidates in one order.
    ConfidenceModel twoStage =
        new ConfidenceModel(ConfidenceModel.prior().weights())
            .withFirstStage(new ConfidenceModel(first));
    var extractor =
        new org.sightline.core.extract.Extractor(
            orgs, org.sightline.core.countries.Countries.bundled(), twoStage, StatusModel.none());
    var docs = org.sightline.core.extract.TestData.trainingTexts().subList(0, 30);
    List<ConfidenceTrainer.Example> prepared =
        Stacking.prepare(
            ConfidenceTrainer.examples(docs, ConfidenceTrainer.labellingExtractor(orgs), orgs),
            twoStage);
    int i = 0;
    int marked = 0;
    for (var d : docs) {
      for (var c : extractor.proposals(d.text(), d.date())) {
        double[] trained = prepared.get(i++).candidate().features();
        for (int k = Features.OUTSCORED_FOR_RECIPIENT; k < Features.COUNT; k++) {
          assertThat(c.features()[k]).as(d.id() + " " + k).isCloseTo(trained[k], within(1e-9));
          marked += c.features()[k] > 0 ? 1 : 0;
        }
      }
    }
    assertThat(i).isEqualTo(prepared.size());
    assertThat(marked).isPositive();
  }
}
