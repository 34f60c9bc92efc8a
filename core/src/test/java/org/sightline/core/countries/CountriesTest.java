package org.sightline.core.countries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {
  private final Countries countries = Countries.bundled();

  @Test
  void coversEveryIso3166CountryAndTerritory() {
    assertThat(countries.all()).hasSizeGreaterThanOrEqualTo(249);
    assertThat(countries.byCode("EC")).get().extracting(Country::name).isEqualTo("Ecuador");
    assertThat(countries.byCode("ec")).get().extracting(Country::code3).isEqualTo("ECU");
  }

  @ParameterizedTest
  @CsvSource({
    "Ivory Coast, CI",
    "Côte d’Ivoire, CI",
    "Burma, MM",
    "Burma/Myanmar, MM",
    "South Korea, KR",
    "Czech Republic, CZ",
    "the United States of America, US"
  })
  void resolvesCommonAlternativeNames(String name, String code) {
    assertThat(countries.byName(name)).get().extracting(Country::code).isEqualTo(code);
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

  @ParameterizedTest
  @ValueSource(strings = {"Atlantis", "Burma/Ecuador", ""})
  void unknownOrAmbiguousNamesDoNotResolve(String name) {
    assertThat(countries.byName(name)).isEmpty();
  }

  @Test
  void codesAreKnownInCapitalsOnly() {
    assertThat(countries.isKnownCode("EC")).isTrue();
    assertThat(countries.isKnownCode("ZZ")).isFalse();
    assertThat(countries.isKnownCode("ec")).isFalse();
  }

  @Test
  void aStatesDemonymIsNotAlsoItsTerritorys() {
    assertThat(countries.byCode("US").orElseThrow().demonyms()).contains("American");
    assertThat(countries.byCode("MP").orElseThrow().demonyms()).doesNotContain("American");
    assertThat(countries.byCode("NL").orElseThrow().demonyms()).contains("Dutch");
    assertThat(countries.byCode("BQ").orElseThrow().demonyms()).doesNotContain("Dutch");
    assertThat(countries.byCode("TF").orElseThrow().demonyms()).doesNotContain("French");
    // two states that share one ("Congolese") keep it both, as before
    assertThat(countries.byCode("CG").orElseThrow().demonyms()).contains("Congolese");
    assertThat(countries.byCode("CD").orElseThrow().demonyms()).contains("Congolese");
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
