package org.sightline.core.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerbFormsTest {
  private static final String AGREED = "cue=3 status=agreed recverb";

  @Test
  void aRegularSpanishVerbGivesItsPastCompoundPastParticiplesFutureAndInfinitive() {
    Map<String, String> f = VerbForms.forms("es", "otorgar", AGREED, "");
    assertThat(f)
        .containsEntry("otorgó", AGREED)
        .containsEntry("otorgaron", AGREED)
        .containsEntry("había otorgado", AGREED)
        .containsEntry("otorgadas", "cue=3 status=agreed")
        .containsEntry("otorgará", "cue=2 status=planned recverb")
        .containsEntry("otorgar", "cue=2 status=planned recverb");
    assertThat(VerbForms.forms("es", "vender", "cue=3 status=delivered supverb", ""))
        .containsKeys("vendió", "vendieron", "vendida", "venderán");
  }

  @Test
  void frenchAndPortugueseConjugateByTheirOwnEndings() {
    assertThat(VerbForms.forms("fr", "signer", AGREED, ""))
        .containsKeys("signa", "signèrent", "a signé", "ont signé", "signées", "signera")
        .containsEntry("signée", "cue=3 status=agreed");
    assertThat(VerbForms.forms("fr", "fournir", AGREED, ""))
        .containsKeys("fournit", "a fourni", "fournies", "fourniront");
    assertThat(VerbForms.forms("fr", "vendre", AGREED, ""))
        .containsKeys("vendit", "a vendu", "vendues", "vendra", "vendront");
    assertThat(VerbForms.forms("pt", "assinar", AGREED, ""))
        .containsKeys(
            "assinou", "assinaram", "tinha assinado", "assinadas", "assinará", "assinarão");
    assertThat(VerbForms.forms("pt", "fornecer", AGREED, ""))
        .containsKeys("forneceu", "forneceram", "fornecida", "fornecerá");
  }

  @Test
  void anIrregularVerbTakesItsOverrides() {
    Map<String, String> f =
        VerbForms.forms("es", "proveer", AGREED, "past=proveyó,proveyeron pp=provisto");
    assertThat(f).containsKeys("proveyó", "proveyeron", "ha provisto", "provistas");
    assertThat(f).doesNotContainKey("proveió");
    assertThat(VerbForms.forms("es", "encargar", AGREED, "pp=-")).doesNotContainKey("encargado");
    assertThat(VerbForms.participles("fr", "acquis"))
        .containsExactly("acquis", "acquise", "acquises");
    assertThat(VerbForms.participles("pt", "entregue")).containsExactly("entregue", "entregues");
  }

  @Test
  void aFormTheLexiconAlreadyReadsKeepsTheLexiconsTags() {
    Lexicon known =
        Lexicon.parse("otorgó\tcue=1 status=planned lang=es\nadjudicad*\tcue=3 lang=es\n");
    String rows =
        VerbForms.rows(
            List.<String[]>of(
                new String[] {"es", "otorgar", AGREED}, new String[] {"es", "adjudicar", AGREED}),
            known);
    assertThat(rows).doesNotContain("otorgó\t").contains("otorgaron\t" + AGREED + " lang=es");
    assertThat(rows)
        .doesNotContain("\nadjudicado\t")
        .contains("adjudicó\t")
        .contains("ha adjudicado\t");
  }

  @Test
  void theBundledLexiconReadsTheGeneratedFormsInTheirLanguageOnly() {
    Lexicon l = Lexicon.bundled();
    assertThat(l.word("otorgaron", Language.ES)).isNotNull();
    assertThat(l.word("otorgaron", Language.ES).cue()).isEqualTo(3);
    assertThat(l.word("assinarão", Language.PT).cue()).isEqualTo(2);
    assertThat(l.word("otorgaron", Language.EN)).isNull();
    assertThat(l.word("otorgaron", Language.PT)).isNull();
  }
}
