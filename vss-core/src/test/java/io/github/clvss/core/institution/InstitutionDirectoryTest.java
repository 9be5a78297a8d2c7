package io.github.clvss.core.institution;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.PublicContact;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.VssException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Institutions are shared: a coordinator changes directly only one no other territory uses,
 * proposes the change otherwise, and every journal entry names each territory concerned.
 */
class InstitutionDirectoryTest {

    private final Vss vss = Vss.inMemory(CLOCK);
    private final Actor system = Actor.system();
    private final Actor admin = Actor.user("admin-1", io.github.clvss.core.access.Grant.platformAdministrator());
    private final TerritoryId boulogne = vss.territories().register(system, Fixtures.boulogne(), Provenance.SEED).id();
    private final TerritoryId issy = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.DEMO).id();
    private final Actor coordination = Fixtures.coordinatorOf(boulogne);
    private final Actor ailleurs = Fixtures.coordinatorOf(issy);
    private final Institution cidff = partnerOf(boulogne, "CIDFF des Hauts-de-Seine Sud");

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_coordinator_of_another_town_cannot_rename_an_institution_only_boulogne_uses_and_both_towns_journals_show_it() {
        Institution renamed = cidff.correct("Renommé par une autre commune", cidff.sector(), cidff.siret(), cidff.parent());

        assertThatThrownBy(() -> vss.institutions().correct(ailleurs, renamed))
                .isInstanceOf(AccessRefusedException.class)
                .satisfies(e -> assertThat(codes((VssException) e)).containsExactly(AccessPolicy.SHARED_ELSEWHERE));

        assertThat(vss.institutions().find(system, cidff.id()).name()).isEqualTo("CIDFF des Hauts-de-Seine Sud");
        assertThat(vss.institutions().mayCorrect(ailleurs, cidff.id())).isFalse();
        for (TerritoryId town : List.of(boulogne, issy)) {
            List<JournalEntry> refused = vss.auditTrail().find(system,
                    JournalQuery.territory(town).withOutcome(Outcome.REFUSED), PageRequest.first(10));
            assertThat(refused).as("the journal of %s", town).singleElement().satisfies(entry -> {
                assertThat(entry.actor()).isEqualTo(ailleurs.id());
                assertThat(entry.act().action()).isEqualTo("institution.correct");
                assertThat(entry.act().recordType()).isEqualTo("institution");
                assertThat(entry.act().recordId()).contains(cidff.id().toString());
                assertThat(entry.act().territories()).containsExactlyInAnyOrder(boulogne, issy);
                assertThat(entry.reason()).contains(AccessPolicy.SHARED_ELSEWHERE);
            });
        }
        assertThat(vss.auditTrail().count(coordination, JournalQuery.territory(boulogne).withAction("institution.correct")))
                .as("Boulogne's coordinator reads it in their own journal").isEqualTo(1);
    }

    @Test
    void a_coordinator_corrects_directly_an_institution_only_their_territory_uses_and_the_entry_names_it() {
        Institution renamed = vss.institutions().correct(coordination,
                cidff.correct("CIDFF 92 Sud", cidff.sector(), cidff.siret(), cidff.parent()));

        assertThat(renamed.version()).isEqualTo(cidff.version() + 1);
        assertThat(vss.institutions().mayCorrect(coordination, cidff.id())).isTrue();
        assertThat(vss.auditTrail().find(coordination, JournalQuery.territory(boulogne).withAction("institution.correct"),
                PageRequest.first(5))).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(Outcome.DONE));
        assertThat(vss.auditTrail().count(system, JournalQuery.territory(issy).withAction("institution.correct"))).isZero();
    }

    @Test
    void once_two_towns_use_an_institution_neither_coordinator_corrects_it_but_the_administrator_does_for_both() {
        partner(issy, cidff);
        Institution renamed = cidff.correct("CIDFF 92", cidff.sector(), cidff.siret(), cidff.parent());

        assertThatThrownBy(() -> vss.institutions().correct(coordination, renamed)).isInstanceOf(AccessRefusedException.class);
        vss.institutions().correct(admin, renamed);

        assertThat(vss.institutions().find(system, cidff.id()).name()).isEqualTo("CIDFF 92");
        for (TerritoryId town : List.of(boulogne, issy)) {
            assertThat(vss.auditTrail().find(system, JournalQuery.territory(town).withAction("institution.correct")
                    .withOutcome(Outcome.DONE), PageRequest.first(5)))
                    .singleElement().satisfies(entry -> assertThat(entry.actor()).isEqualTo(admin.id()));
        }
    }

    @Test
    void a_proposal_is_kept_pending_seen_by_its_town_accepted_by_the_administrator_then_applied_and_journaled() {
        Institution proposed = cidff.correct("CIDFF des Hauts-de-Seine", Sector.ASSOCIATION, cidff.siret(), cidff.parent());

        InstitutionProposal pending = vss.institutions().propose(ailleurs, issy, proposed);

        assertThat(pending.status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(pending.proposedBy()).isEqualTo(ailleurs.id());
        assertThat(vss.institutions().find(system, cidff.id()).name()).as("nothing changes before a decision")
                .isEqualTo("CIDFF des Hauts-de-Seine Sud");
        assertThat(vss.institutions().proposals(ailleurs, Optional.of(issy), Optional.empty(), PageRequest.first(10)))
                .extracting(InstitutionProposal::id).containsExactly(pending.id());
        assertThat(vss.institutions().proposals(admin, Optional.empty(), Optional.of(ProposalStatus.PENDING),
                PageRequest.first(10))).extracting(InstitutionProposal::id).containsExactly(pending.id());
        assertThatThrownBy(() -> vss.institutions().accept(ailleurs, pending.id(), pending.version()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.institutions().accept(coordination, pending.id(), pending.version()))
                .isInstanceOf(AccessRefusedException.class);

        InstitutionProposal accepted = vss.institutions().accept(admin, pending.id(), pending.version());

        assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(accepted.decidedBy()).contains(admin.id());
        assertThat(accepted.decidedAt()).contains(CLOCK.instant());
        Institution now = vss.institutions().find(system, cidff.id());
        assertThat(now.name()).isEqualTo("CIDFF des Hauts-de-Seine");
        assertThat(now.version()).isEqualTo(cidff.version() + 1);
        assertThat(vss.institutions().proposals(ailleurs, Optional.of(issy), Optional.empty(), PageRequest.first(10)))
                .singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(ProposalStatus.ACCEPTED));
        assertThat(vss.institutions().countProposals(admin, Optional.empty(), Optional.of(ProposalStatus.PENDING))).isZero();
        assertThatThrownBy(() -> vss.institutions().reject(admin, accepted.id(), accepted.version()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(codes((VssException) e)).containsExactly("institution.proposal.decided"));
        for (TerritoryId town : List.of(boulogne, issy)) {
            assertThat(vss.auditTrail().find(system, JournalQuery.territory(town).withOutcome(Outcome.DONE)
                    .withRecordType("institution"), PageRequest.first(10)))
                    .extracting(e -> e.actor() + " " + e.act().action())
                    .as("the journal of %s", town)
                    .contains(ailleurs.id() + " institution.propose", admin.id() + " institution.proposal.accept",
                            admin.id() + " institution.correct");
        }
        assertThat(vss.auditTrail().count(system, JournalQuery.territory(boulogne).withAction("institution.proposal.accept")
                .withOutcome(Outcome.REFUSED))).as("both refused acceptances").isEqualTo(2);
    }

    @Test
    void a_rejected_proposal_leaves_the_institution_as_it_was() {
        InstitutionProposal pending = vss.institutions().propose(ailleurs, issy,
                cidff.correct("Nom fantaisiste", cidff.sector(), cidff.siret(), cidff.parent()));

        InstitutionProposal rejected = vss.institutions().reject(admin, pending.id(), pending.version());

        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(vss.institutions().find(system, cidff.id())).isEqualTo(cidff);
        assertThat(vss.auditTrail().count(coordination, JournalQuery.territory(boulogne)
                .withAction("institution.proposal.reject"))).isEqualTo(1);
    }

    @Test
    void a_proposal_made_on_an_old_version_or_accepted_after_the_institution_changed_is_refused_as_a_conflict() {
        InstitutionProposal pending = vss.institutions().propose(ailleurs, issy,
                cidff.correct("CIDFF Boulogne", cidff.sector(), cidff.siret(), cidff.parent()));
        vss.institutions().correct(coordination, cidff.correct("CIDFF 92 Sud", cidff.sector(), cidff.siret(), cidff.parent()));

        assertThatThrownBy(() -> vss.institutions().accept(admin, pending.id(), pending.version()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(codes((VssException) e)).containsExactly("institution.proposal.stale"));
        assertThat(vss.institutions().find(system, cidff.id()).name()).isEqualTo("CIDFF 92 Sud");
        assertThat(vss.institutions().proposals(admin, Optional.empty(), Optional.of(ProposalStatus.PENDING),
                PageRequest.first(5))).extracting(InstitutionProposal::id).containsExactly(pending.id());
        assertThatThrownBy(() -> vss.institutions().propose(ailleurs, issy,
                cidff.correct("CIDFF Boulogne", cidff.sector(), cidff.siret(), cidff.parent())))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(codes((VssException) e)).containsExactly("record.changed"));
    }

    @Test
    void a_coordinator_proposes_only_for_their_own_town_and_reads_only_its_proposals() {
        Institution proposed = cidff.correct("CIDFF 92", cidff.sector(), cidff.siret(), cidff.parent());

        assertThatThrownBy(() -> vss.institutions().propose(ailleurs, boulogne, proposed))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.institutions().propose(Fixtures.observerOf(boulogne), boulogne, proposed))
                .isInstanceOf(AccessRefusedException.class);
        vss.institutions().propose(coordination, boulogne, proposed);

        assertThatThrownBy(() -> vss.institutions().proposals(ailleurs, Optional.of(boulogne), Optional.empty(),
                PageRequest.first(5))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.institutions().proposals(ailleurs, Optional.empty(), Optional.empty(),
                PageRequest.first(5))).isInstanceOf(AccessRefusedException.class);
        assertThat(vss.institutions().countProposals(ailleurs, Optional.of(issy), Optional.empty())).isZero();
        assertThat(vss.institutions().countProposals(coordination, Optional.of(boulogne), Optional.empty())).isEqualTo(1);
        assertThat(vss.auditTrail().find(system, JournalQuery.territory(boulogne).withAction("institution.propose")
                .withOutcome(Outcome.REFUSED), PageRequest.first(5)))
                .extracting(JournalEntry::actor)
                .containsExactlyInAnyOrder(ailleurs.id(), Fixtures.observerOf(boulogne).id());
    }

    @Test
    void once_every_town_using_it_approves_a_proposal_it_applies_without_the_administrator() {
        partner(issy, cidff);
        InstitutionProposal pending = vss.institutions().propose(ailleurs, issy,
                cidff.correct("CIDFF 92", cidff.sector(), cidff.siret(), cidff.parent()));
        assertThat(pending.approvals()).extracting(ProposalApproval::territory).as("the proposing town uses it too")
                .containsExactly(issy);
        assertThat(pending.status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(vss.institutions().proposals(coordination, Optional.of(boulogne), Optional.empty(), PageRequest.first(5)))
                .as("Boulogne sees the proposal about an institution it uses").extracting(InstitutionProposal::id)
                .containsExactly(pending.id());
        assertThatThrownBy(() -> vss.institutions().approve(ailleurs, issy, pending.id(), pending.version()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(codes((VssException) e)).containsExactly("institution.proposal.approved-already"));
        assertThatThrownBy(() -> vss.institutions().approve(ailleurs, boulogne, pending.id(), pending.version()))
                .isInstanceOf(AccessRefusedException.class);

        InstitutionProposal applied = vss.institutions().approve(coordination, boulogne, pending.id(), pending.version());

        assertThat(applied.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(applied.decidedBy()).contains(coordination.id());
        assertThat(applied.approvals()).extracting(ProposalApproval::territory).containsExactlyInAnyOrder(issy, boulogne);
        assertThat(vss.institutions().find(system, cidff.id()).name()).isEqualTo("CIDFF 92");
        for (TerritoryId town : List.of(boulogne, issy)) {
            assertThat(vss.auditTrail().find(system, JournalQuery.territory(town).withOutcome(Outcome.DONE)
                    .withRecordType("institution"), PageRequest.first(10)))
                    .extracting(e -> e.actor() + " " + e.act().action())
                    .contains(ailleurs.id() + " institution.propose", coordination.id() + " institution.proposal.approve",
                            coordination.id() + " institution.correct");
        }
    }

    @Test
    void a_town_that_does_not_use_the_institution_cannot_approve_a_change_to_it_and_one_approval_is_not_enough_for_two_towns() {
        TerritoryId third = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.DEMO).id();
        partner(third, cidff);
        InstitutionProposal pending = vss.institutions().propose(ailleurs, issy,
                cidff.correct("CIDFF 92", cidff.sector(), cidff.siret(), cidff.parent()));

        assertThatThrownBy(() -> vss.institutions().approve(ailleurs, issy, pending.id(), pending.version()))
                .isInstanceOf(AccessRefusedException.class)
                .satisfies(e -> assertThat(codes((VssException) e)).containsExactly(AccessPolicy.NOT_USED));
        InstitutionProposal once = vss.institutions().approve(coordination, boulogne, pending.id(), pending.version());

        assertThat(once.status()).as("the third town has not approved yet").isEqualTo(ProposalStatus.PENDING);
        assertThat(vss.institutions().find(system, cidff.id()).name()).isEqualTo("CIDFF des Hauts-de-Seine Sud");
        assertThatThrownBy(() -> vss.institutions().approve(Fixtures.coordinatorOf(third), third, pending.id(), pending.version()))
                .as("approved against a stale version").isInstanceOf(ConflictException.class);
        InstitutionProposal twice = vss.institutions().approve(Fixtures.coordinatorOf(third), third, once.id(), once.version());
        assertThat(twice.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(vss.institutions().find(system, cidff.id()).name()).isEqualTo("CIDFF 92");
    }

    private Institution partnerOf(TerritoryId territory, String name) {
        Institution institution = vss.institutions().register(system, Institution.register(CLOCK, name, Sector.ASSOCIATION,
                Optional.empty(), Optional.empty(), Provenance.SEED));
        partner(territory, institution);
        return vss.institutions().find(system, institution.id());
    }

    private void partner(TerritoryId territory, Institution institution) {
        Contract contract = vss.contracts().create(system, Contract.draft(CLOCK, territory, "Contrat local",
                Optional.empty(), Optional.empty(), Provenance.SEED));
        vss.partners().add(system, Partner.join(CLOCK, "system", territory, contract.id(), institution.id(),
                "Accompagnement des victimes", List.of("Permanence"), PublicContact.NONE, Optional.empty(), true,
                Provenance.SEED));
    }

    private static List<String> codes(VssException e) {
        return e.problems().stream().map(Problem::code).toList();
    }
}
