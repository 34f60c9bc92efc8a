package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.db.Database;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The read API of the contract, against a real database holding the bundled starter dataset (481
 * published transfers in 137 recipient countries). Facts asserted here come from {@code
 * data/transfers.csv}. Subclasses pick the database engine.
 */
@SpringBootTest(classes = SightlineWebApp.class)
@AutoConfigureMockMvc
abstract class ReadApiContract {
  @Autowired MockMvc mvc;
  @Autowired Database database;

  ResultActions getJson(String uri) throws Exception {
    return mvc.perform(get(uri));
  }

  @Test
  void listsEveryPublishedStarterTransfer() throws Exception {
    getJson("/api/v1/transfers?size=500")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(481))
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(500))
        .andExpect(jsonPath("$.items", hasSize(481)))
        .andExpect(jsonPath("$.items[0].id").value("T0001"));
  }

  @Test
  void pagesCountFromOneAndKeepTheTotal() throws Exception {
    getJson("/api/v1/transfers?page=2&size=10")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(481))
        .andExpect(jsonPath("$.items", hasSize(10)))
        .andExpect(jsonPath("$.items[0].id").value("T0011"));
  }

  @Test
  void transferHasTheContractShapeWithItsSources() throws Exception {
    getJson("/api/v1/transfers/T0004")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("T0004"))
        .andExpect(jsonPath("$.supplier_orgs[0].name").value("CEIEC"))
        .andExpect(jsonPath("$.supplier_country").value("CN"))
        .andExpect(jsonPath("$.recipient_country").value("EC"))
        .andExpect(jsonPath("$.end_user").value("ECU 911"))
        .andExpect(
            jsonPath(
                "$.technologies", is(List.of("video_surveillance", "command_centre", "drones"))))
        .andExpect(jsonPath("$.status").value("operational"))
        .andExpect(jsonPath("$.year_start").value(2011))
        .andExpect(jsonPath("$.value.amount").value(240000000))
        .andExpect(jsonPath("$.value.currency").value("USD"))
        .andExpect(jsonPath("$.financing.lender").value("China Development Bank"))
        .andExpect(
            jsonPath("$.sources[0].url").value("http://china.aiddata.org/projects/39281?iframe=y"))
        .andExpect(jsonPath("$.sources[0].publisher").value("AidData"))
        .andExpect(jsonPath("$.sources", hasSize(2)))
        .andExpect(jsonPath("$.updated_at").isNotEmpty());
  }

  @Test
  void ecuadorProfileHasItsTransfersWithSources() throws Exception {
    getJson("/api/v1/countries/EC")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("EC"))
        .andExpect(jsonPath("$.name").value("Ecuador"))
        .andExpect(
            jsonPath(
                "$.transfers[*].id",
                containsInAnyOrder("T0004", "T0005", "T0439", "T0518", "T0731")))
        .andExpect(jsonPath("$.transfers[*].sources[0].url", hasSize(5)))
        .andExpect(jsonPath("$.transfers[*].sources[0].url", everyItem(startsWith("http"))))
        .andExpect(jsonPath("$.timeline[0].year").value(2011))
        .andExpect(jsonPath("$.timeline[0].transfer_ids", containsInAnyOrder("T0004", "T0005")))
        .andExpect(
            jsonPath(
                "$.suppliers[*].name",
                containsInAnyOrder("CEIEC", "Huawei", "Hacking Team", "Hikvision")))
        .andExpect(jsonPath("$.financing[0].lender").value("China Development Bank"))
        .andExpect(jsonPath("$.financing[0].transfer_ids", hasItem("T0004")))
        .andExpect(jsonPath("$.technologies[0].key").value("video_surveillance"))
        .andExpect(jsonPath("$.technologies[0].transfers").value(4));
  }

  @Test
  void countriesListCountsTransfersPerRecipient() throws Exception {
    getJson("/api/v1/countries")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(137)))
        .andExpect(jsonPath("$[?(@.code=='EC')].transfers").value(5))
        .andExpect(jsonPath("$[?(@.code=='EC')].suppliers").value(4))
        .andExpect(jsonPath("$[?(@.code=='EC')].technologies[*]", hasItem("drones")));
  }

  @Test
  void filtersCombine() throws Exception {
    getJson("/api/v1/transfers?supplier_country=IL&technology=spyware&size=100")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(50))
        .andExpect(jsonPath("$.items[*].supplier_country", everyItem(is("IL"))));
    getJson("/api/v1/transfers?status=denied").andExpect(jsonPath("$.total").value(21));
    getJson("/api/v1/transfers?technology=facial_recognition")
        .andExpect(jsonPath("$.total").value(76));
    getJson("/api/v1/transfers?supplier=Huawei").andExpect(jsonPath("$.total").value(61));
    getJson("/api/v1/transfers?country=ec")
        .andExpect(
            jsonPath(
                "$.items[*].id", containsInAnyOrder("T0004", "T0005", "T0439", "T0518", "T0731")));
    getJson("/api/v1/transfers?country=EC&supplier=CEIEC&year_from=2011&year_to=2011")
        .andExpect(jsonPath("$.items[*].id", is(List.of("T0004"))));
  }

  @Test
  void fullTextSearchFindsATransferByASupplierAlias() throws Exception {
    // "Procera Networks" is Sandvine's former name: it appears only among the supplier aliases,
    // on five transfer rows and on Sandvine's organization, which finds all 14 of its transfers
    // (T0600's row names no Procera).
    getJson("/api/v1/transfers?q=Procera")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItems("T0087", "T0088", "T0089", "T0600")))
        .andExpect(jsonPath("$.total").value(14));
    getJson("/api/v1/transfers?q=Procera&country=EG")
        .andExpect(jsonPath("$.items[*].id", containsInAnyOrder("T0089", "T0604")));
  }

  @Test
  void organizationsAreSearchableByAliasAndShowTheirFootprint() throws Exception {
    getJson("/api/v1/organizations?q=procera")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].name").value("Sandvine"));
    String body =
        getJson("/api/v1/organizations?q=huawei technologies")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("\"Huawei\"");
    getJson("/api/v1/organizations/O0001")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Huawei"))
        .andExpect(jsonPath("$.aliases", hasItem("Huawei Technologies")))
        .andExpect(jsonPath("$.footprint.countries[*].key", hasItem("EC")))
        .andExpect(jsonPath("$.footprint.transfer_ids", hasItem("T0005")))
        .andExpect(jsonPath("$.transfers[*].id", hasItem("T0005")));
    getJson("/api/v1/organizations/O0003")
        .andExpect(jsonPath("$.parent.name").value("China Electronics Corporation (CEC)"));
  }

  @Test
  void statsCarryTheTransferIdsBehindEachFigure() throws Exception {
    getJson("/api/v1/stats")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.transfers").value(481))
        .andExpect(jsonPath("$.recipient_countries").value(137))
        .andExpect(
            jsonPath(
                "$.countries_per_supplier_country[?(@.key=='CN')].transfer_ids[*]",
                hasItem("T0004")))
        .andExpect(jsonPath("$.countries_per_technology[0].country_codes").isArray())
        .andExpect(jsonPath("$.countries_per_vendor[0].transfer_ids").isArray());
  }

  @Test
  void unknownIdsAre404WithAJsonBody() throws Exception {
    getJson("/api/v1/transfers/T9999")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"))
        .andExpect(jsonPath("$.message", containsString("T9999")));
    getJson("/api/v1/organizations/O9999").andExpect(status().isNotFound());
    getJson("/api/v1/countries/XX")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"));
  }

  @Test
  void badParametersAre400NamingTheParameter() throws Exception {
    expectBadParameter("/api/v1/transfers?technology=lasers", "technology");
    expectBadParameter("/api/v1/transfers?status=rumoured", "status");
    expectBadParameter("/api/v1/transfers?page=0", "page");
    expectBadParameter("/api/v1/transfers?size=501", "size");
    expectBadParameter("/api/v1/transfers?year_from=twenty", "year_from");
    expectBadParameter("/api/v1/transfers?year_to=2020x", "year_to");
    expectBadParameter("/api/v1/transfers?country=Ecuador", "country");
    expectBadParameter("/api/v1/transfers?supplier_country=ZZ", "supplier_country");
    // Any text is a search (issue 13): an unbalanced quote is searched for as a word.
    getJson("/api/v1/transfers?q=\"unbalanced").andExpect(status().isOk());
    expectBadParameter("/api/v1/countries/ECU", "code");
  }

  private void expectBadParameter(String uri, String parameter) throws Exception {
    getJson(uri)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("bad_parameter"))
        .andExpect(jsonPath("$.parameter").value(parameter))
        .andExpect(jsonPath("$.message", containsString(parameter)))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void draftsAreInvisibleAndFiguresFollowEveryRevision() throws Exception {
    RegisterWriter writer = new RegisterWriter(database);
    Transfer draft =
        new Transfer(
            "TDRAFT1",
            List.of(new OrganizationRef(null, "Example Vision Ltd")),
            "GB",
            "IS",
            "Reykjavik police",
            List.of(TechnologyCategory.FACIAL_RECOGNITION),
            TransferStatus.REPORTED,
            2024,
            null,
            null,
            null,
            "A test record about Reykjavikwatch that is still in draft.",
            List.of(new Source("https://example.org/draft", "Example", "2024-01-01", null)),
            PublicationState.DRAFT);
    writer.saveTransfers(List.of(draft), "test", "draft for the visibility test");

    getJson("/api/v1/transfers/TDRAFT1").andExpect(status().isNotFound());
    getJson("/api/v1/transfers?size=500").andExpect(jsonPath("$.total").value(481));
    getJson("/api/v1/transfers?country=IS").andExpect(jsonPath("$.total").value(0));
    getJson("/api/v1/countries").andExpect(jsonPath("$[*].code", not(hasItem("IS"))));
    getJson("/api/v1/countries/IS").andExpect(jsonPath("$.transfer_count").value(0));
    getJson("/api/v1/stats").andExpect(jsonPath("$.transfers").value(481));
    getJson("/api/v1/transfers?q=Reykjavikwatch").andExpect(jsonPath("$.total").value(0));

    // Publishing is a new revision: the cached figures must follow it at once.
    writer.setTransferState("TDRAFT1", PublicationState.PUBLISHED, "test", "publish");
    getJson("/api/v1/countries/IS").andExpect(jsonPath("$.transfer_count").value(1));
    getJson("/api/v1/stats").andExpect(jsonPath("$.transfers").value(482));
    // The search index follows the revision log, whoever wrote the revision.
    getJson("/api/v1/transfers?q=Reykjavikwatch")
        .andExpect(jsonPath("$.items[*].id", is(List.of("TDRAFT1"))));

    writer.retractTransfer("TDRAFT1", "test", "end of test");
    getJson("/api/v1/countries/IS").andExpect(jsonPath("$.transfer_count").value(0));
    getJson("/api/v1/transfers/TDRAFT1").andExpect(status().isNotFound());
    getJson("/api/v1/stats").andExpect(jsonPath("$.transfers").value(481));
    getJson("/api/v1/transfers?q=Reykjavikwatch").andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void openApiAndHealthAnswer() throws Exception {
    getJson("/v3/api-docs")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/transfers']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/countries/{code}']").exists())
        // The document promises the snake_case names the API really sends.
        .andExpect(jsonPath("$.components.schemas.Transfer.properties.supplier_orgs").exists())
        .andExpect(jsonPath("$.components.schemas.CountrySummary.properties.transfer_ids").exists())
        .andExpect(
            jsonPath("$.components.schemas.CountrySummary.properties.transferIds").doesNotExist());
    getJson("/actuator/health")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void unknownPathsAreJson404s() throws Exception {
    getJson("/api/v1/nothing-here")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"))
        .andExpect(jsonPath("$.message", startsWith("no such resource")));
    mvc.perform(get("/api/v1/transfers").accept(MediaType.APPLICATION_XML))
        .andExpect(status().isNotAcceptable());
    // Writing needs an account: anonymous writes are refused before any handler is looked up.
    mvc.perform(delete("/api/v1/transfers"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("unauthorized"));
  }
}
