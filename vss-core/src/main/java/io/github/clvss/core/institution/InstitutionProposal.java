package io.github.clvss.core.institution;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change to an institution that other territories use, proposed by the coordinator of one
 * territory: a coordinator corrects directly only an institution no other territory uses; for a
 * shared one, the platform administrator accepts or rejects the proposal, or every territory
 * that uses the institution approves it.
 *
 * @param id the proposal's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param proposed the institution as the coordinator would have it; its {@link Institution#version()
 *     version} is the one they saw, so accepting it after someone else changed the institution
 *     is refused
 * @param territory the territory of the coordinator who proposed it
 * @param proposedBy the {@link io.github.clvss.core.access.Actor#id() id} of who proposed it
 * @param proposedAt when
 * @param status pending, accepted or rejected
 * @param decidedBy who accepted or rejected it, once decided
 * @param decidedAt when, once decided
 * @param approvals the territories using the institution that approved it, in the order they did
 *     (then by territory id)
 */
public record InstitutionProposal(
        ProposalId id,
        long version,
        Institution proposed,
        TerritoryId territory,
        String proposedBy,
        Instant proposedAt,
        ProposalStatus status,
        Optional<String> decidedBy,
        Optional<Instant> decidedAt,
        List<ProposalApproval> approvals) {

    public InstitutionProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        approvals = approvals.stream().sorted(Comparator.comparing(ProposalApproval::at)
                .thenComparing(a -> a.territory().value())).toList();
        if (approvals.stream().map(ProposalApproval::territory).distinct().count() != approvals.size()) {
            throw new IllegalArgumentException("a territory approves a proposal once");
        }
        boolean decided = status != ProposalStatus.PENDING;
        if (decided != decidedBy.isPresent() || decided != decidedAt.isPresent()) {
            throw new IllegalArgumentException("a decided proposal, and only a decided one, names who decided and when");
        }
    }

    /**
     * A new proposal, pending; approved at once by the proposing territory when it uses the
     * institution itself.
     *
     * @param usedBy the territories using the institution now
     */
    public static InstitutionProposal make(Clock clock, Institution proposed, TerritoryId territory, String proposedBy,
            Set<TerritoryId> usedBy) {
        List<ProposalApproval> approvals = usedBy.contains(territory)
                ? List.of(new ProposalApproval(territory, proposedBy, clock.instant())) : List.of();
        return new InstitutionProposal(ProposalId.next(clock), 0, proposed, territory, proposedBy, clock.instant(),
                ProposalStatus.PENDING, Optional.empty(), Optional.empty(), approvals);
    }

    /** Whether this territory approved the proposal. */
    public boolean approvedBy(TerritoryId territory) {
        return approvals.stream().anyMatch(a -> a.territory().equals(territory));
    }

    /** Whether every one of these territories (those using the institution now) approved it. */
    public boolean approvedByAll(Set<TerritoryId> usedBy) {
        return !usedBy.isEmpty() && usedBy.stream().allMatch(this::approvedBy);
    }

    /** The same proposal, approved by one more territory; a pending proposal only, once per territory. */
    public InstitutionProposal approve(ProposalApproval approval) {
        if (status != ProposalStatus.PENDING) {
            throw new ConflictException(Problem.general("institution.proposal.decided", id));
        }
        if (approvedBy(approval.territory())) {
            throw new ConflictException(Problem.general("institution.proposal.approved-already", id));
        }
        List<ProposalApproval> more = new ArrayList<>(approvals);
        more.add(approval);
        return new InstitutionProposal(id, version, proposed, territory, proposedBy, proposedAt, status, decidedBy,
                decidedAt, more);
    }

    /** The institution this proposal changes. */
    public InstitutionId institution() {
        return proposed.id();
    }

    /** The same proposal, decided; a proposal is decided once only. */
    public InstitutionProposal decide(ProposalStatus decision, String by, Instant at) {
        if (decision == ProposalStatus.PENDING) {
            throw new IllegalArgumentException("a decision accepts or rejects");
        }
        if (status != ProposalStatus.PENDING) {
            throw new ConflictException(Problem.general("institution.proposal.decided", id));
        }
        return new InstitutionProposal(id, version, proposed, territory, proposedBy, proposedAt, decision,
                Optional.of(by), Optional.of(at), approvals);
    }
}
