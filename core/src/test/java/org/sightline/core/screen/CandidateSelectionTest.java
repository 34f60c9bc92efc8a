package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;

/**
 * The shortcut for a screened name with one common word ({@link CandidateSelection#select}) gives
 * the candidates that summing every posting list gives, in the same order, ties included.
 */
class CandidateSelectionTest {
  private static final String[] SYLLABLES = {
    "ba", "ko", "ri", "mel", "dus", "tan", "vor", "pe", "quil", "os", "ne", "zar"
  };
  private static final String[] WORDS = {"Systems", "Security", "Kenya", "Group", "Labs"};

  @Test
  void oneLongListGivesTheCandidatesThatSummingEveryListGives() {
    SplittableRandom r = new SplittableRandom(3);
    List<Organization> register = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      String own = word(r, 2 + r.nextInt(2));
      String common = WORDS[r.nextInt(WORDS.length)];
      register.add(
          new Organization(
              String.format(Locale.ROOT, "T%04d", i),
              own + " " + common,
              List.of(own, common + " " + own, own + " " + common + " Ltd"),
              "XX",
              OrganizationKind.VENDOR,
              null,
              null,
              null,
              null));
    }
    NameNormalizer normalizer = new NameNormalizer(NameWords.bundled());
    NameIndex index = NameIndex.build(register, normalizer);
    // Each common word is on about 900 names: a long list.
    assertThat(index.entries.stream().filter(e -> e.form().tokens().contains("kenya")).count())
        .isGreaterThan(CandidateSelection.LONG_LIST);
    int compared = 0;
    for (int i = 0; i < 3_000; i++) {
      String name =
          switch (i % 5) {
            case 0 -> word(r, 3) + " " + WORDS[r.nextInt(WORDS.length)];
            case 1 -> register.get(r.nextInt(register.size())).name();
            case 2 -> WORDS[r.nextInt(WORDS.length)] + " " + word(r, 2);
            case 3 -> word(r, 2) + " " + word(r, 2) + " Kenya";
            default -> WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)];
          };
      NameForm form = normalizer.normalize(name);
      assertThat(index.candidates(form, 12, false))
          .as(name)
          .containsExactly(index.candidates(form, 12, true));
      compared++;
    }
    assertThat(compared).isEqualTo(3_000);
  }

  @Test
  void namesOfEqualWeightKeepTheOrderTheyWereFirstMetIn() {
    CandidateSelection s = new CandidateSelection(400, 1);
    int[] common = new int[300];
    for (int i = 0; i < common.length; i++) {
      common[i] = i + 50;
    }
    // A rare list met first: 7 and 360 weigh 2; 60 is on both lists (3); then the common list's
    // first names, by id, skipping 60.
    s.queue(new int[] {7, 60, 360}, 2f);
    s.queue(common, 1f);
    assertThat(s.select(6)).containsExactly(60, 7, 360, 50, 51, 52);
    s.queue(new int[] {7, 60, 360}, 2f);
    s.queue(common, 1f);
    assertThat(s.selectPlainly(6)).containsExactly(60, 7, 360, 50, 51, 52);
    // The common list met first: its names come before the rare list's of equal weight.
    s.queue(common, 2f);
    s.queue(new int[] {7, 60, 360}, 2f);
    assertThat(s.select(5)).containsExactly(60, 50, 51, 52, 53);
  }

  private static String word(SplittableRandom r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }
}
