package org.sightline.app.pages.transfers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.sightline.app.pages.PageNotFound;
import org.sightline.app.web.RecordHistory;
import org.sightline.core.model.Revision;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /transfers/{id}}: every field of one published transfer, its sources with their evidence
 * quotes, and its revision history (who changed it, when, why, and which fields changed).
 */
@Controller
class TransferPageController {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Register register;

  private final RecordHistory publicHistory;

  TransferPageController(Register register, RecordHistory publicHistory) {
    this.register = register;
    this.publicHistory = publicHistory;
  }

  /** One revision as the page lists it: which fields it changed (names only, not old values). */
  record Change(Revision revision, List<String> fields) {}

  @GetMapping("/transfers/{id}")
  String transfer(@PathVariable String id, Model model) {
    StoredTransfer stored =
        register
            .findTransfer(id, Visibility.PUBLIC)
            .orElseThrow(
                () ->
                    new PageNotFound(
                        "There is no published transfer with the id \u201c" + id + "\u201d."));
    List<Change> history = new ArrayList<>();
    for (Revision r : register.history(RegisterWriter.TRANSFER, stored.transfer().id())) {
      history.add(new Change(withPublicAuthor(r), changedFields(r.before(), r.after())));
    }
    model.addAttribute("title", "Transfer " + stored.transfer().id());
    model.addAttribute("stored", stored);
    model.addAttribute("t", stored.transfer());
    // Newest first: the reader wants to know what changed last.
    Collections.reverse(history);
    model.addAttribute("history", history);
    return "transfer";
  }

  /**
   * Contributors may be at risk: the public history names their role, never their username, unless
   * they opted in (see {@link RecordHistory#publicAuthor}).
   */
  private Revision withPublicAuthor(Revision r) {
    return new Revision(
        r.id(),
        r.entityType(),
        r.entityId(),
        r.number(),
        r.action(),
        publicHistory.publicAuthor(r.author()),
        r.reason(),
        r.createdAt(),
        r.before(),
        r.after());
  }

  /** Top-level fields whose value differs between two snapshots (all of them for a creation). */
  static List<String> changedFields(String before, String after) {
    if (after == null) {
      return List.of();
    }
    try {
      JsonNode a = JSON.readTree(after);
      JsonNode b = before == null ? null : JSON.readTree(before);
      List<String> changed = new ArrayList<>();
      for (Iterator<String> it = a.propertyNames().iterator(); it.hasNext(); ) {
        String name = it.next();
        if (b == null || !Objects.equals(a.get(name), b.get(name))) {
          changed.add(name);
        }
      }
      return b == null ? List.of() : changed;
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }
}
