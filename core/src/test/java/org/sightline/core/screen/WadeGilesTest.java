package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Organization;

/** Made-up firms: 龙星科技 (Longxing Keji) and 青川 (Qingchuan). */
class WadeGilesTest {
  private static final Set<String> PINYIN = NameWords.bundled().pinyinSyllables;

  @Test
  void hyphenatedWadeGilesSyllablesReadAsPinyin() {
    assertThat(WadeGiles.readWord("Lung-hsing", PINYIN)).containsExactly("longxing");
    // the apostrophe marks an aspirate: ch' before i is q; without it both readings are given
    assertThat(WadeGiles.readWord("Ch'ing-ch'uan", PINYIN)).containsExactly("qingchuan");
    assertThat(WadeGiles.readWord("Ching-chuan", PINYIN)).contains("jingzhuan", "qingchuan");
    assertThat(WadeGiles.readWord("K'o-chi", PINYIN)).containsExactly("keji", "keqi");
    assertThat(WadeGiles.readWord("Shih-tzu", PINYIN)).containsExactly("shizi", "shici");
    // English words with hyphens, and words without hyphen or apostrophe, are not Wade-Giles
    assertThat(WadeGiles.readWord("Co-op", PINYIN)).isNull();
    assertThat(WadeGiles.readWord("Hi-Tech", PINYIN)).isNull();
    assertThat(WadeGiles.readWord("Longxing", PINYIN)).isNull();
    assertThat(WadeGiles.pinyinReadings("Acme Hi-Tech Ltd", PINYIN)).isEmpty();
    assertThat(WadeGiles.pinyinReadings("Lung-hsing K'o-chi Ltd.", PINYIN))
        .contains("longxing keji Ltd.");
  }

  @Test
  void aNameInWadeGilesMeetsTheChineseName() {
    Organization org = Vendors.vendor("X1", "Longxing Technology", "CN", "龙星科技有限公司");
    NameMatcher matcher = NameMatcher.of(List.of(org));
    List<NameMatch> m = matcher.match("Lung-hsing K'o-chi Co., Ltd.", 0.8, 3);
    assertThat(m).extracting(NameMatch::organizationId).containsExactly("X1");
    assertThat(m.get(0).explanation().screenedSteps().get(0)).startsWith("Wade-Giles read as");
    assertThat(matcher.match("Lung-hsing Technology", 0.8, 3)).isNotEmpty();
    // other syllables stay another name
    assertThat(matcher.match("Lung-hua K'o-chi", 0.8, 3)).isEmpty();
  }

  @Test
  void twoSyllablesRunTogetherWithHsOrUngAreReadToo() {
    assertThat(WadeGiles.readWord("Lunghsing", PINYIN)).containsExactly("longxing");
    // everyday words and words without a mark of Wade-Giles are not
    assertThat(WadeGiles.readWord("young", PINYIN)).isNull();
    assertThat(WadeGiles.readWord("Hungary", PINYIN)).isNull();
    assertThat(WadeGiles.readWord("Longxing", PINYIN)).isNull();
    Organization org = Vendors.vendor("X1", "Longxing Technology", "CN", "龙星科技有限公司");
    NameMatcher matcher = NameMatcher.of(List.of(org));
    List<NameMatch> m = matcher.match("Lunghsing Technology Corp.", 0.8, 3);
    assertThat(m).extracting(NameMatch::organizationId).containsExactly("X1");
    assertThat(m.get(0).explanation().screenedSteps().get(0))
        .isEqualTo("Wade-Giles read as pinyin: longxing Technology Corp.");
  }
}
