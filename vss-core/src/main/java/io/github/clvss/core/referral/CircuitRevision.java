package io.github.clvss.core.referral;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One published revision of a territory's circuits: the circuits as they were, when, and
 * what changed since the revision before.
 *
 * @param plan the circuits at that revision
 * @param publishedAt when it was published
 * @param changes what it changed since the previous revision, in the circuits' order
 */
public record CircuitRevision(CircuitPlan plan, Instant publishedAt, List<CircuitChange> changes) {

    public CircuitRevision {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(publishedAt, "publishedAt");
        changes = List.copyOf(changes);
    }

    /** The revision's number. */
    public long revision() {
        return plan.revision();
    }
}
