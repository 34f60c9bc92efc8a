package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;

class NameMatcherTest {
  static NameMatcher matcher;

  @BeforeAll
  static void build() {
    matcher = NameMatcher.of(NativeNames.withStarterNames(OrganizationsCsv.starter()));
  }

  private static NameMatch best(String name) {
    return Vendors.best(matcher, name);
  }

  @Test
  void theSameCompanyMeetsAcrossScriptsLegalFormsAndAbbreviations() {
    for (String name :
        List.of("华为技术有限公司", "Huawei Technologies Co., Ltd.", "HUAWEI TECH", "華為", "Huawie")) {
      assertThat(best(name).organizationId()).as(name).isEqualTo("O0001");
    }
  }

  @Test
  void aRegisteredNamesRareWordIsNotCrowdedOutByWordsManyNamesShare() {
    // a dozen "... Public Security ..." agencies share the screened name's other words
    assertThat(best("IDEMIA Public Security").organizationId()).isEqualTo("O0023");
  }

  @Test
  void aCountryNameOfSeveralWordsReadsAsABranchLikeAOneWordCountry() {
    NameMatch m = best("IBM United Kingdom Limited");
    assertThat(m.organizationId()).isEqualTo("O0306");
    assertThat(m.explanation().screenedSteps()).contains("united kingdom → unitedkingdom");
    assertThat(best("Orange Côte d'Ivoire").organizationId()).isEqualTo("O1001");
  }

  @Test
  void aMatchExplainsWhichNameMatchedHowAndTheScoresParts() {
    NameMatch m = best("Hikvison");
    assertThat(m.organizationName()).isEqualTo("Hikvision");
    assertThat(m.matchedName()).isEqualTo("Hikvision");
    assertThat(m.explanation().matchedWords()).containsExactly("hikvison~hikvision 0.978");
    assertThat(m.score())
        .isCloseTo(
            0.7 * m.explanation().tokenScore() + 0.3 * m.explanation().charScore(),
            org.assertj.core.data.Offset.offset(0.002));
    NameMatch cyrillic = best("ПАО «Ситроникс»");
    assertThat(cyrillic.matchedOnAlias()).isTrue();
    assertThat(cyrillic.explanation().screenedSteps()).contains("Cyrillic → Latin");
    assertThat(cyrillic.explanation().summary()).contains("sitroniks");
  }

  @Test
  void scoresRankRatherThanSaturate() {
    double exact = best("Hikvision").score();
    double typo = best("Hikvison").score();
    double branch = best("Hikvision Europe B.V.").score();
    assertThat(exact).isEqualTo(1.0);
    assertThat(typo).isLessThan(exact);
    assertThat(branch).isLessThan(typo).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
  }

  @Test
  void shortNamesMustMatchExactly() {
    assertThat(matcher.match("ZTF", NameMatcher.DEFAULT_THRESHOLD, 5)).isEmpty();
    assertThat(best("ZTE Corp").organizationId()).isEqualTo("O0002");
  }

  @Test
  void blankNamesMatchNothingAndTheBaselineAgreesWithTheIndex() {
    assertThat(matcher.match("  ", 0, 5)).isEmpty();
    for (String name : List.of("Hikvison", "Gamma Intl", "中国进出口银行", "Acme Widgets")) {
      assertThat(matcher.match(name, NameMatcher.DEFAULT_THRESHOLD, 1))
          .as(name)
          .isEqualTo(matcher.matchExhaustively(name, NameMatcher.DEFAULT_THRESHOLD, 1));
    }
  }

  @Test
  void countriesInTheirOwnLanguagesAndMoreLegalFormsReadAsBranches() {
    assertThat(best("ZTE Deutschland GmbH").organizationId()).isEqualTo("O0002");
    assertThat(best("Dahua Technology Poland Sp. z o.o.").organizationId()).isEqualTo("O0007");
    assertThat(best("Hikvision Middle East FZE").organizationId()).isEqualTo("O0008");
    assertThat(best("華為技術日本株式会社").organizationId()).isEqualTo("O0001");
  }

  @Test
  void namesWithoutAWordOfTheirOwnAreNotStretchedToOtherOrganizations() {
    // "Asian" is no branch of the "National Development Bank"; "Technology Group" tells the
    // China Electronics Technology Group from the China Electronics Corporation.
    assertThat(matcher.match("Asian Development Bank", NameMatcher.DEFAULT_THRESHOLD, 1)).isEmpty();
    assertThat(matcher.match("中国电子科技集团有限公司", NameMatcher.DEFAULT_THRESHOLD, 1)).isEmpty();
  }

