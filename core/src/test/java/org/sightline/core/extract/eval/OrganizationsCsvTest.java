package org.sightline.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;

class OrganizationsCsvTest {

  @Test
  void readsTheBundledStarterOrganizationsWithQuotedAliases() {
    List<Organization> starter = OrganizationsCsv.starter();

    assertThat(starter).hasSize(545);
    Organization huawei =
        starter.stream().filter(o -> o.name().equals("Huawei")).findFirst().orElseThrow();
    // The alias holds a comma inside quotes; ';' separates aliases.
    assertThat(huawei.aliases())
        .containsExactly("Huawei Technologies Co., Ltd.", "Huawei Technologies");
    assertThat(huawei.country()).isEqualTo("CN");
    assertThat(huawei.kind()).isEqualTo(OrganizationKind.VENDOR);
    assertThat(huawei.sourceUrl()).startsWith("https://");
  }

  @Test
  void emptyFieldsAreUnknownNotBlankAndNamelessRowsAreSkipped() {
    String csv =
        "id,name,aliases,country,kind\r\n"
            + "O1,Trovicor,,,\r\n"
            + "O2,,ghost,DE,vendor\r\n"
            + "O3,\"Quote \"\"Q\"\" Ltd\",\" A ; B \",IL,lender\r\n";

    List<Organization> orgs = OrganizationsCsv.parse(csv);

    assertThat(orgs).extracting(Organization::name).containsExactly("Trovicor", "Quote \"Q\" Ltd");
    assertThat(orgs.get(0).country()).isNull();
    assertThat(orgs.get(0).aliases()).isEmpty();
    assertThat(orgs.get(0).kind()).isEqualTo(OrganizationKind.VENDOR);
    assertThat(orgs.get(1).aliases()).containsExactly("A", "B");
    assertThat(orgs.get(1).kind()).isEqualTo(OrganizationKind.LENDER);
    assertThat(orgs.get(1).parent()).isNull();
  }
}
