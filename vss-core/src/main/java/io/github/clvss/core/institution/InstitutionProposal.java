package io.github.clvss.core.institution;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to an institution that other territories use, proposed by the coordinator of one
 * territory: a coordinator corrects directly only an institution no other territory uses; for a
 * shared one, the platform administrator accepts or rejects the proposal.
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
        Optional<Instant> decidedAt) {

    public InstitutionProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        boolean decided = status != ProposalStatus.PENDING;
        if (decided != decidedBy.isPresent() || decided != decidedAt.isPresent()) {
            throw new IllegalArgumentException("a decided proposal, and only a decided one, names who decided and when");
        }
    }

    /** A new proposal, pending. */
    public static InstitutionProposal make(Clock clock, Institution proposed, TerritoryId territory, String proposedBy) {
        return new InstitutionProposal(ProposalId.next(clock), 0, proposed, territory, proposedBy, clock.instant(),
                ProposalStatus.PENDING, Optional.empty(), Optional.empty());
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
                Optional.of(by), Optional.of(at));
    }
}
