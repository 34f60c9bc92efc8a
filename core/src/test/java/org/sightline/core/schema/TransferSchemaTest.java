package org.sightline.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;

/** The schema is the contract: its columns and keys are those of the published formats. */
class TransferSchemaTest {
  private static final FieldContext CONTEXT = new FieldContext(Countries.bundled(), 2056);

  private static List<String> header(String file) throws IOException {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                TransferSchemaTest.class.getResourceAsStream("/org/sightline/core/starter/" + file),
                StandardCharsets.UTF_8))) {
      return Arrays.asList(r.readLine().split(","));
    }
  }

  @Test
  void theColumnsAreThoseOfTheStarterFiles() throws IOException {
    assertThat(TransferSchema.SCHEMA.columns()).isEqualTo(header("transfers.csv"));
    assertThat(OrganizationSchema.SCHEMA.columns()).isEqualTo(header("organizations.csv"));
  }

  @Test
  void eachColumnKnowsTheTypeOfItsValuesIncludingThePartsOfCompositeFields() {
    var types = TransferSchema.SCHEMA.columnTypes();
    assertThat(List.copyOf(types.keySet())).isEqualTo(TransferSchema.SCHEMA.columns());
    assertThat(types.get("recipient_country")).isSameAs(FieldTypes.COUNTRY);
    assertThat(types.get("year_start")).isSameAs(FieldTypes.YEAR);
    assertThat(types.get("value_amount")).isSameAs(FieldTypes.AMOUNT);
    assertThat(types.get("financing_currency")).isSameAs(FieldTypes.CURRENCY);
    assertThat(types.get("source_date").name()).isEqualTo("date");
    assertThat(types.get("second_source_url")).isSameAs(FieldTypes.URL);
    assertThat(types.get("supplier_aliases")).isSameAs(FieldTypes.TEXTS);
    assertThat(OrganizationSchema.SCHEMA.columnTypes().get("kind"))
        .isSameAs(FieldTypes.ORGANIZATION_KIND);
  }

  @Test
  void theJsonKeysAreTheContractsInItsOrder() {
    Transfer empty =
        new Transfer(
            "T1", null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertThat(TransferSchema.SCHEMA.toPlain(empty).keySet())
        .containsExactly(
            "id",
            "supplier_orgs",
            "supplier_country",
            "recipient_country",
            "end_user",
            "technologies",
            "status",
            "year_start",
            "year_end",
            "value",
            "financing",
            "summary",
            "sources");
    Organization org = new Organization("O1", "A", null, null, null, null, null, null, null);
    assertThat(OrganizationSchema.SCHEMA.toPlain(org).keySet())
        .containsExactly(
            "id", "name", "aliases", "country", "kind", "parent", "note", "source_url");
  }

  @Test
  void everyFieldAndPartHasALabelForPagesAndForms() {
    assertThat(TransferSchema.SCHEMA.labelled())
        .containsKeys(
            "supplier", "value_amount", "financing_currency", "source_url", "source_date");
    assertThat(TransferSchema.SCHEMA.labelled().get("recipient_country").formLabel())
        .isEqualTo("Recipient country (required)");
    assertThat(TransferSchema.SCHEMA.labelled().get("technologies").formLabel())
        .isEqualTo("Technologies (at least one)");
    assertThat(TransferSchema.SCHEMA.labelled().get("source_date").formLabel())
        .isEqualTo("Date (YYYY, YYYY-MM or YYYY-MM-DD)");
    assertThat(TransferSchema.SCHEMA.labelled().values())
        .allSatisfy(f -> assertThat(f.label()).isNotBlank());
  }

  @Test
  void aRowReadsTheSameValuesItWasWrittenFrom() {
    List<String> columns = TransferSchema.SCHEMA.columns();
    List<String> cells =
        List.of(
            "T7",
            "ZTE;Huawei",
            "ZTE Corp",
            "CN",
            "ET",
            "",
            "spyware;drones",
            "agreed",
            "2018",
            "",
            "240000000",
            "USD",
            "China Exim",
            "",
            "",
            "A summary",
            "https://example.org/1",
            "Example",
            "2018-04",
            "https://example.org/2");
    List<Violation> errors = new ArrayList<>();

    Transfer t = TransferSchema.SCHEMA.fromCells(c -> cells.get(columns.indexOf(c)), errors);

    assertThat(errors).isEmpty();
    assertThat(t.state()).isEqualTo(PublicationState.PUBLISHED);
    assertThat(t.supplierOrgs().get(0).aliases()).containsExactly("ZTE Corp");
    assertThat(t.sources()).hasSize(2);
    assertThat(TransferSchema.SCHEMA.cells(t)).isEqualTo(cells);
    assertThat(TransferSchema.SCHEMA.check(t, CONTEXT)).isEmpty();
  }

  @Test
  void formatProblemsAreNamedByColumn() {
    List<String> columns = TransferSchema.SCHEMA.columns();
    List<Violation> errors = new ArrayList<>();

    TransferSchema.SCHEMA.fromCells(
        c ->
            switch (c) {
              case "supplier_aliases" -> "Alias";
              case "technologies" -> "spyware;mind_control";
              case "year_start" -> "twenty";
              case "value_currency" -> "USD";
              case "financing_amount" -> "1.234";
              default -> "";
            },
        errors);

    assertThat(columns).contains("supplier_aliases");
    assertThat(errors)
        .extracting(Violation::toString)
        .containsExactly(
            "supplier_aliases: aliases are given without a supplier",
            "technologies: unknown technology \"mind_control\"",
            "year_start: is not a year (got \"twenty\")",
            "value_amount: a currency is given without an amount",
            "financing_amount: has more than 2 decimal places (got 1.234)");
  }

  @Test
  void typedCountriesAndCurrenciesAreForgiven() {
    List<String> inputs = TransferSchema.SCHEMA.inputs();
    List<Violation> errors = new ArrayList<>();

    Transfer t =
        TransferSchema.SCHEMA.fromTyped(
            name ->
                switch (name) {
                  case "recipient_country" -> List.of(" Ecuador ");
                  case "supplier_country" -> List.of("cn");
                  case "value_amount" -> List.of(" 1000 ");
                  case "value_currency" -> List.of("usd");
                  case "suppliers" -> List.of("CEIEC\r\n\r\n Huawei ");
                  default -> List.of();
                },
            CONTEXT,
            errors);

    assertThat(inputs).contains("suppliers", "source_evidence");
    assertThat(errors).isEmpty();
    assertThat(t.recipientCountry()).isEqualTo("EC");
    assertThat(t.supplierCountry()).isEqualTo("CN");
    assertThat(t.value().currency()).isEqualTo("USD");
    assertThat(t.supplierOrgs()).extracting(r -> r.name()).containsExactly("CEIEC", "Huawei");
  }
}
