package io.github.clvss.core.institution;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Port: where proposed changes to shared institutions are kept. */
public interface InstitutionProposals {

    /** Stores a new proposal; its version becomes 1. */
    InstitutionProposal add(InstitutionProposal proposal);

    /**
     * Stores a decided or newly approved proposal if its version is still the stored one, else
     * conflicts. Approvals are only added, never removed.
     */
    InstitutionProposal update(InstitutionProposal proposal);

    /** The proposal with this id. */
    Optional<InstitutionProposal> find(ProposalId id);

    /**
     * A page of proposals, newest first: those that concern one territory (made by it, or about
     * an institution it uses now), or all; in one status, or in any.
     */
    List<InstitutionProposal> list(Optional<TerritoryId> territory, Optional<ProposalStatus> status, PageRequest page);

    /** How many proposals {@link #list} would give in all. */
    long count(Optional<TerritoryId> territory, Optional<ProposalStatus> status);
}
