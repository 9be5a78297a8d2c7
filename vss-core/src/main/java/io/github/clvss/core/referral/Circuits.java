package io.github.clvss.core.referral;

import io.github.clvss.core.access.TerritoryId;

/** Port: where each territory's local circuits are kept, with their revision. */
public interface Circuits {

    /** The territory's circuits in order and their revision (0 and none when it has none yet). */
    CircuitPlan plan(TerritoryId territory);

    /**
     * Stores a territory's circuits as a new revision, replacing the previous ones; the plan's
     * revision must be the stored one plus 1, else it throws a
     * {@link io.github.clvss.core.shared.ConflictException} (someone changed them meanwhile).
     */
    CircuitPlan store(TerritoryId territory, CircuitPlan plan);
}
