package org.sightline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private final LanguageIdentifier languages = LanguageIdentifier.bundled();

  private static final String ENGLISH =
      "The interior ministry signed a contract with a Chinese vendor for a network of cameras"
          + " and a command centre in the capital, financed by a loan from a state bank.";
  private static final String SPANISH =
      "El ministerio del interior firmó un contrato con una empresa china para instalar una red"
          + " de cámaras y un centro de mando en la capital, financiado con un préstamo estatal.";
  private static final String FRENCH =
      "Le ministère de l'intérieur a signé un contrat avec une entreprise chinoise pour installer"
          + " un réseau de caméras et un centre de commandement dans la capitale.";
  private static final String PORTUGUESE =
      "O ministério do interior assinou um contrato com uma empresa chinesa para instalar uma"
          + " rede de câmeras e um centro de comando na capital, financiado por um empréstimo.";

  @Test
  void tellsEnglishSpanishFrenchAndPortugueseApart() {
    assertThat(languages.identify(ENGLISH)).isEqualTo("en");
    assertThat(languages.identify(SPANISH)).isEqualTo("es");
    assertThat(languages.identify(FRENCH)).isEqualTo("fr");
    assertThat(languages.identify(PORTUGUESE)).isEqualTo("pt");
  }

  @Test
  void textTooShortToTellIsUndetermined() {
    assertThat(languages.identify("Quito, 12 March")).isEqualTo(LanguageIdentifier.UNDETERMINED);
    assertThat(languages.identify("")).isEqualTo(LanguageIdentifier.UNDETERMINED);
    assertThat(languages.identify(null)).isEqualTo(LanguageIdentifier.UNDETERMINED);
  }

  @Test
  void eachParagraphOfAMixedDocumentHasItsOwnLanguage() {
    String text = "QUITO\n\n" + SPANISH + "\n\n" + ENGLISH + "\n \n" + FRENCH + "\n";
    List<LanguageSpan> spans = languages.paragraphs(text);

    assertThat(spans).extracting(LanguageSpan::language).containsExactly("es", "es", "en", "fr");
    // The dateline is too short to tell: it takes the language of the story it heads.
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("QUITO");
    assertThat(text.substring(spans.get(2).start(), spans.get(2).end())).isEqualTo(ENGLISH);
    assertThat(text.substring(spans.get(3).start(), spans.get(3).end())).isEqualTo(FRENCH + "\n");
    // The document's language is that of most of its beginning.
    assertThat(languages.identify(FRENCH + "\n\n" + SPANISH + "\n\n" + FRENCH)).isEqualTo("fr");
    assertThat(languages.identify("QUITO\n\n" + SPANISH)).isEqualTo("es");
  }
}
