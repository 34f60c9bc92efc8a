package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Organization;

/** Names of our own: a made-up firm "Migdal Shemesh Maarachot" (מגדל שמש מערכות) and others. */
class HebrewConsonantsTest {

  @Test
  void hebrewLettersKeepOnlyTheirConsonantsInSharedClasses() {
    assertThat(HebrewConsonants.ofHebrew("מגדל שמש מערכות")).isEqualTo("mgdl sms mrkt");
    // a vav that starts a word or is doubled is v; ה, א, ע, י and a lone vav are vowels or nothing
    assertThat(HebrewConsonants.ofHebrew("ורד האווירית")).isEqualTo("brd brt");
    // the legal form בע"מ and punctuation go
    assertThat(HebrewConsonants.ofHebrew("מגדל שמש מערכות בע\"מ")).isEqualTo("mgdl sms mrkt");
    assertThat(HebrewConsonants.isHebrew("מגדל")).isTrue();
    assertThat(HebrewConsonants.isHebrew("Migdal")).isFalse();
  }

  @Test
  void romanizationsOfOneHebrewNameShareItsKey() {
    String key = HebrewConsonants.ofHebrew("מגדל שמש מערכות");
    for (List<String> words :
        List.of(
            List.of("migdal", "shemesh", "maarachot"),
            List.of("migdal", "shemesh", "maarakhot"),
            List.of("mighdal", "semesh", "maarachoth"))) {
      assertThat(HebrewConsonants.ofLatin(words)).as(words.toString()).isEqualTo(key);
    }
    assertThat(HebrewConsonants.ofLatin(List.of("vered", "haavirit")))
        .isEqualTo(HebrewConsonants.ofHebrew("ורד האווירית"));
    assertThat(HebrewConsonants.ofLatin(List.of("tzafon", "kesher")))
        .isEqualTo(HebrewConsonants.ofHebrew("צפון קשר"));
  }

  @Test
  void aLatinNameMeetsItsNameInHebrewLettersByConsonantsOnly() {
    Organization org = Vendors.vendor("X1", "Sun Tower Systems", "IL", "מגדל שמש מערכות");
    Organization other = Vendors.vendor("X2", "Magdala Markets", "GB");
    NameMatcher matcher = NameMatcher.of(List.of(org, other));
    List<NameMatch> m = matcher.match("Migdal Shemesh Maarakhot Ltd", 0.8, 5);
    assertThat(m).extracting(NameMatch::organizationId).containsExactly("X1");
    assertThat(m.get(0).score()).isEqualTo(NameMatcher.HEBREW_CONSONANTS_SCORE);
    assertThat(m.get(0).matchedName()).isEqualTo("מגדל שמש מערכות");
    assertThat(m.get(0).explanation().rules().get(0)).contains("mgdl sms mrkt");
    // one consonant more or another word: another name
    assertThat(matcher.match("Migdal Shemesh Merkaz", 0.8, 5)).isEmpty();
    assertThat(matcher.match("Migdal Shemesh Markets", 0.8, 5)).isEmpty();
    // above the consonant match's score it is not reported
    assertThat(matcher.match("Migdal Shemesh Maarakhot", 0.9, 5)).isEmpty();
  }

  @Test
  void aShortKeyIsTooLikelyToBeSharedByChance() {
    Organization org = Vendors.vendor("X1", "Gal Tech", "IL", "גל טק");
    NameMatcher matcher = NameMatcher.of(List.of(org));
    // "gl tk": four consonants, below the minimum; "Gil Tok" must not meet it on consonants
    assertThat(matcher.match("Gil Tok", 0.8, 5)).isEmpty();
  }
}