  @Test
  void aWordMoreThanTwoEditsAwayIsNoMisspelling() {
    assertThat(WordSimilarity.of("securitas", "securiport")).isZero();
    assertThat(WordSimilarity.of("palanteer", "palantir")).isPositive();
  }

  @Test
  void oneConsonantForAnUnrelatedOneOrTwoEditsInAShortWordMakeAnotherName() {
    assertThat(WordSimilarity.of("camtek", "camtel")).isZero();
    assertThat(WordSimilarity.of("hertz", "herta")).isZero();
    assertThat(WordSimilarity.of("palatin", "palantir")).isZero();
    for (String other : List.of("Camtek Ltd.", "Hertz Global Holdings", "Palatin Technologies")) {
      assertThat(matcher.match(other, NameMatcher.DEFAULT_THRESHOLD, 1)).as(other).isEmpty();
    }
    // Slips still meet: a sound-alike letter, two neighbours swapped, a vowel, a letter left out.
    for (String slip : List.of("Dahwa", "Huwaei", "Greyshift", "Hikvison", "BriefKam")) {
      assertThat(matcher.match(slip, NameMatcher.DEFAULT_THRESHOLD, 1)).as(slip).isNotEmpty();
    }
  }

  @Test
  void aNameThatBeginsWithACoinedRegisteredNameIsADivisionAndTheMatchSaysSo() {
    NameMatch m = best("Siemens Mobility GmbH");
    assertThat(m.organizationId()).isEqualTo("O0025");
    assertThat(m.explanation().rules())
        .containsExactly("begins with the registered name 'siemens'; extra words: mobility");
    assertThat(m.explanation().summary()).contains("; begins with the registered name 'siemens'");
    assertThat(best("Elbit Systems Land Ltd").organizationId()).isEqualTo("O0705");
    assertThat(best("Palantir USG, Inc.").organizationId()).isEqualTo("O0033");
    // An everyday word ("orange"), a short name with a word of another trade ("Herta Foods") and
    // a short name ("Nexa") say too little for that.
    assertThat(EnglishWords.contains("orange")).isTrue();
    assertThat(EnglishWords.contains("palantir")).isFalse();
    // Nor does a second organization's coined name follow the first's.
    for (String other :
        List.of("Orange Pharma", "Herta Foods", "Nexa Resources", "Hikvision/Dahua")) {
      assertThat(matcher.match(other, NameMatcher.DEFAULT_THRESHOLD, 1)).as(other).isEmpty();
    }
  }

  @Test
  void aGenericWordSwappedForAnotherIsADifferenceNotADivision() {
    assertThat(matcher.match("Voyager Digital", NameMatcher.DEFAULT_THRESHOLD, 1)).isEmpty();
    assertThat(best("Voyager Labs Ltd").organizationId()).isEqualTo("O0707");
    assertThat(best("Cytrox Holdings").organizationId()).isEqualTo("O0600");
  }

  private static List<NameMatch> alerts(String name) {
    return matcher.match(name, NameMatcher.DEFAULT_THRESHOLD, 1);
  }

  @Test
  void aWordThatExtendsAShortWordIsAnotherNameNotASlip() {
    assertThat(WordSimilarity.of("nexam", "nexa")).isZero();
    assertThat(WordSimilarity.of("matica", "matic")).isZero();
    assertThat(WordSimilarity.of("dahuan", "dahua")).isZero();
    for (String other : List.of("Nexam Chemical AB", "Matica Technologies", "Dahuan Industrial")) {
      assertThat(alerts(other)).as(other).isEmpty();
    }
    // A plural, a last letter typed twice, and a last letter left off a longer word are slips.
    assertThat(WordSimilarity.extendsWord("circles", "circle")).isFalse();
    assertThat(WordSimilarity.extendsWord("semlexx", "semlex")).isFalse();
    for (String slip : List.of("Hikvisio", "Dahuaa", "Netsweepr", "Cognyt")) {
      assertThat(alerts(slip)).as(slip).isNotEmpty();
    }
  }

