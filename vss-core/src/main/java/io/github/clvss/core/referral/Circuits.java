package io.github.clvss.core.referral;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.PageRequest;
import java.time.Instant;
import java.util.List;

/** Port: where each territory's local circuits are kept, with every revision published. */
public interface Circuits {

    /** The territory's circuits in order and their revision (0 and none when it has none yet). */
    CircuitPlan plan(TerritoryId territory);

    /**
     * Stores a territory's circuits as a new revision published at {@code publishedAt},
     * replacing the current ones and keeping the revision in the history; the plan's revision
     * must be the stored one plus 1, else it throws a
     * {@link io.github.clvss.core.shared.ConflictException} (someone changed them meanwhile).
     */
    CircuitPlan store(TerritoryId territory, CircuitPlan plan, Instant publishedAt);

    /** A page of the territory's published revisions, newest first, each with what it changed. */
    List<CircuitRevision> history(TerritoryId territory, PageRequest page);

    /** How many revisions the territory has published. */
    long countRevisions(TerritoryId territory);
}
