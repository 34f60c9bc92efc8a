package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.List;

/** Who one sentence names on each side, worked out step by step. */
final class Parties {
  final List<CountryGroup> recGroups = new ArrayList<>(2);
  final List<CountryGroup> supGroups = new ArrayList<>(2);
  final List<CountryGroup> neutral = new ArrayList<>(2);
  boolean hasOrgs;
  boolean inSentenceSupplier;
  final List<Supplier> orgs = new ArrayList<>(2);
  String supplierCountry;
  // 0: named in this sentence; 1: from the story so far; 2: the document's main supplier.
  int supplierDistance;
  boolean crossParagraph;
  // the document's country taken as recipient although the sentence names it as its firm's home
  boolean homeAsRecipient;
  boolean promoted;
  boolean relevant;
  boolean relevantByContext;
  final List<String> recipients = new ArrayList<>(2);
  final List<CountryGroup> recipientGroups = new ArrayList<>(2);
  boolean recipientFromContext;
  boolean recipientFromDocument;
  boolean documentOrganization;

  boolean hasSupplier() {
    return !orgs.isEmpty() || supplierCountry != null;
  }
}
