package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

  private static String body(String text) {
    return text.substring(Dateline.bodyStart(text));
  }

  @Test
  void wireDatelinesAreCutOff() {
    assertThat(body("NAIROBI (Reuters) - Kenya's interior ministry has awarded"))
        .isEqualTo("Kenya's interior ministry has awarded");
    assertThat(body("HARARE, 12 May 2019 - Zimbabwe's government has begun"))
        .isEqualTo("Zimbabwe's government has begun");
    assertThat(body("Harare, 12 May 2019.\n\nIn March 2018, the government signed"))
        .isEqualTo("In March 2018, the government signed");
    assertThat(body("ABUJA, June 14 (Sightline Wire) - Nigeria's federal government"))
        .isEqualTo("Nigeria's federal government");
    assertThat(body("TEL AVIV/BUDAPEST - NSO Group on Wednesday denied"))
        .isEqualTo("NSO Group on Wednesday denied");
    assertThat(body("FARNBOROUGH, England - More than 300 exhibitors"))
        .isEqualTo("More than 300 exhibitors");
  }

  @Test
  void spanishFrenchAndPortugueseDatelines() {
    assertThat(foreign("BOGOTÁ, 17 sep (Sightline Wire) - La Dirección de Inteligencia negó"))
        .isEqualTo("La Dirección de Inteligencia negó");
    assertThat(foreign("ABIDJAN, 3 févr. 2020 - Le gouvernement ivoirien a signé"))
        .isEqualTo("Le gouvernement ivoirien a signé");
    assertThat(foreign("LUANDA, 31 dez (Sightline Wire) - O Presidente inaugurou"))
        .isEqualTo("O Presidente inaugurou");
    assertThat(foreign("Venezuela firmó un convenio con CEIEC.")).startsWith("Venezuela");
    // English texts keep English datelines only
    assertThat(Dateline.bodyStart("BOGOTÁ, 17 sep (Sightline Wire) - La Dirección", false))
        .isZero();
  }

  private static String foreign(String text) {
    return text.substring(Dateline.bodyStart(text, true));
  }

  @Test
  void ordinaryOpeningsAreNotDatelines() {
    assertThat(Dateline.bodyStart("Kenya - the government said on Monday")).isZero();
    assertThat(Dateline.bodyStart("Huawei has denied reports that")).isZero();
    assertThat(Dateline.bodyStart("In March 2018, China made inroads into Zimbabwe")).isZero();
    assertThat(Dateline.bodyStart("")).isZero();
  }
}
