package org.sightline.app.testing;

import java.util.List;
import java.util.Map;
import org.sightline.core.layers.Layer;
import org.sightline.core.layers.LayerCitation;
import org.sightline.core.layers.LayerRow;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;

/**
 * Complete records for tests that need one in a given state; the tests vary only what they look at.
 */
public final class TestRecords {
  private TestRecords() {}

  /**
   * A Chinese supplier's video surveillance delivered to the police in 2020, with one source whose
   * evidence quote makes it publishable.
   */
  public static Transfer transfer(
      String id, String supplier, String recipient, String summary, PublicationState state) {
    return new Transfer(
        id,
        List.of(new OrganizationRef(null, supplier, List.of())),
        "CN",
        recipient,
        "Police",
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
        TransferStatus.DELIVERED,
        2020,
        null,
        null,
        null,
        summary,
        List.of(new Source("https://example.org/" + id, "Example", "2020", "cameras were sold")),
        state);
  }

  /**
   * A cited layer (kind {@code aigs}) of one country row, on line 2 of its table: the layer records
   * one technology there, supplied from the given supplier countries.
   */
  public static Layer oneRowLayer(
      String id,
      String country,
      String writtenAs,
      TechnologyCategory technology,
      List<String> supplierCountries) {
    return new Layer(
        id,
        "aigs",
        new LayerCitation("Test index", "A. Author", "Publisher", null, null, "CC BY 4.0", "2024"),
        List.of(technology),
        List.of(
            new LayerRow(
                country,
                writtenAs,
                2,
                List.of(technology),
                supplierCountries,
                List.of(),
                List.of(),
                false,
                Map.of())),
        List.of());
  }

  /** A vendor with only a name and a home country. */
  public static Organization vendor(
      String id, String name, String country, PublicationState state) {
    return new Organization(
        id, name, List.of(), country, OrganizationKind.VENDOR, null, null, null, state);
  }
}
