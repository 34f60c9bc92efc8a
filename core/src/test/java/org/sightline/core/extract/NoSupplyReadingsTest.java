package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.core.extract.confidence.Features;

/**
 * Round 12's readings of texts that tell of no supply (issues 14 and 16): a lead that frames a
 * fair, a scan, a ranking or a lost bid; a report's source read as a supplier; the context words of
 * lost bids, a vendor's markets and a visit's showing, in four languages. Each is a feature or a
 * lexicon tag the model weighs; nothing is dropped by rule. Texts written for this test.
 */
class NoSupplyReadingsTest {
  private static final LocalDate REPORTED = LocalDate.of(2024, 3, 1);
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> proposals(String text) {
    return extractor.proposals(text, REPORTED);
  }

  private static final String DEAL =
      "Velmora Dynamics Ltd signed a contract to supply CCTV cameras to Uganda's police.";

  @Test
  void aLeadThatFramesAFairMarksEveryCandidateAndALaterFairDoesNot() {
    String fair = "Vendors crowd the trade fair in Kampala this week.";
    String filler = "The week was busy for the city's hotels.";
    assertThat(proposals(fair + "\n\n" + DEAL))
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.LEAD_FRAMES_NO_SUPPLY] == 1, "framed");
    assertThat(proposals(filler + "\n\n" + filler + "\n\n" + DEAL + "\n\n" + fair))
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.LEAD_FRAMES_NO_SUPPLY] == 0, "not framed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | The minister told reporters in an interview with Orvane Media Ltd that Kenya had bought cameras.
          es | El ministro dijo, según el diario Orvane Media S.A., que Kenia compró cámaras de vigilancia.
          fr | Le ministre a indiqué, selon la lettre Orvane Media SA, que le Kenya a acheté des caméras.
          pt | Angola comprou câmeras de vigilância, de acordo com levantamento da Orvane Media Ltda. publicado ontem.
          """)
  void aNameRightAfterTheReportsSourceIsMarked(String language, String text) {
    assertThat(proposals(text))
        .as(language)
        .filteredOn(c -> c.supplierOrgs().stream().anyMatch(o -> o.contains("Orvane")))
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.SUPPLIER_AS_SOURCE] == 1, "source");
  }

  @Test
  void aSupplierFarFromTheSourceWordsIsNotMarked() {
    String text =
        "According to a report published on Monday by the ministry, Velmora Dynamics Ltd has"
            + " installed CCTV cameras for Uganda's police.";
    assertThat(proposals(text))
        .filteredOn(c -> c.supplierOrgs().contains("Velmora Dynamics Ltd"))
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.SUPPLIER_AS_SOURCE] == 0, "not a source");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en bids    | Velmora Dynamics Ltd was among the bids to supply CCTV cameras to Uganda's police.
          en lost    | The contract to supply CCTV cameras to Uganda's police went to a competitor of Velmora Dynamics Ltd.
          es showing | La empresa Velmora Dynamics S.A. le mostró sus cámaras de vigilancia al alcalde de Lima, en Perú.
          fr showing | La société Velmora Dynamics SA a montré ses caméras de surveillance au maire de Dakar, au Sénégal.
          pt bid     | A Velmora Dynamics Ltda. perdeu a licitação para fornecer câmeras à polícia de Angola.
          """)
  void theContextWordsOfALostBidOrAShowingMarkTheirSentence(String shape, String text) {
    assertThat(proposals(text))
        .as(shape)
        .isNotEmpty()
        .anyMatch(c -> c.features()[Features.PROSPECT_CONTEXT] == 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Velmora Dynamics Ltd says its cameras are present in Uganda and eleven other countries.
          es | La empresa Velmora Dynamics S.A. dice que sus cámaras están presentes en Perú y otros países; tiene presencia en Chile.
          fr | La société Velmora Dynamics SA est présente dans une dizaine de pays, dont le Sénégal, avec ses caméras.
          pt | A Velmora Dynamics Ltda. diz ter presença em Angola e noutros países com as suas câmeras.
          """)
  void aVendorsPresenceInMarketsMarksItsSentence(String language, String text) {
    assertThat(proposals(text))
        .as(language)
        .isNotEmpty()
        .anyMatch(c -> c.features()[Features.RANKING_CONTEXT] == 1);
  }

  @Test
  void aScanThatIsNoProofOfUseFlagsTheText() {
    String scan =
        "Researchers found servers of Velmora Dynamics Ltd's spyware in Uganda and Kenya.";
    assertThat(proposals(scan))
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 0, "no flag");
    assertThat(proposals(scan + " A server in a country is not proof that its police use it."))
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 1, "flagged");
  }
}
