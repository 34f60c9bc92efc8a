package org.sightline.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.TestData;
import org.sightline.core.model.Money;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

class ScorerTest {
  private final Scorer scorer = new Scorer(TestData.organizations());

  private static Candidate cand(
      List<String> orgs, String sc, String rc, double conf, Integer year) {
    return new Candidate(
        orgs,
        sc,
        rc,
        null,
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
        year,
        null,
        new Money(new BigDecimal("100000000"), "USD"),
        null,
        TransferStatus.DELIVERED,
        conf,
        List.of(),
        false,
        new double[0]);
  }

  private static GoldTransfer gold(List<String> orgs, String sc, String rc) {
    return new GoldTransfer(
        orgs,
        sc,
        rc,
        null,
        List.of("video_surveillance", "command_centre"),
        2019,
        null,
        new Money(new BigDecimal("100500000"), "USD"),
        null,
        "delivered",
        "q");
  }

  @Test
  void matchingFollowsTheSpec() {
    // Legal suffixes and the register's aliases are ignored.
    assertThat(
            scorer.matches(
                cand(List.of("ZTE Corp."), "CN", "ET", 1, null),
                gold(List.of("ZTE Corporation"), "CN", "ET")))
        .isTrue();
    assertThat(
            scorer.matches(
                cand(List.of("Amesys"), "FR", "EG", 1, null),
                gold(List.of("Nexa Technologies"), "FR", "EG")))
        .isTrue();
    // Gold without an organization: supplier countries decide.
    assertThat(
            scorer.matches(
                cand(List.of("SenseTime"), "CN", "MN", 1, null), gold(List.of(), "CN", "MN")))
        .isTrue();
    assertThat(scorer.matches(cand(List.of(), "RU", "MN", 1, null), gold(List.of(), "CN", "MN")))
        .isFalse();
    // Gold with an organization needs a shared name, and recipients must agree.
    assertThat(
            scorer.matches(cand(List.of(), "CN", "ET", 1, null), gold(List.of("ZTE"), "CN", "ET")))
        .isFalse();
    assertThat(
            scorer.matches(
                cand(List.of("ZTE"), "CN", "KE", 1, null), gold(List.of("ZTE"), "CN", "ET")))
        .isFalse();
  }

  @Test
  void greedyOneToOneMicroScoresFieldsAndTheLastLine() {
    GoldDocument doc =
        new GoldDocument(
            "d",
            null,
            null,
            null,
            "text",
            List.of(gold(List.of(), "CN", "ZA"), gold(List.of(), "CN", "BO")));
    GoldDocument empty = new GoldDocument("e", null, null, null, "text", List.of());
    Candidate za1 = cand(List.of(), "CN", "ZA", 0.9, 2019);
    Candidate za2 = cand(List.of(), "CN", "ZA", 0.8, 2018); // duplicate: a false alarm
    Candidate low = cand(List.of(), "CN", "BO", 0.4, null); // below threshold: dropped
    Candidate alarm = cand(List.of(), "CN", "TR", 0.7, null);
    EvalReport r =
        scorer.score(
            List.of(doc, empty), Map.of("d", List.of(za2, low, za1), "e", List.of(alarm)), 0.5);
    assertThat(r.matched()).isEqualTo(1);
    assertThat(r.predicted()).isEqualTo(3);
    assertThat(r.gold()).isEqualTo(2);
    assertThat(r.predictionsOnEmptyTexts()).isEqualTo(1);
    String text = r.render();
    assertThat(text).contains("technologies  mean Jaccard 0.500 over 1 pairs");
    assertThat(text).contains("year          1.000 (1/1");
    assertThat(text).contains("value         1.000 (1/1");
    String[] lines = text.split("\n");
    assertThat(lines[lines.length - 1])
        .isEqualTo("f1=0.400 precision=0.333 recall=0.500 gold=2 predicted=3");
    // Calibration counts every candidate, including the one below the threshold.
    assertThat(r.calibration().stream().mapToInt(EvalReport.Bucket::count).sum()).isEqualTo(4);
  }
}
