package org.sightline.app.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.StoredTransfer;

/**
 * An Atom 1.0 document (RFC 4287) of transfers, newest change first, written with the JDK's StAX
 * writer so every text is escaped. An entry's {@code updated} is the record's last published
 * change, so a changed record returns to the top of its feeds; its id is the record's page.
 */
final class AtomFeed {
  static final String NAMESPACE = "http://www.w3.org/2005/Atom";
  static final int ENTRIES = 50;
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  /** What the feed is about: its title, its own address and the page it mirrors. */
  record About(String title, String self, String page) {}

  private AtomFeed() {}

  static String write(About about, String base, List<StoredTransfer> newestFirst, Instant asOf) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NAMESPACE);
      text(x, "id", about.self());
      text(x, "title", about.title());
      Instant updated =
          newestFirst.isEmpty()
              ? (asOf == null ? Instant.EPOCH : asOf)
              : newestFirst.get(0).updatedAt();
      text(x, "updated", updated.toString());
      link(x, "self", "application/atom+xml", about.self());
      link(x, "alternate", "text/html", about.page());
      x.writeStartElement("author");
      text(x, "name", "Sightline");
      x.writeEndElement();
      text(x, "generator", "Sightline");
      for (StoredTransfer st : newestFirst.subList(0, Math.min(ENTRIES, newestFirst.size()))) {
        Transfer t = st.transfer();
        String page = base + "/transfers/" + t.id();
        x.writeStartElement("entry");
        text(x, "id", page);
        text(x, "title", title(t));
        text(x, "updated", st.updatedAt().toString());
        link(x, "alternate", "text/html", page);
        if (t.summary() != null) {
          text(x, "summary", t.summary());
        }
        for (TechnologyCategory c : t.technologies()) {
          x.writeEmptyElement("category");
          x.writeAttribute("term", c.key());
        }
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed", e);
    }
    return out.toString();
  }

  /** "Huawei → EC: facial_recognition (operational)", readable in a feed reader's list. */
  static String title(Transfer t) {
    String suppliers =
        t.supplierOrgs().isEmpty()
            ? "Unknown supplier"
            : t.supplierOrgs().stream()
                .map(OrganizationRef::name)
                .collect(Collectors.joining(", "));
    String what =
        t.technologies().stream().map(TechnologyCategory::key).collect(Collectors.joining(", "));
    return suppliers
        + " → "
        + t.recipientCountry()
        + (what.isEmpty() ? "" : ": " + what)
        + (t.status() == null ? "" : " (" + t.status().key() + ")");
  }

  private static void text(XMLStreamWriter x, String element, String value)
      throws XMLStreamException {
    x.writeStartElement(element);
    // Characters XML 1.0 cannot carry (control characters) would make the feed unreadable.
    x.writeCharacters(NOT_XML.matcher(value).replaceAll(""));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String type, String href)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }
}
