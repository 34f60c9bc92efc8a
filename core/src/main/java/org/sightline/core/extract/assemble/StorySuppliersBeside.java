package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.List;

/**
 * "Hikvision won the tender. Its local partner, Volta Grid, will install the cameras in Ghana": a
 * sentence that names a firm of its own takes no supplier from the story, so the vendor named just
 * before, beside an integrator, a partner or an operator, gets no candidate for the recipient this
 * sentence states. This proposes the story's firms too, flagged {@link
 * org.sightline.core.extract.confidence.Features#STORY_SUPPLIER_BESIDE_FIRM}, for the model to
 * weigh (English, round 12). Only beside firms the register does not know: beside a known vendor
 * the extra candidates were mostly wrong and cost the five-fold CV 0.015 (ADR 0021).
 */
final class StorySuppliersBeside {
  private StorySuppliersBeside() {}

  /**
   * The story's firms, as suppliers from the story, that sentence {@code f} should be paired with
   * too: {@code f} is a firm statement (cue 2 or more) with a recipient whose own firms ({@code p})
   * are all unknown to the register; the story's firms were named in the sentence right before, in
   * the same paragraph, and are not among the sentence's own. Empty when there are none.
   */
  static List<Supplier> of(Story story, Facts f, Parties p) {
    if (p.orgs.isEmpty()
        || p.supplierDistance != 0
        || p.recipients.isEmpty()
        || story.orgs.isEmpty()
        || story.supplierParagraph != f.paragraph
        || story.supplierAt >= f.index
        || f.index - story.supplierAt > 1
        || f.cue < 2
        || p.orgs.stream().anyMatch(o -> !o.isNew())) {
      return List.of();
    }
    List<Supplier> out = new ArrayList<>(story.orgs.size());
    for (Supplier o : story.orgs) {
      if (p.orgs.stream().noneMatch(s -> s.name().equals(o.name()))) {
        out.add(o.fromStory());
      }
    }
    return out;
  }
}
