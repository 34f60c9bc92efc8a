package org.sightline.app.review;

import org.sightline.app.web.PageController;
import org.sightline.app.web.Roles;
import org.sightline.store.accounts.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the pages whether the reader is a signed-in contributor, who gets "Propose a change" links
 * on the transfer and organization pages. Anonymous readers never see them, and the pages of
 * signed-in readers are never cached or revalidated (see PublicPageCache), so the two variants
 * never mix.
 */
@ControllerAdvice(annotations = PageController.class)
class EditLinks {
  @ModelAttribute("editor")
  boolean editor() {
    return Roles.currentHas(Role.CONTRIBUTOR);
  }
}
