package io.github.clvss.core.institution;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.shared.Versions;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The shared directory of institutions. Anyone with a grant reads it; platform administrators
 * and coordinators register institutions. A platform administrator corrects any institution; a
 * coordinator corrects directly only one that no other territory uses, and otherwise proposes
 * the change, which a platform administrator accepts or rejects, or which applies once every
 * territory using the institution has approved it. Every journal entry about an
 * institution names each territory it concerns: those using it at that moment, and the actor's.
 */
public final class InstitutionDirectory {

    static final String RECORD = "institution";
    static final String PROPOSAL = "institution-proposal";

    private final Institutions institutions;
    private final InstitutionProposals proposals;
    private final Transactions transactions;
    private final Acts acts;
    private final Clock clock;

    /**
     * @param institutions where institutions are kept
     * @param proposals where proposed changes are kept
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock the time of proposals and decisions
     */
    public InstitutionDirectory(Institutions institutions, InstitutionProposals proposals, Transactions transactions,
            Acts acts, Clock clock) {
        this.institutions = Objects.requireNonNull(institutions, "institutions");
        this.proposals = Objects.requireNonNull(proposals, "proposals");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers an institution built with {@link Institution#register}. */
    public Institution register(Actor actor, Institution institution) {
        Act act = Act.onShared("institution.register", RECORD, institution.id(), concerned(Set.of(), actor));
        return acts.perform(actor, act, AccessPolicy.changeShared(actor), () -> {
            checkAgainstStored(institution);
            Institution stored = institutions.add(institution);
            return stored;
        });
    }

    /**
     * Stores a corrected institution, if nobody changed it since its version was read. A
     * coordinator may do so only when no other territory uses it ({@link #mayCorrect}); the
     * refusal is journaled under every territory concerned.
     */
    public Institution correct(Actor actor, Institution corrected) {
        return acts.performOn(actor, () -> institutions.territoriesUsing(corrected.id()),
                usedBy -> Act.onShared("institution.correct", RECORD, corrected.id(), concerned(usedBy, actor)),
                usedBy -> AccessPolicy.correctShared(actor, usedBy), usedBy -> {
            Institution current = institutions.find(corrected.id()).orElseThrow(() -> notFound(corrected.id()));
            Versions.expect(current.version(), corrected.version(), RECORD, corrected.id());
            checkAgainstStored(corrected);
            Institution stored = institutions.update(corrected);
            return stored;
        });
    }

    /**
     * Whether the actor may correct this institution directly: a platform administrator always,
     * a coordinator when no other territory uses it. Otherwise they {@link #propose} the change.
     */
    public boolean mayCorrect(Actor actor, InstitutionId id) {
        acts.refuseUnless(AccessPolicy.readShared(actor), actor, Act.on("institution.read", RECORD, id));
        return AccessPolicy.correctShared(actor, institutions.territoriesUsing(id)).isAllowed();
    }

    /**
     * Proposes a change to an institution on behalf of {@code territory}, whose coordinator the
     * actor is: kept pending until a platform administrator decides, or until every territory
     * using the institution approves it ({@link #approve}). {@code proposed} is the institution
     * as read (its version) with the proposed values.
     */
    public InstitutionProposal propose(Actor actor, TerritoryId territory, Institution proposed) {
        return acts.performOn(actor, () -> institutions.territoriesUsing(proposed.id()), usedBy -> {
            Set<TerritoryId> concerned = concerned(usedBy, actor);
            concerned.add(territory);
            return Act.onShared("institution.propose", RECORD, proposed.id(), concerned);
        }, usedBy -> AccessPolicy.changeTerritory(actor, territory), usedBy -> {
            Institution current = institutions.find(proposed.id()).orElseThrow(() -> notFound(proposed.id()));
            Versions.expect(current.version(), proposed.version(), RECORD, proposed.id());
            checkAgainstStored(proposed);
            return proposals.add(InstitutionProposal.make(clock, proposed, territory, actor.id(), usedBy));
        });
    }

    /**
     * Accepts a pending proposal (platform administrator): the institution takes the proposed
     * values, unless it changed since the proposal was made ({@code institution.proposal.stale}:
     * reject it and let the coordinator propose again).
     *
     * @param version the proposal's version, as read
     */
    public InstitutionProposal accept(Actor actor, ProposalId id, long version) {
        return decide(actor, id, version, ProposalStatus.ACCEPTED);
    }

    /**
     * Rejects a pending proposal (platform administrator): the institution stays as it is.
     *
     * @param version the proposal's version, as read
     */
    public InstitutionProposal reject(Actor actor, ProposalId id, long version) {
        return decide(actor, id, version, ProposalStatus.REJECTED);
    }

    private InstitutionProposal decide(Actor actor, ProposalId id, long version, ProposalStatus decision) {
        return transactions.inTransaction(() -> {
            InstitutionProposal proposal = proposals.find(id).orElseThrow(
                    () -> new NotFoundException(Problem.general("institution.proposal.not-found", id)));
            Set<TerritoryId> concerned = concerned(institutions.territoriesUsing(proposal.institution()), actor);
            concerned.add(proposal.territory());
            Act act = decision == ProposalStatus.ACCEPTED
                    ? Act.onShared("institution.proposal.accept", RECORD, proposal.institution(), concerned)
                    : Act.onShared("institution.proposal.reject", RECORD, proposal.institution(), concerned);
            acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor, act);
            Versions.expect(proposal.version(), version, PROPOSAL, id);
            InstitutionProposal decided = proposal.decide(decision, actor.id(), clock.instant());
            if (decision == ProposalStatus.ACCEPTED) {
                apply(actor, proposal, concerned);
            }
            InstitutionProposal stored = proposals.update(decided);
            acts.record(actor, act);
            return stored;
        });
    }

    /**
     * Approves a pending proposal on behalf of {@code territory}, whose coordinator the actor is
     * and which uses the institution. Once every territory using the institution has approved it,
     * the proposal is applied, as when a platform administrator accepts it (and refused the same
     * way if the institution changed since it was made).
     *
     * @param version the proposal's version, as read
     */
    public InstitutionProposal approve(Actor actor, TerritoryId territory, ProposalId id, long version) {
        return transactions.inTransaction(() -> {
            InstitutionProposal proposal = proposals.find(id).orElseThrow(
                    () -> new NotFoundException(Problem.general("institution.proposal.not-found", id)));
            Set<TerritoryId> usedBy = institutions.territoriesUsing(proposal.institution());
            Set<TerritoryId> concerned = concerned(usedBy, actor);
            concerned.add(proposal.territory());
            Act act = Act.onShared("institution.proposal.approve", RECORD, proposal.institution(), concerned);
            acts.refuseUnless(AccessPolicy.approveShared(actor, territory, usedBy), actor, act);
            Versions.expect(proposal.version(), version, PROPOSAL, id);
            InstitutionProposal approved = proposal.approve(new ProposalApproval(territory, actor.id(), clock.instant()));
            acts.record(actor, act);
            if (approved.approvedByAll(usedBy)) {
                apply(actor, approved, concerned);
                approved = approved.decide(ProposalStatus.ACCEPTED, actor.id(), clock.instant());
            }
            return proposals.update(approved);
        });
    }

    /** Gives the institution the proposed values, if it is still at the version they were proposed on. */
    private void apply(Actor actor, InstitutionProposal proposal, Set<TerritoryId> concerned) {
        Institution current = institutions.find(proposal.institution()).orElseThrow(() -> notFound(proposal.institution()));
        if (current.version() != proposal.proposed().version()) {
            throw new ConflictException(Problem.general("institution.proposal.stale", proposal.id()));
        }
        checkAgainstStored(proposal.proposed());
        institutions.update(proposal.proposed());
        acts.record(actor, Act.onShared("institution.correct", RECORD, proposal.institution(), concerned));
    }

    /**
     * A page of proposals, newest first: a coordinator reads those that concern their territory
     * (made by it, or about an institution it uses, which it may approve); a platform
     * administrator those of one territory or of all ({@code territory} empty).
     */
    public List<InstitutionProposal> proposals(Actor actor, Optional<TerritoryId> territory,
            Optional<ProposalStatus> status, PageRequest page) {
        checkProposalsRead(actor, territory);
        return proposals.list(territory, status, page);
    }

    /** How many proposals {@link #proposals} gives in all. */
    public long countProposals(Actor actor, Optional<TerritoryId> territory, Optional<ProposalStatus> status) {
        checkProposalsRead(actor, territory);
        return proposals.count(territory, status);
    }

    private void checkProposalsRead(Actor actor, Optional<TerritoryId> territory) {
        if (territory.isPresent()) {
            acts.refuseUnless(AccessPolicy.changeTerritory(actor, territory.get()), actor,
                    Act.onTerritory("institution.proposal.list", PROPOSAL, territory.get()));
        } else {
            acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor, Act.general("institution.proposal.list", PROPOSAL));
        }
    }

