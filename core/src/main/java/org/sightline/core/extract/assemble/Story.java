package org.sightline.core.extract.assemble;

import java.util.List;

/** What the sentences read so far say about the story's supplier and recipient (pass 2). */
final class Story {
  List<Supplier> orgs = List.of();
  String supplierCountry;
  int supplierParagraph = -1;
  int supplierSentence = -10;
  int supplierAt = -10;
  List<String> recipients = List.of();
  int recipientSentence = -10;
  int recipientParagraph = -1;
  boolean recipientStated;
}
