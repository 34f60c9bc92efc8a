package org.sightline.core.countries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
  private final Countries countries = Countries.bundled();

  @Test
  void coversEveryIso3166CountryAndTerritory() {
    assertThat(countries.all()).hasSizeGreaterThanOrEqualTo(249);
    assertThat(countries.byCode("EC")).get().extracting(Country::name).isEqualTo("Ecuador");
    assertThat(countries.byCode("ec")).get().extracting(Country::code3).isEqualTo("ECU");
  }

  @Test
  void resolvesCommonAlternativeNames() {
    assertThat(countries.byName("Ivory Coast")).get().extracting(Country::code).isEqualTo("CI");
    assertThat(countries.byName("Côte d’Ivoire")).get().extracting(Country::code).isEqualTo("CI");
    assertThat(countries.byName("Burma")).get().extracting(Country::code).isEqualTo("MM");
    assertThat(countries.byName("Burma/Myanmar")).get().extracting(Country::code).isEqualTo("MM");
    assertThat(countries.byName("South Korea")).get().extracting(Country::code).isEqualTo("KR");
    assertThat(countries.byName("Czech Republic")).get().extracting(Country::code).isEqualTo("CZ");
    assertThat(countries.byName("the United States of America"))
        .get()
        .extracting(Country::code)
        .isEqualTo("US");
  }

  @Test
  void carriesTheCommonAndOfficialNamesInSpanishFrenchAndPortuguese() {
    Country ecuador = countries.byCode("EC").orElseThrow();
    assertThat(ecuador.namesIn("es")).containsExactly("Ecuador", "República del Ecuador");
    assertThat(ecuador.namesIn("fr")).startsWith("Équateur");
    assertThat(ecuador.namesIn("pt")).startsWith("Equador");
    assertThat(countries.byCode("CI").orElseThrow().namesIn("fr")).startsWith("Côte d'Ivoire");
    assertThat(ecuador.namesIn("de")).isEmpty();
  }

  @Test
  void unknownOrAmbiguousNamesDoNotResolve() {
    assertThat(countries.byName("Atlantis")).isEmpty();
    assertThat(countries.byName("Burma/Ecuador")).isEmpty();
    assertThat(countries.byName("")).isEmpty();
    assertThat(countries.isKnownCode("ZZ")).isFalse();
    assertThat(countries.isKnownCode("ec")).isFalse();
  }

  @Test
  void carriesDemonymsAndCapitalsForExtraction() {
    Country ethiopia = countries.byCode("ET").orElseThrow();
    assertThat(ethiopia.demonyms()).contains("Ethiopian");
    assertThat(ethiopia.capitals()).contains("Addis Ababa");
    assertThat(countries.byCode("ZW").orElseThrow().capitals()).contains("Harare");
  }

  @Test
  void keepsOnlyLatinScriptNamesAsAlternatives() {
    assertThat(countries.byCode("CN").orElseThrow().alternativeNames())
        .contains("People's Republic of China")
        .noneMatch(n -> n.codePoints().anyMatch(cp -> cp > 0x2000));
  }
}