    /** The institution with this id. */
    public Institution find(Actor actor, InstitutionId id) {
        acts.refuseUnless(AccessPolicy.readShared(actor), actor, Act.on("institution.read", RECORD, id));
        return institutions.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The institutions with these ids, in one read (the names of a page of partners): those
     * that exist, by name. At most {@link io.github.clvss.core.shared.PageRequest#MAX_LIMIT} ids.
     */
    public List<Institution> findAll(Actor actor, java.util.Set<InstitutionId> ids) {
        acts.refuseUnless(AccessPolicy.readShared(actor), actor, Act.general("institution.read", RECORD));
        if (ids.size() > io.github.clvss.core.shared.PageRequest.MAX_LIMIT) {
            throw new io.github.clvss.core.shared.InvalidInputException(io.github.clvss.core.shared.Problem.general(
                    "page.limit.range", ids.size(), io.github.clvss.core.shared.PageRequest.MAX_LIMIT));
        }
        return institutions.findAll(ids);
    }

    /** A page of institutions by name, optionally those whose name contains a text. */
    public List<Institution> list(Actor actor, Optional<String> nameContains, PageRequest page) {
        acts.refuseUnless(AccessPolicy.readShared(actor), actor,
                Act.general("institution.list", RECORD));
        return institutions.list(nameContains, page);
    }

    /** How many institutions match. */
    public long count(Actor actor, Optional<String> nameContains) {
        acts.refuseUnless(AccessPolicy.readShared(actor), actor,
                Act.general("institution.list", RECORD));
        return institutions.count(nameContains);
    }

    /** The territories using the institution, and those on which the actor holds a grant. */
    private static Set<TerritoryId> concerned(Set<TerritoryId> usedBy, Actor actor) {
        Set<TerritoryId> concerned = new HashSet<>(usedBy);
        actor.grants().forEach(grant -> grant.territory().ifPresent(concerned::add));
        return concerned;
    }

    private void checkAgainstStored(Institution institution) {
        institutions.siretTaken(institution, Optional.empty()).ifPresent(problem -> {
            throw new ConflictException(problem);
        });
        Set<InstitutionId> seen = new HashSet<>(Set.of(institution.id()));
        Optional<InstitutionId> ancestor = institution.parent();
        while (ancestor.isPresent()) {
            InstitutionId parentId = ancestor.get();
            if (!seen.add(parentId)) {
                throw new InvalidInputException(Problem.general("institution.parent.cycle", institution.id()));
            }
            ancestor = institutions.find(parentId).orElseThrow(() -> new InvalidInputException(
                    Problem.general("institution.parent.unknown", parentId))).parent();
        }
    }

    private static NotFoundException notFound(InstitutionId id) {
        return new NotFoundException(Problem.general("institution.not-found", id));
    }
}
