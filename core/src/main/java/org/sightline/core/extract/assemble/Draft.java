package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

/** A candidate under construction. */
final class Draft {
  final LinkedHashSet<String> orgs = new LinkedHashSet<>();
  boolean newOrg;
  String supplierCountry;
  String recipient;
  String endUser;
  final EnumSet<TechnologyCategory> tech = EnumSet.noneOf(TechnologyCategory.class);
  Integer year;
  Integer month;
  Money value;
  Financing financing;
  TransferStatus status;
  // A sentence of the draft states a delivery or a use without passing it on as a claim.
  boolean deliveryStated;
  final double[] x = new double[Features.COUNT];
  final List<int[]> spans = new ArrayList<>(2);
  int lastSentence;
  int paragraph;
  int lastParagraph;
  double score;
  // Stated with its own supplier in a sentence that marks it as another deal ("also built by
  // Huawei ... in 2016", "an earlier phase, completed in 2018"): see DraftMerger.
  boolean anotherDeal;

  /** A copy of this draft, its evidence and features not shared with it. */
  Draft copy() {
    Draft c = new Draft();
    c.orgs.addAll(orgs);
    c.newOrg = newOrg;
    c.supplierCountry = supplierCountry;
    c.recipient = recipient;
    c.endUser = endUser;
    c.tech.addAll(tech);
    c.year = year;
    c.month = month;
    c.value = value;
    c.financing = financing;
    c.status = status;
    System.arraycopy(x, 0, c.x, 0, x.length);
    for (int[] s : spans) {
      c.spans.add(s.clone());
    }
    c.lastSentence = lastSentence;
    c.paragraph = paragraph;
    c.lastParagraph = lastParagraph;
    c.score = score;
    c.anotherDeal = anotherDeal;
    return c;
  }

  /** How far a deal has gone, for choosing between statuses: a denial or an end ranks highest. */
  static int rank(TransferStatus s) {
    return switch (s) {
      case DENIED -> 9;
      case CANCELLED -> 8;
      case SUSPENDED -> 7;
      case OPERATIONAL -> 5;
      case DELIVERED -> 4;
      case AGREED -> 3;
      case PLANNED -> 2;
      case REPORTED -> 1;
    };
  }
}
