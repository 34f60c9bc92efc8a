package org.sightline.app.transfers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sightline.app.history.RecordHistory;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.core.model.EntityType;
import org.sightline.core.schema.TransferSchema;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /transfers/{id}}: every field of one published transfer, its sources with their evidence
 * quotes, and its revision history (who changed it, when, why, and which fields changed).
 */
@PageController
record TransferPageController(Register register, RecordHistory publicHistory) {
  @GetMapping("/transfers/{id}")
  String transfer(@PathVariable String id, Model model) {
    StoredTransfer stored =
        register
            .findTransfer(id, Visibility.PUBLIC)
            .orElseThrow(() -> PageNotFound.noSuch("published transfer", id));
    // The same public history as /transfers/{id}/history (authors by role unless they opted in),
    // newest first: the reader wants to know what changed last.
    List<RecordHistory.Entry> history =
        new ArrayList<>(publicHistory.of(EntityType.TRANSFER, stored.transfer().id()));
    Collections.reverse(history);
    model.addAttribute("title", "Transfer " + stored.transfer().id());
    model.addAttribute("stored", stored);
    model.addAttribute("t", stored.transfer());
    model.addAttribute("fields", TransferSchema.SCHEMA.labelled());
    model.addAttribute("history", history);
    return "transfer";
  }
}
