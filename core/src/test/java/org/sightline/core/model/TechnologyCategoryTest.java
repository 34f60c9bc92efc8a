package org.sightline.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TechnologyCategoryTest {

  @Test
  void everyCategoryIsNamedInSpanishFrenchAndPortuguese() {
    for (TechnologyCategory category : TechnologyCategory.values()) {
      for (String language : new String[] {"es", "fr", "pt"}) {
        assertThat(category.namesIn(language)).as(category + " in " + language).isNotEmpty();
      }
    }
  }

  @Test
  void namesComeMostCommonFirstAndAnUnknownLanguageHasNone() {
    assertThat(TechnologyCategory.VIDEO_SURVEILLANCE.namesIn("es"))
        .first()
        .isEqualTo("videovigilancia");
    assertThat(TechnologyCategory.FACIAL_RECOGNITION.namesIn("fr"))
        .containsExactly("reconnaissance faciale");
    assertThat(TechnologyCategory.SPYWARE.namesIn("de")).isEmpty();
  }

  @Test
  void keysStillRoundTrip() {
    assertThat(TechnologyCategory.fromKey("command_centre"))
        .contains(TechnologyCategory.COMMAND_CENTRE);
    assertThat(TechnologyCategory.fromKey("centro de comando")).isEmpty();
  }
}
