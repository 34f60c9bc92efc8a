package org.sightline.store.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.core.model.Transfer;
import org.sightline.store.db.DatabaseContract;
import org.sightline.store.json.OrganizationJson;
import org.sightline.store.json.TransferJson;

/**
 * Proposed changes to published records, on every engine (see {@link ProposalsTest}): the published
 * record stays as it was until a reviewer approves, an approval is a revision by the proposer, and
 * a proposal is decided once and never over a newer revision.
 */
abstract class ProposalsContract extends DatabaseContract {
  Proposals proposals;

  @BeforeEach
  void open() {
    proposals = new Proposals(db.database(), writer);
  }

  /** Alice saves Acme's transfer {@code id} with this summary, in this state. */
  private void saveTransfer(String id, String summary, PublicationState state) {
    writer.saveTransfers(
        List.of(RegisterContract.transfer(id, "Acme", summary, state)), "alice", "new");
  }

  /** A proposal of a new summary for published transfer {@code id}, made on its first revision. */
  private Proposal proposeSummary(String id, String summary, String author, String reason) {
    Transfer changed = RegisterContract.transfer(id, "Acme", summary, PublicationState.PUBLISHED);
    return proposals.propose(
        RegisterWriter.TRANSFER, id, 1, TransferJson.snapshot(changed), author, reason);
  }

  @Test
  void aProposalLeavesThePublishedRecordAloneUntilItIsApproved() {
    saveTransfer("P1", "As published.", PublicationState.PUBLISHED);

    Proposal p = proposeSummary("P1", "As proposed.", "bob", "the source says more");

    assertThat(register.findTransfer("P1", Visibility.PUBLIC).orElseThrow().transfer().summary())
        .isEqualTo("As published.");
    assertThat(proposals.pending()).extracting(Proposal::id).containsExactly(p.id());
    assertThat(proposals.pendingFor(RegisterWriter.TRANSFER, "P1")).hasSize(1);
    assertThat(p.status()).isEqualTo(Proposal.Status.PENDING);

    assertThat(proposals.approve(p.id(), "carol", "checked")).isEqualTo(Proposals.Outcome.DONE);

    StoredTransfer now = register.findTransfer("P1", Visibility.PUBLIC).orElseThrow();
    assertThat(now.transfer().summary()).isEqualTo("As proposed.");
    assertThat(now.transfer().state()).isEqualTo(PublicationState.PUBLISHED);
    List<Revision> history = register.history(RegisterWriter.TRANSFER, "P1");
    assertThat(history).extracting(Revision::action).containsExactly("create", "update");
    assertThat(history.get(1).author()).isEqualTo("bob");
    assertThat(history.get(1).reason()).isEqualTo("the source says more");
    Proposal decided = proposals.find(p.id()).orElseThrow();
    assertThat(decided.status()).isEqualTo(Proposal.Status.APPROVED);
    assertThat(decided.decidedBy()).isEqualTo("carol");
    assertThat(decided.decidedAt()).isNotNull();
    assertThat(proposals.pending()).isEmpty();
    assertThat(proposals.approve(p.id(), "dave", "again")).isEqualTo(Proposals.Outcome.NOT_PENDING);
    assertThat(proposals.approve(p.id() + 1000, "dave", "none"))
        .isEqualTo(Proposals.Outcome.NOT_FOUND);
  }

  @Test
  void aRejectionKeepsThePublishedRecordAndItsReason() {
    saveTransfer("P2", "Kept.", PublicationState.PUBLISHED);
    Proposal p = proposeSummary("P2", "Unsupported.", "bob", null);

    assertThat(proposals.reject(p.id(), "carol", "no source says this"))
        .isEqualTo(Proposals.Outcome.DONE);

    assertThat(register.findTransfer("P2", Visibility.PUBLIC).orElseThrow().transfer().summary())
        .isEqualTo("Kept.");
    assertThat(register.history(RegisterWriter.TRANSFER, "P2")).hasSize(1);
    Proposal rejected = proposals.find(p.id()).orElseThrow();
    assertThat(rejected.status()).isEqualTo(Proposal.Status.REJECTED);
    assertThat(rejected.decisionReason()).isEqualTo("no source says this");
    assertThat(proposals.approve(p.id(), "dave", "")).isEqualTo(Proposals.Outcome.NOT_PENDING);
  }

  @Test
  void aProposalMadeBeforeAnotherChangeIsStaleAndUndoesNothing() {
    saveTransfer("P3", "One.", PublicationState.PUBLISHED);
    Proposal first = proposeSummary("P3", "Two.", "bob", "first");
    Proposal second = proposeSummary("P3", "Three.", "erin", "second");

    assertThat(proposals.approve(first.id(), "carol", null)).isEqualTo(Proposals.Outcome.DONE);
    assertThat(proposals.approve(second.id(), "carol", null)).isEqualTo(Proposals.Outcome.STALE);

    assertThat(register.findTransfer("P3", Visibility.PUBLIC).orElseThrow().transfer().summary())
        .isEqualTo("Two.");
    // The refused approval was rolled back: the second proposal is still pending.
    assertThat(proposals.find(second.id()).orElseThrow().status())
        .isEqualTo(Proposal.Status.PENDING);
  }

  @Test
  void theQueueListsRecordsByStateLongestWaitingFirst() {
    saveTransfer("Q1", "a", PublicationState.IN_REVIEW);
    writer.saveTransfers(
        List.of(
            RegisterContract.transfer("Q0", "Acme", "b", PublicationState.IN_REVIEW),
            RegisterContract.transfer("Q2", "Acme", "c", PublicationState.DRAFT)),
        "alice",
        "new");

    assertThat(proposals.idsInState(RegisterWriter.TRANSFER, PublicationState.IN_REVIEW))
        .containsExactly("Q1", "Q0");
    assertThat(proposals.idsInState(RegisterWriter.TRANSFER, PublicationState.DRAFT))
        .containsExactly("Q2");
    assertThat(proposals.idsInState(RegisterWriter.ORGANIZATION, PublicationState.DRAFT)).isEmpty();
  }

  @Test
  void anOrganizationProposalIsAppliedTheSameWay() {
    Organization o = RegisterContract.org("OP1", "Lenscraft", null, PublicationState.PUBLISHED);
    writer.saveOrganizations(List.of(o), "alice", "new");
    Organization renamed =
        new Organization(
            "OP1",
            "Lenscraft Systems",
            o.aliases(),
            o.country(),
            o.kind(),
            null,
            "renamed in 2024",
            o.sourceUrl(),
            PublicationState.PUBLISHED);
    Proposal p =
        proposals.propose(
            RegisterWriter.ORGANIZATION,
            "OP1",
            1,
            OrganizationJson.snapshot(renamed),
            "bob",
            "new name");

    assertThat(register.findOrganization("OP1", Visibility.PUBLIC).orElseThrow().organization())
        .isEqualTo(o);
    assertThat(proposals.approve(p.id(), "carol", null)).isEqualTo(Proposals.Outcome.DONE);
    assertThat(register.findOrganization("OP1", Visibility.PUBLIC).orElseThrow().organization())
        .isEqualTo(renamed);
  }
}
