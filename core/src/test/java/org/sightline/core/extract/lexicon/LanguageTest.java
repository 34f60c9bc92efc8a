package org.sightline.core.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which language a text is read in. The function-word vote decides most texts (the corpora's train
 * and dev texts are checked in {@code OtherLanguagesTest}); these are the short ones it leaves
 * tied. Sentences written for this test.
 */
class LanguageTest {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Quendal vendió cámaras de vigilancia a la policía de Bolivia.          | es
          ¿Quién pagó las cámaras de Quendal?                                   | es
          Quendal vendeu câmeras à polícia; a instalação não terminou.          | pt
          Quendal a fourni caméras et logiciel à la préfecture, près de Genève. | fr
          La Paz police buy Quendal cameras                                     | en
          Bogotá police buy Quendal cameras                                     | en
          Quendal 2022 Bolivia 300                                              | en
          The police of Bolivia bought cameras from Quendal.                    | en
          QUENDAL VENDIÓ LOS EQUIPOS DEL PUERTO Y EL SOFTWARE, THE END          | es
          Quendal İlos İDEL 가los dellos the cameras                             | en
          Quendal ÉTÉ DANS UNE AUX the cameras                                  | fr
          """)
  void aShortTextIsReadInTheLanguageItsWordsAndLettersShow(String text, String code) {
    assertThat(Language.of(text).code()).isEqualTo(code);
  }
}
