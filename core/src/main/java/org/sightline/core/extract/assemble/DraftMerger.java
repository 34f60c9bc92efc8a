package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.confidence.Features;
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
          Features.DOMESTIC,
          Features.NEW_ORGANIZATION,
          Features.CONTEXT_ONLY,
          Features.CROSS_PARAGRAPH,
          Features.NO_CUE
        }) {
      KEEP_WEAKER[k] = true;
    }
  }

  private final ConfidenceModel model;

  DraftMerger(ConfidenceModel model) {
    this.model = model;
  }

  List<Draft> merge(List<Draft> drafts) {
    for (Draft d : drafts) {
      d.score = model.predict(d.x);
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft target = null;
      for (Draft o : out) {
        if (!o.recipient.equals(d.recipient)) {
          continue;
        }
        if (d.anotherDeal && d.year != null && !d.year.equals(o.year)) {
          continue; // the same parties again, another year: a repeated deal, kept apart
        }
        boolean sameOrgs = !d.orgs.isEmpty() && sharesOrg(o.orgs, d.orgs);
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
        absorb(target, d);
      }
    }
    return out;
  }

  private static boolean sharesOrg(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (OrganizationNames.sameOrganization(x, y)) {
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
