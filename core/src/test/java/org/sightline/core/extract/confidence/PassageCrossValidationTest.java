package org.sightline.core.extract.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.extract.TestData;
import org.sightline.core.extract.eval.GoldDocument;

class PassageCrossValidationTest {

  @Test
  void aPassagesFoldDependsOnItsIdAndSeedOnly() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      ids.add(String.format("en-b-%03d", i));
    }
    int[] sizes = new int[PassageCrossValidation.FOLDS];
    int moved = 0;
    for (String id : ids) {
      int fold = PassageCrossValidation.fold(id, 0);
      assertThat(fold).isBetween(0, PassageCrossValidation.FOLDS - 1);
      assertThat(PassageCrossValidation.fold(id, 0)).isEqualTo(fold);
      sizes[fold]++;
      moved += PassageCrossValidation.fold(id, 1) == fold ? 0 : 1;
    }
    // Near a fifth each, and another seed deals them out again (a fifth would stay by chance).
    for (int n : sizes) {
      assertThat(n).isBetween(55, 105);
    }
    assertThat(moved).isBetween(250, 370);
  }

  @Test
  void aSubsampleTakesTheFractionOfEachLanguageAndGrowsByAddingPassages() {
    List<GoldDocument> docs = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      docs.add(doc(String.format("en-a-%03d", i)));
    }
    for (int i = 1; i <= 20; i++) {
      docs.add(doc(String.format("fr-%03d", i)));
    }
    TrainingRun.Texts all = new TrainingRun.Texts(docs, List.of());
    Set<String> quarter = ids(PassageCrossValidation.subsample(all, 0.25, 2));
    Set<String> half = ids(PassageCrossValidation.subsample(all, 0.5, 2));
    assertThat(quarter.stream().filter(id -> id.startsWith("en-"))).hasSize(10);
    assertThat(quarter.stream().filter(id -> id.startsWith("fr-"))).hasSize(5);
    assertThat(half).hasSize(30).containsAll(quarter);
    assertThat(ids(PassageCrossValidation.subsample(all, 0.5, 3))).isNotEqualTo(half);
    assertThat(PassageCrossValidation.subsample(all, 1, 2).docs()).hasSize(60);
  }

  @Test
  void theFigureAveragesFoldsAndMeasuresTheirSpreadAndThatOfTheSeedMeans() {
    // Two seeds; in each fold one passage: matched, predicted, gold at 0.5, matched at 0.
    List<Map<String, int[]>> folds = new ArrayList<>();
    for (int seed = 0; seed < 2; seed++) {
      for (int fold = 0; fold < PassageCrossValidation.FOLDS; fold++) {
        Map<String, int[]> m = new HashMap<>();
        int matched = seed == 0 ? 2 : 1; // F1 0.5 in every fold of seed 0, 0.25 of seed 1
        m.put("en-a-" + fold, new int[] {matched, 4, 4, 3});
        m.put("es-" + fold, new int[] {0, 1, 0, 0}); // another line's passage
        folds.add(m);
      }
    }
    PassageCrossValidation.Figure f =
        PassageCrossValidation.figure(
            new PassageCrossValidation.Run(folds), id -> PassageCrossValidation.inGroup(id, "en"));
    assertThat(f.f1()).isCloseTo(0.375, within(1e-9));
    assertThat(f.precision()).isCloseTo(0.375, within(1e-9));
    // Ten values, five at 0.5 and five at 0.25: sample sd 0.125 * sqrt(10 / 9).
    assertThat(f.sdFolds()).isCloseTo(0.125 * Math.sqrt(10.0 / 9), within(1e-9));
    // Seed means 0.5 and 0.25: sample sd 0.25 / sqrt(2).
    assertThat(f.sdSeeds()).isCloseTo(0.25 / Math.sqrt(2), within(1e-9));
    assertThat(f.recallAtZero()).isCloseTo(0.75, within(1e-9));
    assertThat(f.passages()).isEqualTo(5);
    assertThat(f.gold()).isEqualTo(20);
  }

  @Test
  void crossValidationHoldsEachPassageOutOncePerSeed() {
    List<GoldDocument> docs = TestData.trainingTexts().subList(0, 40);
    TrainingRun.Texts english =
        TrainingRun.Texts.label(
            docs,
            ConfidenceTrainer.labellingExtractor(TestData.organizations()),
            TestData.organizations());
    PassageCrossValidation.Run run =
        PassageCrossValidation.crossValidate(
            english,
            new TrainingRun.Texts(List.of(), List.of()),
            1,
            1,
            id -> true,
            TestData.organizations());
    assertThat(run.folds()).hasSize(PassageCrossValidation.FOLDS);
    Set<String> seen = new HashSet<>();
    int gold = 0;
    for (Map<String, int[]> fold : run.folds()) {
      for (Map.Entry<String, int[]> e : fold.entrySet()) {
        assertThat(seen.add(e.getKey())).as("held out twice: %s", e.getKey()).isTrue();
        assertThat(e.getValue()[3]).isGreaterThanOrEqualTo(e.getValue()[0]);
        gold += e.getValue()[2];
      }
    }
    assertThat(seen).isEqualTo(ids(english));
    assertThat(gold).isEqualTo(docs.stream().mapToInt(d -> d.gold().size()).sum());
  }

  @Test
  void theTestSplitIsNeverRead(@TempDir Path dir) throws Exception {
    Path test = Files.createDirectories(dir.resolve("corpus").resolve("test"));
    Path file = Files.writeString(test.resolve("en.jsonl"), "");
    assertThatThrownBy(() -> PassageCrossValidation.readDev(List.of(file)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never read");
    Path dev = Files.createDirectories(dir.resolve("corpus").resolve("dev"));
    assertThat(PassageCrossValidation.readDev(List.of(Files.writeString(dev.resolve("x"), ""))))
        .isEmpty();
  }

  private static GoldDocument doc(String id) {
    return new GoldDocument(id, "https://example.org/" + id, null, null, "", List.of());
  }

  private static Set<String> ids(TrainingRun.Texts t) {
    Set<String> out = new HashSet<>();
    t.docs().forEach(d -> out.add(d.id()));
    return out;
  }
}
