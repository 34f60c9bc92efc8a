package org.sightline.app.pages.transfers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sightline.app.pages.PageNotFound;
import org.sightline.app.web.RecordHistory;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /transfers/{id}/history}: every revision of a published transfer, newest first, with the
 * fields each changed. Authors appear as {@link RecordHistory} allows (a role unless they opted in
 * to be named); a record that is not published has no public history (404).
 */
@Controller
class TransferHistoryPageController {
  private final Register register;
  private final RecordHistory history;

  TransferHistoryPageController(Register register, RecordHistory history) {
    this.register = register;
    this.history = history;
  }

  @GetMapping("/transfers/{id}/history")
  String history(@PathVariable String id, Model model) {
    StoredTransfer stored =
        register
            .findTransfer(id, Visibility.PUBLIC)
            .orElseThrow(
                () ->
                    new PageNotFound(
                        "There is no published transfer with the id \u201c" + id + "\u201d."));
    List<RecordHistory.Entry> entries =
        new ArrayList<>(history.of(RegisterWriter.TRANSFER, stored.transfer().id()));
    Collections.reverse(entries);
    model.addAttribute("title", "History of transfer " + stored.transfer().id());
    model.addAttribute("t", stored.transfer());
    model.addAttribute("entries", entries);
    return "transfer-history";
  }
}
