package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.registry.OrganizationNames;

/**
 * Merges the drafts of a document that tell the same transfer: same recipient, and the same
 * supplier organization or (where one side names none) the same supplier country. The merged draft
 * keeps the stronger evidence of each kind.
 */
final class DraftMerger {
  /** Features where the merged draft keeps the weaker value: signs of doubt or distance. */
  private static final boolean[] KEEP_WEAKER = new boolean[Features.COUNT];

  static {
    for (int k :
        new int[] {
          Features.SUPPLIER_FROM_DOCUMENT,
          Features.SUPPLIER_FROM_PARAGRAPH,
          Features.WEAK_HEDGE,
          Features.NEGATION,
          Features.RECIPIENT_PROMOTED,
          Features.RECIPIENT_FROM_CONTEXT,
          Features.STORY_SUPPLIER_BESIDE_FIRM,
          Features.DOMESTIC,
          Features.NEW_ORGANIZATION,
          Features.CONTEXT_ONLY,
          Features.CROSS_PARAGRAPH,
          Features.NO_CUE,
          Features.ORGANIZATION_BY_SLOT_ONLY,
          Features.OTHER_ORGANIZATIONS,
          Features.RECIPIENT_FROM_DOCUMENT,
          Features.LIST_SIZE,
          Features.PROSPECT_CONTEXT,
          Features.DETECTION_CONTEXT,
          Features.RANKING_CONTEXT,
          Features.TRANSIT_CONTEXT,
          Features.ADDRESSEE_CONTEXT,
          Features.HYPOTHETICAL,
          Features.COUNTRY_ONLY_SUPPLIER,
          Features.RECIPIENT_IS_PLACE,
          Features.PAIR_DISTANCE,
          Features.RECIPIENT_OUTRANKED,
          Features.RECIPIENT_BESIDE_OTHERS,
          Features.SANCTION_CONTEXT,
          Features.DOMESTIC_BY_DOCUMENT
        }) {
      KEEP_WEAKER[k] = true;
    }
  }

  private final ConfidenceModel model = ConfidenceModel.prior();

  List<Draft> merge(List<Draft> drafts) {
    for (Draft d : drafts) {
      d.score = model.predict(d.x);
    }
    List<Draft> out = new ArrayList<>();
    List<Draft> retold = new ArrayList<>(2);
    // Each organization's comparison key once per document, not once per pair of drafts.
    Map<String, String> keys = new HashMap<>();
    // Each end user's folded writing once per document, for OwnDeal.
    Map<String, String> folds = new HashMap<>();
    for (Draft d : drafts) {
      Draft target = null;
      for (Draft o : out) {
        if (!o.recipient.equals(d.recipient)) {
          continue;
        }
        if (anotherDeal(o, d) || o.x[Features.LOOSE_NAME] != d.x[Features.LOOSE_NAME]) {
          continue; // a loose name's draft stays apart from the rules' drafts
        }
        boolean sameOrgs = !d.orgs.isEmpty() && sharesOrg(o.orgs, d.orgs, keys);
        boolean countryOnly =
            (d.orgs.isEmpty() || o.orgs.isEmpty())
                && (d.supplierCountry == null
                    || o.supplierCountry == null
                    || d.supplierCountry.equals(o.supplierCountry));
        if (sameOrgs || countryOnly) {
          if (target == null || o.score > target.score) {
            target = o;
          }
        }
      }
      if (target == null) {
        out.add(d);
      } else {
        if (ownAmountOrYear(target, d)) {
          Draft copy = d.copy();
          copy.x[Features.OWN_AMOUNT_OR_YEAR] = 1;
          retold.add(copy);
        } else if (OwnDeal.ownEndUserOrPhase(target, d, folds)) {
          Draft copy = d.copy();
          copy.x[Features.OWN_END_USER_OR_PHASE] = 1;
          retold.add(copy);
        }
        absorb(target, d);
      }
    }
    out.addAll(retold);
    // The same parties told again later, kept apart as another deal: the later one is the less
    // certain (drafts are in text order).
    for (int i = 0; i < out.size(); i++) {
      for (int j = 0; j < i; j++) {
        Draft a = out.get(i);
        Draft b = out.get(j);
        if (a.recipient.equals(b.recipient) && a.orgs.equals(b.orgs)) {
          a.x[Features.SAME_PARTIES_AGAIN] = 1;
        }
      }
    }
    return out;
  }