  @Test
  void anAcronymMeetsOnlyItself() {
    // "CATIC" and "CNTIC" are registered names; one letter off is another body's acronym.
    for (String other : List.of("CATIK Holdings", "Catik Holdings", "CNTIK", "NADRE Systems")) {
      assertThat(alerts(other)).as(other).isEmpty();
    }
    // Written as a word in a mixed-case name, the same slip still meets a word.
    assertThat(alerts("Nadre Systems")).isEmpty();
    assertThat(best("CATIC").organizationId()).isEqualTo("O0041");
    assertThat(best("Cntic Corp").organizationId()).isEqualTo("O0502");
    NameForm form = new NameNormalizer(NameWords.bundled()).normalize("CETC Group");
    assertThat(form.isAcronym(0)).isTrue();
    assertThat(new NameNormalizer(NameWords.bundled()).normalize("DAHUA GROUP").isAcronym(0))
        .isFalse();
  }

  @Test
  void sharingOnlyAnEverydayWordIsNotEnoughWhenEachNameHasAWordOfItsOwn() {
    // "Vigilant Solutions" is registered; "vigilant" is an everyday word, "ventures" and
    // "solutions" words of each name's own.
    NameMatch m = matcher.match("Vigilant Ventures", 0.3, 1).get(0);
    assertThat(m.organizationId()).isEqualTo("O1202");
    assertThat(m.score()).isLessThan(0.5);
    assertThat(m.explanation().rules())
        .containsExactly(
            "shares only the everyday word 'vigilant' and each name has a word of its own: weighed"
                + " as common words");
    for (String other :
        List.of("Fog Creek Data", "Iris Hotels", "Atlas Copco", "Paragon Banking")) {
      assertThat(alerts(other)).as(other).isEmpty();
    }
    // A two-letter word after an everyday word is a name's own ("Iris ID"), not a designator.
    assertThat(alerts("Iris QX Inc")).isEmpty();
    assertThat(best("Semptian QX").organizationId()).isEqualTo("O0201");
    for (String same :
        List.of(
            "Flock Safety Inc", "Vigilant Solutions LLC", "Orange Polska", "Fog Data Science")) {
      assertThat(alerts(same)).as(same).isNotEmpty();
    }
  }

  @Test
  void aWordAddedToANameOfCommonWordsOnlyNamesAnotherBody() {
    // "China Electronics Corporation" has no word of its own; "Technology" makes another group.
    assertThat(alerts("China Electronics Technology Co")).isEmpty();
    assertThat(best("China Electronics Corp").organizationId()).isEqualTo("O0126");
    // A legal-form word inside the name does not count as such a word.
    assertThat(best("China Development Bank Corporation").organizationId()).isEqualTo("O0048");
  }

  @Test
  void oneNameInDifferentTransliterationSystemsSoundsAlike() {
    assertThat(WordSimilarity.soundKey("kontsern")).isEqualTo(WordSimilarity.soundKey("koncern"));
    assertThat(WordSimilarity.soundKey("tekhnologiy"))
        .isEqualTo(WordSimilarity.soundKey("tehnologij"));
    assertThat(WordSimilarity.soundKey("rossiya")).isEqualTo(WordSimilarity.soundKey("rossia"));
    assertThat(WordSimilarity.soundKey("informatsionnykh"))
        .isEqualTo(WordSimilarity.soundKey("informacionnyh"));
    // The word lists' Russian words are read in any of those spellings.
    NameForm form =
        new NameNormalizer(NameWords.bundled()).normalize("Departament Tekhnologiy Moskvy");
    assertThat(form.tokens()).contains("technology");
    for (String name :
        List.of(
            "Departament Informatsionnykh Tekhnologiy Moskvy",
            "Departament informacionnyh tehnologij Moskvy")) {
      assertThat(best(name).organizationId()).as(name).isEqualTo("O0350");
    }
    assertThat(best("Konzern Radiostroyeniya Vega").organizationId()).isEqualTo("O0030");
    // A soft c is an s: "Cellebrite" written in Cyrillic with С rather than Ц.
    assertThat(best("Селлебрайт").organizationId()).isEqualTo("O0015");
  }

