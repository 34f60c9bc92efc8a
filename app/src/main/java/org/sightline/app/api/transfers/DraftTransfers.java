package org.sightline.app.api.transfers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.RecordRules;
import org.sightline.core.registry.Violation;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way a draft transfer is made from contract JSON: read the contract shape, apply the
 * register's rules, give it an id when it has none, and save it with its author. Shared by the
 * write API ({@code POST /api/v1/transfers}) and the extraction review (accept, edit), so both
 * refuse the same records with the same field-level reasons.
 */
@Component
public class DraftTransfers {
  private final Register register;
  private final RegisterWriter writer;
  private final RecordRules rules;

  DraftTransfers(Register register, RegisterWriter writer, Countries countries) {
    this.register = register;
    this.writer = writer;
    this.rules = new RecordRules(countries);
  }

  /** A record the register will not take, with the fields at fault. */
  public static final class Refused extends RuntimeException {
    private final boolean conflict;
    private final List<Violation> violations;

    Refused(String message, boolean conflict, List<Violation> violations) {
      super(message);
      this.conflict = conflict;
      this.violations = List.copyOf(violations);
    }

    /** True when the record is valid but its id is taken. */
    public boolean conflict() {
      return conflict;
    }

    public List<Violation> violations() {
      return violations;
    }
  }

  /** Reads the contract shape and applies the register's rules; the state is the caller's. */
  public Transfer validate(ObjectNode node, PublicationState state) {
    node.put("state", state.key());
    TransferJson.Parsed parsed = TransferJson.parse(node);
    List<Violation> violations = new ArrayList<>(parsed.violations());
    if (parsed.ok()) {
      violations.addAll(rules.check(parsed.transfer()));
    }
    if (!violations.isEmpty()) {
      throw new Refused("the record is invalid", false, violations);
    }
    return parsed.transfer().withState(state);
  }

  /** Validates and saves a new draft (id generated when absent); returns its id. */
  public String create(ObjectNode node, String author, String reason) {
    if (!node.hasNonNull("id")) {
      node.put("id", "T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT));
    }
    Transfer draft = validate(node, PublicationState.DRAFT);
    if (register.findTransfer(draft.id(), Visibility.REVIEWER).isPresent()) {
      throw new Refused(
          "a transfer with id '" + draft.id() + "' already exists; change it with PUT",
          true,
          List.of());
    }
    writer.saveTransfers(List.of(draft), author, reason);
    return draft.id();
  }
}