  /**
   * The same parties in another deal, kept apart: a sentence that marks another deal ("also", "a
   * second", "separately") in another year, or, paragraphs apart, another year, other technologies
   * or a denial beside a deal that went ahead.
   */
  private static boolean anotherDeal(Draft o, Draft d) {
    boolean otherYear = d.year != null && o.year != null && !d.year.equals(o.year);
    if (d.anotherDeal && (otherYear || d.year != null && o.year == null)) {
      return true;
    }
    if (Math.abs(d.paragraph - o.paragraph) < 2 && !d.anotherDeal) {
      return false;
    }
    boolean otherTech =
        !d.tech.isEmpty() && !o.tech.isEmpty() && java.util.Collections.disjoint(d.tech, o.tech);
    boolean denial =
        d.status != null
            && o.status != null
            && (d.status == TransferStatus.DENIED) != (o.status == TransferStatus.DENIED);
    return otherYear || otherTech || denial;
  }

  /**
   * "In 2022 the police paid Flock another $181,000": a dated statement merged into a draft of the
   * same parties that gives an amount or a year other than the draft's. It may be another of their
   * deals; it is proposed again on its own as well, and the model weighs it. Without a year of its
   * own it could not be dated apart from the draft, and stays in it only.
   */
  private static boolean ownAmountOrYear(Draft into, Draft d) {
    boolean otherValue = d.value != null && into.value != null && !d.value.equals(into.value);
    boolean otherYear = d.year != null && into.year != null && !d.year.equals(into.year);
    return d.year != null && (otherValue || otherYear);
  }

  /**
   * As {@link OrganizationNames#sameOrganization} for any pair, with the keys kept in {@code keys}.
   */
  private static boolean sharesOrg(Set<String> a, Set<String> b, Map<String, String> keys) {
    for (String x : a) {
      String kx = keys.computeIfAbsent(x, OrganizationNames::key);
      if (kx.isEmpty()) {
        continue;
      }
      for (String y : b) {
        if (kx.equals(keys.computeIfAbsent(y, OrganizationNames::key))) {
          return true;
        }
      }
    }
    return false;
  }

  private void absorb(Draft into, Draft d) {
    if (into.orgs.isEmpty() && !d.orgs.isEmpty()) {
      into.orgs.addAll(d.orgs);
      into.newOrg = d.newOrg;
    }
    if (into.supplierCountry == null) {
      into.supplierCountry = d.supplierCountry;
    }
    into.tech.addAll(d.tech);
    // The same supplier and recipient mentioned again far away (a background paragraph, "has
    // since...") is often another deal: its date, amount and status stay out of this one.
    boolean near = Math.abs(d.paragraph - into.paragraph) <= 1;
    if (near
        && d.status != null
        && (into.status == null
            || Draft.rank(d.status) >= 7 && Draft.rank(d.status) > Draft.rank(into.status))) {
      into.status = d.status;
    }
    if (near && into.year == null) {
      into.year = d.year;
      into.month = d.month;
    }
    if (near && into.value == null) {
      into.value = d.value;
    }
    if (near && into.financing == null) {
      into.financing = d.financing;
    }
    if (into.endUser == null) {
      into.endUser = d.endUser;
    }
    mergeFeatures(into, d);
    mergeSpans(into, d);
    into.x[Features.SUPPORTING_SENTENCES] = Math.min(into.spans.size(), 3) / 3.0;
    into.score = model.predict(into.x);
  }

  private static void mergeFeatures(Draft into, Draft d) {
    for (int k = 1; k < Features.COUNT; k++) {
      if (KEEP_WEAKER[k]) {
        into.x[k] = Math.min(into.x[k], d.x[k]);
      } else {
        into.x[k] = Math.max(into.x[k], d.x[k]);
      }
    }
    if (into.x[Features.SUPPLIER_SAME_SENTENCE] == 1) {
      into.x[Features.SUPPLIER_FROM_DOCUMENT] = 0;
      into.x[Features.SUPPLIER_FROM_PARAGRAPH] = 0;
    }
    into.x[Features.NAMED_ORGANIZATION] = into.orgs.isEmpty() ? 0 : 1;
    into.x[Features.TECHNOLOGY] = into.tech.isEmpty() ? 0 : 1;
    // a delivery one of them states plainly is not hearsay for both
    into.deliveryStated |= d.deliveryStated;
    if (into.deliveryStated) {
      into.x[Features.HEARSAY] = 0;
    }
  }

  private static void mergeSpans(Draft into, Draft d) {
    for (int[] span : d.spans) {
      boolean seen = false;
      for (int[] s : into.spans) {
        if (s[0] == span[0]) {
          seen = true;
        }
      }
      if (!seen) {
        into.spans.add(span);
      }
    }
    into.spans.sort((p, q) -> Integer.compare(p[0], q[0]));
  }
}
