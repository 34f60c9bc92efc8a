package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Local arms, owners named beside a firm, look-alikes in other trades and legal forms of another
 * country, on a small register of invented names.
 */
class LocalArmsAndOwnersTest {
  static NameMatcher matcher;

  @BeforeAll
  static void build() {
    matcher =
        NameMatcher.of(
            List.of(
                Vendors.vendor("Z1", "Zorvatek", "IL", "Zorvatek Ltd"),
                Vendors.vendor("Z2", "Quellion Systems", "DE"),
                Vendors.vendor("Z3", "Mobile Network Services", "NA"),
                Vendors.vendor("Z4", "Harbor Police", "GB"),
                Vendors.vendor("Z5", "Brightfield Optics", "US"),
                Vendors.vendor("Z6", "Pelmora Analytics", "FR")));
  }

  private static List<NameMatch> match(String name) {
    return matcher.match(name, NameMatcher.DEFAULT_THRESHOLD, 3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zorvatek Middle East FZ-LLC",
        "Zorvatek (Singapore) Pte. Ltd.",
        "Zorvatek Sistemas S.A.",
        "Zorvatek Kenya Ltd",
        "Zorvatek Malaysia Sdn Bhd",
        "Quellion Systems UK Limited"
      })
  void aKnownNameFollowedByAPlaceOrFunctionAndALegalFormIsItsLocalArm(String name) {
    List<NameMatch> m = match(name);
    assertThat(m).isNotEmpty();
    assertThat(m.get(0).organizationId()).isIn("Z1", "Z2");
    assertThat(m.get(0).explanation().rules()).anyMatch(r -> r.startsWith("begins with"));
  }

  @Test
  void anOwnerNamedBesideAFirmRaisesAnAlertOnTheOwnerAndSaysWhy() {
    for (String name :
        List.of(
            "Tarnwell Imaging Ltd (a subsidiary of Zorvatek)",
            "Subsidiary of Zorvatek: Tarnwell Imaging",
            "Tarnwell Imaging, a Zorvatek company",
            "Tarnwell Imaging Ltd - wholly owned by Zorvatek Ltd",
            "Tarnwell Imaging a division of Zorvatek")) {
      List<NameMatch> m = match(name);
      assertThat(m).as(name).extracting(NameMatch::organizationId).containsExactly("Z1");
      assertThat(m.get(0).explanation().rules().get(0)).as(name).startsWith("named as owned by");
    }
    // the firm named keeps its own match, and the owner's comes with it
    assertThat(match("Brightfield Optics (a unit of Zorvatek)"))
        .extracting(NameMatch::organizationId)
        .containsExactlyInAnyOrder("Z5", "Z1");
    // another name of the same firm
    List<NameMatch> former = match("Tarnwell Imaging (formerly Pelmora Analytics)");
    assertThat(former).extracting(NameMatch::organizationId).containsExactly("Z6");
    assertThat(former.get(0).explanation().rules().get(0)).contains("also named");
  }

  @Test
  void tiesThatDoNotMakeAFirmAnothersOrNamesThatSayOfAreLeftAsWritten() {
    assertThat(match("Tarnwell Imaging, an affiliate of Zorvatek")).isEmpty();
    assertThat(match("Tarnwell Imaging, a partner of Zorvatek")).isEmpty();
    assertThat(OwnerPhrases.split("Special Unit of the Harbor Police")).isEmpty();
    assertThat(OwnerPhrases.split("Bank of Tarnwell")).isEmpty();
    assertThat(OwnerPhrases.split("Tarnwell Imaging, a subsidiary of Zorvatek"))
        .contains(
            new OwnerPhrases.Split("Tarnwell Imaging", "Zorvatek", OwnerPhrases.Relation.OWNER));
    assertThat(OwnerPhrases.split("Tarnwell Imaging d/b/a Pelmora"))
        .contains(
            new OwnerPhrases.Split(
                "Tarnwell Imaging", "Pelmora", OwnerPhrases.Relation.OTHER_NAME));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zorvatek Foods Co Ltd",
        "Zorvatek Winery",
        "Zorvatek Insurance Ltd",
        "Quellion Systems Furniture GmbH",
        "Pelmora Glass"
      })
  void aWordOfAnotherTradeNamesAnotherFirmThatSharesTheName(String name) {
    assertThat(match(name)).isEmpty();
    List<NameMatch> low = matcher.match(name, 0.3, 1);
    assertThat(low).isNotEmpty();
    assertThat(low.get(0).explanation().rules()).anyMatch(r -> r.contains("a trade none"));
  }

  @Test
  void aLegalFormOfAnotherCountryTellsApartNamesOfCommonWordsOnly() {
    assertThat(match("Mobile Network Services Ltd"))
        .extracting(NameMatch::organizationId)
        .containsExactly("Z3");
    assertThat(match("Mobile Network Services Sdn Bhd")).isEmpty();
    assertThat(
            matcher.match("Mobile Network Services Sdn Bhd", 0.3, 1).get(0).explanation().rules())
        .anyMatch(r -> r.startsWith("legal form of MY"));
    // a name of its own keeps its local arm, whatever the form's country
    assertThat(match("Zorvatek Sdn Bhd"))
        .extracting(NameMatch::organizationId)
        .containsExactly("Z1");
  }
}
