package org.sightline.app.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.core.model.EntityType;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.Visibility;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /transfers/{id}/history} and {@code /organizations/{id}/history}: every revision of a
 * published record, newest first, with the fields each changed. Authors appear as {@link
 * RecordHistory} allows (a role unless they opted in to be named); a record that is not published
 * has no public history (404).
 */
@PageController
record HistoryPageController(Register register, RecordHistory history) {
  @GetMapping("/transfers/{id}/history")
  String transfer(@PathVariable String id, Model model) {
    if (register.findTransfer(id, Visibility.PUBLIC).isEmpty()) {
      throw PageNotFound.noSuch("published transfer", id);
    }
    return page(model, EntityType.TRANSFER, id, "/transfers", "Transfers");
  }

  @GetMapping("/organizations/{id}/history")
  String organization(@PathVariable String id, Model model) {
    if (register.findOrganization(id, Visibility.PUBLIC).isEmpty()) {
      throw PageNotFound.noSuch("published organization", id);
    }
    return page(model, EntityType.ORGANIZATION, id, "/organizations", "Search");
  }

  private String page(Model model, EntityType type, String id, String base, String listLabel) {
    List<RecordHistory.Entry> entries = new ArrayList<>(history.of(type, id));
    Collections.reverse(entries);
    model.addAttribute("title", "History of " + type.key() + " " + id);
    model.addAttribute("recordId", id);
    model.addAttribute("recordPath", base + "/" + id);
    model.addAttribute("listPath", "/search");
    model.addAttribute("listLabel", listLabel);
    model.addAttribute("apiPath", "/api/v1" + base + "/" + id + "/history");
    model.addAttribute("entries", entries);
    return "record-history";
  }
}
