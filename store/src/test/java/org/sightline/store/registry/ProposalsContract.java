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
  RegisterWriter writer;
  JdbcRegister register;
  Proposals proposals;

  @BeforeEach
  void open() {
    writer = new RegisterWriter(db.database());
    register = new JdbcRegister(db.database());
    proposals = new Proposals(db.database(), writer);
  }

  @Test
  void aProposalLeavesThePublishedRecordAloneUntilItIsApproved() {
    writer.saveTransfers(
        List.of(
            RegisterContract.transfer("P1", "Acme", "As published.", PublicationState.PUBLISHED)),
        "alice",
        "new");
    Transfer changed =
        RegisterContract.transfer("P1", "Acme", "As proposed.", PublicationState.PUBLISHED);

    Proposal p =
        proposals.propose(
            RegisterWriter.TRANSFER,
            "P1",
            1,
            TransferJson.snapshot(changed),
            "bob",
            "the source says more");

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
    writer.saveTransfers(
        List.of(RegisterContract.transfer("P2", "Acme", "Kept.", PublicationState.PUBLISHED)),
        "alice",
        "new");
    Proposal p =
        proposals.propose(
            RegisterWriter.TRANSFER,
            "P2",
            1,
            TransferJson.snapshot(
                RegisterContract.transfer(
                    "P2", "Acme", "Unsupported.", PublicationState.PUBLISHED)),
            "bob",
            null);

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
    writer.saveTransfers(
        List.of(RegisterContract.transfer("P3", "Acme", "One.", PublicationState.PUBLISHED)),
        "alice",
        "new");
    Proposal first =
        proposals.propose(
            RegisterWriter.TRANSFER,
            "P3",
            1,
            TransferJson.snapshot(
                RegisterContract.transfer("P3", "Acme", "Two.", PublicationState.PUBLISHED)),
            "bob",
            "first");
    Proposal second =
        proposals.propose(
            RegisterWriter.TRANSFER,
            "P3",
            1,
            TransferJson.snapshot(
                RegisterContract.transfer("P3", "Acme", "Three.", PublicationState.PUBLISHED)),
            "erin",
            "second");

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
    writer.saveTransfers(
        List.of(RegisterContract.transfer("Q1", "Acme", "a", PublicationState.IN_REVIEW)),
        "alice",
        "new");
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