  @Test
  void pinyinWordsWhoseSyllablesBeginOtherwiseAreOtherNames() {
    // 中航 (zhonghang) is not 中兴 (zhongxing): another character, not a slip.
    assertThat(WordSimilarity.otherPinyinName("zhonghang", "zhongxing")).isTrue();
    assertThat(WordSimilarity.of("zhonghang", "zhongxing")).isZero();
    assertThat(alerts("Zhonghang Jishu")).isEmpty();
    // One character read two ways (地 as di or de, 柏 as bo or bai) stays the same name.
    assertThat(WordSimilarity.otherPinyinName("tiandiweiye", "tiandeweiye")).isFalse();
    assertThat(NameWords.bundled().syllables("zhonghang")).containsExactly("zhong", "hang");
    assertThat(best("Meiya Boke").organizationId()).isEqualTo("O0200");
  }

  private static Organization own(String id, String name, String country) {
    return new Organization(
        id, name, List.of(), country, OrganizationKind.LENDER, null, null, null, null);
  }

  private static List<String> ids(NameMatcher m, String name) {
    return m.match(name, NameMatcher.DEFAULT_THRESHOLD, 3).stream()
        .map(NameMatch::organizationId)
        .toList();
  }

  @Test
  void aCountryAddedToANameThatCallsItselfNationalIsThatCountrysOwnBody() {
    // Names of our own: a national savings bank of Sri Lanka, and a coined one for contrast.
    NameMatcher m =
        NameMatcher.of(
            List.of(own("X1", "National Savings Bank", "LK"), own("X2", "Velmora Bank", "LK")));
    assertThat(ids(m, "Kenya Savings Bank")).isEmpty();
    assertThat(ids(m, "Savings Bank of Korea")).isEmpty();
    // its own country, or the word national written, is still the same bank
    assertThat(ids(m, "Sri Lanka Savings Bank")).containsExactly("X1");
    assertThat(ids(m, "National Savings Bank Kenya")).containsExactly("X1");
    // a coined name with a country added reads as a branch, as before
    assertThat(ids(m, "Velmora Bank Kenya")).containsExactly("X2");
  }

  @Test
  void anEverydayWordWrittenInFullIsNotASlipForACoinedName() {
    // "Velocita" is a coined name of our own; "velocity" an everyday word one letter away.
    NameMatcher m =
        NameMatcher.of(
            List.of(own("X1", "Velocita Systems", "IT"), own("X2", "Guardia Networks", "ES")));
    assertThat(ids(m, "Velocity Systems")).isEmpty();
    assertThat(ids(m, "Guardian Networks")).isEmpty();
    // a slip that is no word still meets the coined name
    assertThat(ids(m, "Velocitta Systems")).containsExactly("X1");
    assertThat(ids(m, "Guardiaa Networks")).containsExactly("X2");
  }

  @Test
  void anXForCsIsABrandsOwnSpellingNotASlip() {
    // Coined names of our own, and look-alikes that write x for cs or ks.
    NameMatcher m =
        NameMatcher.of(
            List.of(own("X1", "Velotronics Systems", "DE"), own("X2", "Aerolinks Group", "GB")));
    assertThat(WordSimilarity.xForCs("velotronix", "velotronics")).isTrue();
    assertThat(WordSimilarity.xForCs("velotronics", "velotroniks")).isFalse();
    assertThat(ids(m, "Velotronix Systems")).isEmpty();
    assertThat(ids(m, "Aerolinx Group")).isEmpty();
    // a slip, or another romanization of the same sounds, still meets the name
    assertThat(ids(m, "Velotronnics Systems")).containsExactly("X1");
    assertThat(ids(m, "Velotroniks Systems")).containsExactly("X1");
    // a name read from Cyrillic writes an x as ks: "Дравикс" is how "Dravix" is written there
    NameMatcher cyrillic = NameMatcher.of(List.of(own("X3", "Dravix", "RU")));
    assertThat(ids(cyrillic, "Дравикс")).containsExactly("X3");
    assertThat(ids(cyrillic, "Dravics")).isEmpty();
  }

  @Test
  void anAcronymInANameRunTogetherMustBeSpelledTheSame() {
    // "KVT Optronika" is a coined name of our own; other initials before the same word are another
    // firm's name.
    NameMatcher m = NameMatcher.of(List.of(own("X1", "KVT Optronika", "DE")));
    assertThat(ids(m, "KVTOptronika")).containsExactly("X1");
    assertThat(ids(m, "KVT-Optronika GmbH")).containsExactly("X1");
    assertThat(ids(m, "BTOptronika")).isEmpty();
    assertThat(ids(m, "KTVOptronika")).isEmpty();
  }
}
