package org.sightline.app.layers;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.store.layers.LayerStore;
import org.sightline.store.registry.Register;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The layers API over the small table of our own and the starter register. Every figure is worked
 * out by hand from the table and the starter transfers of Mongolia (T0006, T0419 video; T0538
 * spyware), Uzbekistan (T0041, T0400, T0401 safe city and video; T0061, T0540 spyware; ...) and
 * Zambia (T0010 interception and social media; T0025 video; T0028 video, safe city, command centre;
 * T0633 interception; T0703 biometric ID); Bhutan has none.
 */
class LayersApiTest extends PagesTestContext {
  @Autowired LayerStore store;
  @Autowired Register register;

  @BeforeEach
  void loadTheSmallTables() {
    SmallLayers.load(store, register);
  }

  @Test
  void theLayerIsListedWithItsCitationAndItsStatsAreTheCountsByHand() throws Exception {
    mvc.perform(get("/api/v1/layers"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value("aigs-2022"))
        .andExpect(jsonPath("$[0].citation.doi").value("10.17632/gjhf5y4xjp.4"))
        .andExpect(jsonPath("$[0].citation.licence").value("CC BY 4.0"))
        .andExpect(jsonPath("$[0].countries").value(4));
    // safe city: UZ BT; face: MN UZ; policing: MN; social media: none. China: MN UZ; US: ZM.
    mvc.perform(get("/api/v1/layers/aigs-2022/stats"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.countries").value(4))
        .andExpect(jsonPath("$.categories.safe_city_platform").value(2))
        .andExpect(jsonPath("$.categories.facial_recognition").value(2))
        .andExpect(jsonPath("$.categories.smart_policing").value(1))
        .andExpect(jsonPath("$.categories.social_media_monitoring").value(0))
        .andExpect(jsonPath("$.supplier_countries.CN").value(2))
        .andExpect(jsonPath("$.supplier_countries.US").value(1))
        .andExpect(jsonPath("$.citation.title").value(containsString("Global Surveillance Index")));
    mvc.perform(get("/api/v1/layers/aigs-2022"))
        .andExpect(jsonPath("$.rows[*].country").value(contains("BT", "MN", "UZ", "ZM")))
        .andExpect(
            jsonPath("$.rows[2].technologies")
                .value(contains("safe_city_platform", "facial_recognition")))
        .andExpect(jsonPath("$.rows[2].companies[0].name").value("Huawei"))
        .andExpect(jsonPath("$.rows[2].companies[0].organization_id").isNotEmpty())
        .andExpect(jsonPath("$.rows[2].attributes.regime_type").value("Closed autocracy"));
    mvc.perform(get("/api/v1/layers/nope")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/layers/nope/stats")).andExpect(status().isNotFound());
    // as_of is checked as for every figure; a layer has no history, so the day changes nothing.
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    mvc.perform(get("/api/v1/layers/aigs-2022/stats").param("as_of", today))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.countries").value(4))
        .andExpect(jsonPath("$.categories.safe_city_platform").value(2));
    mvc.perform(get("/api/v1/layers/aigs-2022/stats").param("as_of", "2024-13-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("as_of")));
  }

  @Test
  void coverageNamesEachDisagreementWithTheTransfersBehindTheRegistersSide() throws Exception {
    String gap = "$.items[?(@.country == '%s' && @.technology == '%s')]";
    mvc.perform(get("/api/v1/layers/aigs-2022/coverage"))
        .andExpect(status().isOk())
        // In the index only: MN face and policing, UZ face, BT safe city.
        .andExpect(
            jsonPath(gap.formatted("MN", "facial_recognition") + ".recorded_by")
                .value(contains("layer")))
        .andExpect(
            jsonPath(gap.formatted("MN", "smart_policing") + ".layer_line").value(contains(2)))
        .andExpect(
            jsonPath(gap.formatted("UZ", "facial_recognition") + ".recorded_by")
                .value(contains("layer")))
        .andExpect(
            jsonPath(gap.formatted("BT", "safe_city_platform") + ".recorded_by")
                .value(contains("layer")))
        // UZ safe city is on both sides: no gap.
        .andExpect(jsonPath(gap.formatted("UZ", "safe_city_platform")).value(hasSize(0)))
        // In the register only: Zambia (in the index, all flags 0).
        .andExpect(
            jsonPath(gap.formatted("ZM", "safe_city_platform") + ".transfer_ids[*]")
                .value(contains("T0028")))
        .andExpect(
            jsonPath(gap.formatted("ZM", "social_media_monitoring") + ".transfer_ids[*]")
                .value(contains("T0010")))
        .andExpect(
            jsonPath(gap.formatted("ZM", "social_media_monitoring") + ".country_in_layer")
                .value(contains(true)))
        // A register country the index has no row for.
        .andExpect(
            jsonPath(gap.formatted("UG", "facial_recognition") + ".country_in_layer")
                .value(contains(false)));
  }

  @Test
  void theCrossTabCountsCountriesPerCategoryWithShareAndRecords() throws Exception {
    mvc.perform(get("/api/v1/indicators"))
        .andExpect(jsonPath("$[*].name").value(hasItem("test_regime")))
        .andExpect(jsonPath("$[*].name").value(hasItem("aigs-2022:regime_type")));
    String cell = "$.categories[?(@.value == '%s')].cells[?(@.technology == '%s')]";
    // Latest year: MN, ZM, BT electoral democracy (N 3); UZ closed autocracy (N 1, 2021 over 2019).
    mvc.perform(get("/api/v1/crosstab").param("indicator", "test_regime"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.categories[*].value")
                .value(contains("closed autocracy", "electoral democracy")))
        .andExpect(jsonPath("$.categories[1].n").value(3))
        .andExpect(jsonPath("$.categories[1].countries").value(contains("BT", "MN", "ZM")))
        .andExpect(
            jsonPath(cell.formatted("electoral democracy", "video_surveillance") + ".count")
                .value(contains(2)))
        .andExpect(
            jsonPath(cell.formatted("electoral democracy", "video_surveillance") + ".share")
                .value(contains(0.667)))
        .andExpect(
            jsonPath(cell.formatted("electoral democracy", "video_surveillance") + ".countries[*]")
                .value(contains("MN", "ZM")))
        .andExpect(
            jsonPath(
                    cell.formatted("electoral democracy", "video_surveillance")
                        + ".transfer_ids[*]")
                .value(contains("T0006", "T0025", "T0028", "T0419")))
        .andExpect(
            jsonPath(cell.formatted("electoral democracy", "spyware") + ".transfer_ids[*]")
                .value(contains("T0538")))
        .andExpect(
            jsonPath(cell.formatted("electoral democracy", "drones") + ".count").value(contains(0)))
        .andExpect(
            jsonPath(cell.formatted("closed autocracy", "safe_city_platform") + ".share")
                .value(contains(1.0)))
        .andExpect(
            jsonPath(cell.formatted("closed autocracy", "safe_city_platform") + ".transfer_ids[*]")
                .value(contains("T0041", "T0400", "T0401")))
        .andExpect(jsonPath("$.unclassified").value(hasItem("KE")));
    // In 2019 only Uzbekistan has a value.
    mvc.perform(get("/api/v1/crosstab").param("indicator", "test_regime").param("year", "2019"))
        .andExpect(jsonPath("$.categories[*].value").value(contains("electoral autocracy")))
        .andExpect(jsonPath("$.categories[0].countries").value(contains("UZ")));
    // A layer's column is an indicator like any other.
    mvc.perform(get("/api/v1/crosstab").param("indicator", "aigs-2022:regime_type"))
        .andExpect(
            jsonPath("$.categories[*].value")
                .value(contains("Closed autocracy", "Electoral autocracy", "Electoral democracy")));
    mvc.perform(get("/api/v1/crosstab"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter").value("indicator"));
    mvc.perform(get("/api/v1/crosstab").param("indicator", "nope"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/crosstab").param("indicator", "test_regime").param("year", "19"))
        .andExpect(status().isBadRequest());
  }
}
