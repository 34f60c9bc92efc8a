package org.sightline.app.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.Register;
import org.springframework.stereotype.Component;

/**
 * A contributor's unpublished records (transfers and organizations they created that are drafts,
 * sent back, in review or discarded), each with its state in words and, for a record sent back, the
 * reviewer's reason: what "My work" lists and what the edit pages show their author.
 */
@Component
public class OwnRecords {
  static final String DISCARDED = "discarded: ";

  private final Register register;
  private final Proposals proposals;

  OwnRecords(Register register, Proposals proposals) {
    this.register = register;
    this.proposals = proposals;
  }

  /** Where an unpublished record stands, as its author reads it. */
  public enum Standing {
    DRAFT("draft, not submitted"),
    SENT_BACK("sent back by a reviewer"),
    IN_REVIEW("in review, waiting for a reviewer"),
    DISCARDED("discarded"),
    RETRACTED("retracted");

    private final String words;

    Standing(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** One record: what it is, where it stands, and the last step's reason and time. */
  public record Item(
      EntityType type, String id, String title, Standing standing, String reason, Instant at) {
    public String editHref() {
      return "/edit/" + type.key() + "s/" + id;
    }

    /** Drafts (new or sent back) can be submitted and discarded; discarded ones resubmitted. */
    public boolean submittable() {
      return standing == Standing.DRAFT
          || standing == Standing.SENT_BACK
          || standing == Standing.DISCARDED;
    }

    public boolean discardable() {
      return standing == Standing.DRAFT || standing == Standing.SENT_BACK;
    }
  }

  /** What a step back to the author said, when the record's last step was a send-back. */
  public record SentBack(String reviewer, String reason, Instant at) {}

  /** The user's records that are not published, the most recently changed first. */
  public List<Item> of(String username) {
    List<Item> out = new ArrayList<>();
    for (EntityType type : List.of(EntityType.TRANSFER, EntityType.ORGANIZATION)) {
      for (PublicationState state :
          List.of(PublicationState.DRAFT, PublicationState.IN_REVIEW, PublicationState.RETRACTED)) {
        for (String id : proposals.idsInState(type.key(), state)) {
          List<Revision> history = register.history(type.key(), id);
          if (history.isEmpty() || !username.equals(history.get(0).author())) {
            continue;
          }
          Revision last = history.get(history.size() - 1);
          out.add(
              new Item(
                  type,
                  id,
                  title(type, id),
                  standing(state, last),
                  last.reason(),
                  last.createdAt()));
        }
      }
    }
    out.sort(Comparator.comparing(Item::at, Comparator.nullsLast(Comparator.reverseOrder())));
    return out;
  }

  /** The reviewer's reason when a record's last step sent it back to its author. */
  public Optional<SentBack> sentBack(EntityType type, String id) {
    List<Revision> history = register.history(type.key(), id);
    if (history.isEmpty()) {
      return Optional.empty();
    }
    Revision last = history.get(history.size() - 1);
    return isSendBack(last)
        ? Optional.of(new SentBack(last.author(), last.reason(), last.createdAt()))
        : Optional.empty();
  }

  private static boolean isSendBack(Revision r) {
    return r.after() != null
        && r.after().contains("\"state\":\"draft\"")
        && r.before() != null
        && r.before().contains("\"state\":\"in_review\"");
  }

  private static Standing standing(PublicationState state, Revision last) {
    return switch (state) {
      case DRAFT -> isSendBack(last) ? Standing.SENT_BACK : Standing.DRAFT;
      case IN_REVIEW, PUBLISHED -> Standing.IN_REVIEW; // published records are not listed
      case RETRACTED ->
          last.reason() != null && last.reason().startsWith(DISCARDED)
              ? Standing.DISCARDED
              : Standing.RETRACTED;
    };
  }

  private String title(EntityType type, String id) {
    return type == EntityType.TRANSFER
        ? register
            .findTransfer(id, org.sightline.store.registry.Visibility.REVIEWER)
            .map(st -> DuplicateFinder.title(st.transfer()))
            .orElse(id)
        : register
            .findOrganization(id, org.sightline.store.registry.Visibility.REVIEWER)
            .map(so -> so.organization().name())
            .orElse(id);
  }
}
