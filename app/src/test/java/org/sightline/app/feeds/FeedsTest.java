package org.sightline.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.Visibility;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Atom feeds parse as Atom, list the right records newest first, and follow changes. */
class FeedsTest extends PagesTestContext {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /** A feed read with the JDK's namespace-aware XML parser, checked against RFC 4287's musts. */
  record Feed(Element root, List<Element> entries) {
    List<String> transferIds() {
      return entries.stream().map(e -> text(e, "id").replaceFirst(".*/transfers/", "")).toList();
    }
  }

  Feed feed(String path) throws Exception {
    MvcResult r = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
    assertThat(r.getResponse().getContentType()).startsWith("application/atom+xml");
    assertThat(r.getResponse().getHeader("Sightline-Register-Version")).matches("[0-9a-f]{64}");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()));
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(root.getLocalName()).isEqualTo("feed");
    for (String required : List.of("id", "title", "updated", "author")) {
      assertThat(root.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
    }
    assertThat(self(root)).endsWith(path);
    List<Element> entries = new ArrayList<>();
    NodeList list = root.getElementsByTagNameNS(ATOM, "entry");
    Instant previous = Instant.MAX;
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      Instant updated = Instant.parse(text(e, "updated"));
      assertThat(updated).as("newest change first").isBeforeOrEqualTo(previous);
      previous = updated;
      assertThat(text(e, "id")).startsWith("http://");
      assertThat(text(e, "title")).isNotBlank();
      entries.add(e);
    }
    assertThat(entries).hasSizeLessThanOrEqualTo(50);
    return new Feed(root, entries);
  }

  static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  static String self(Element root) {
    NodeList links = root.getElementsByTagNameNS(ATOM, "link");
    for (int i = 0; i < links.getLength(); i++) {
      Element l = (Element) links.item(i);
      if (l.getParentNode() == root && l.getAttribute("rel").equals("self")) {
        return l.getAttribute("href");
      }
    }
    throw new AssertionError("no self link");
  }

  Transfer icelandic(String id, TransferStatus status) {
    return new Transfer(
        id,
        List.of(new OrganizationRef("O0001", "Huawei", List.of())),
        "CN",
        "IS",
        "Feed Test Police",
        List.of(TechnologyCategory.DRONES),
        status,
        2024,
        null,
        null,
        null,
        "Drones <for> the feed test & more.",
        List.of(new Source("https://example.org/" + id, "Example", "2024", "drones")),
        PublicationState.PUBLISHED);
  }

  @Test
  void feedsListTheirRecordsNewestFirstAndAChangedRecordComesBackToTheTop() throws Exception {
    RegisterWriter writer = new RegisterWriter(database);
    writer.saveTransfers(
        List.of(
            icelandic("T9301", TransferStatus.PLANNED), icelandic("T9302", TransferStatus.PLANNED)),
        "feed-test",
        "new records");
    Feed iceland = feed("/feeds/countries/IS.atom");
    assertThat(iceland.transferIds()).containsExactlyInAnyOrder("T9301", "T9302");
    assertThat(text(iceland.entries().get(0), "summary"))
        .isEqualTo("Drones <for> the feed test & more.");

    Thread.sleep(5);
    writer.saveTransfers(
        List.of(icelandic("T9301", TransferStatus.DELIVERED)), "feed-test", "status changed");
    assertThat(feed("/feeds/countries/IS.atom").transferIds()).containsExactly("T9301", "T9302");
    assertThat(feed("/feeds/transfers.atom").transferIds().get(0)).isEqualTo("T9301");
    assertThat(text(feed("/feeds/transfers.atom").entries().get(0), "title"))
        .isEqualTo("Huawei → IS: drones (delivered)");

    Feed search = feed("/feeds/search.atom?country=IS&status=planned");
    assertThat(search.transferIds()).containsExactly("T9302");
  }

  @Test
  void anOrganizationsFeedHoldsTheTransfersItSuppliedOrFinanced() throws Exception {
    JdbcRegister register = new JdbcRegister(database);
    Feed huawei = feed("/feeds/organizations/O0001.atom");
    assertThat(huawei.entries()).isNotEmpty();
    for (String id : huawei.transferIds()) {
      Transfer t = register.findTransfer(id, Visibility.PUBLIC).orElseThrow().transfer();
      assertThat(t.supplierOrgs()).as(id).isNotEmpty();
    }
    String lender =
        register
            .findOrganizationByName("Export-Import Bank of China", Visibility.PUBLIC)
            .orElseThrow()
            .organization()
            .id();
    Feed exim = feed("/feeds/organizations/" + lender + ".atom");
    assertThat(exim.entries()).isNotEmpty();
    for (String id : exim.transferIds()) {
      Transfer t = register.findTransfer(id, Visibility.PUBLIC).orElseThrow().transfer();
      assertThat(t.financing()).as(id).isNotNull();
    }
  }

  @Test
  void unknownFeedsAre404AndBadSearchParametersA400NamingThem() throws Exception {
    mvc.perform(get("/feeds/countries/ZZ.atom")).andExpect(status().isNotFound());
    mvc.perform(get("/feeds/organizations/NOPE.atom")).andExpect(status().isNotFound());
    MvcResult bad =
        mvc.perform(get("/feeds/search.atom?technology=lasers"))
            .andExpect(status().isBadRequest())
            .andReturn();
    assertThat(bad.getResponse().getContentAsString()).contains("technology");
  }

  @Test
  void pagesLinkTheDownloadsAndTheDownloadsAreTheExports() throws Exception {
    String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
    assertThat(home)
        .contains("href=\"/downloads/sightline-countries.geojson\"")
        .contains("href=\"/feeds/transfers.atom\"");
    MvcResult geo =
        mvc.perform(get("/downloads/sightline-countries.geojson"))
            .andExpect(status().isOk())
            .andReturn();
    JsonNode collection =
        JsonMapper.builder().build().readTree(geo.getResponse().getContentAsByteArray());
    assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
    assertThat(collection.path("register_version").asString())
        .isEqualTo(geo.getResponse().getHeader("Sightline-Register-Version"));
    byte[] zip =
        mvc.perform(get("/downloads/sightline-datapackage.zip"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(zip, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
    mvc.perform(get("/downloads/everything.exe")).andExpect(status().isNotFound());
  }
}
