package io.github.clvss.core.institution;

import io.github.clvss.core.access.TerritoryId;
import java.time.Instant;
import java.util.Objects;

/**
 * A territory that uses an institution approving a proposed change to it, through its
 * coordinator.
 *
 * @param territory the approving territory
 * @param by the {@link io.github.clvss.core.access.Actor#id() id} of its coordinator who approved
 * @param at when
 */
public record ProposalApproval(TerritoryId territory, String by, Instant at) {

    public ProposalApproval {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
