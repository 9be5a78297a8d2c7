package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A count of handovers alike for the statistics — what a purged path leaves behind, and how the
 * live handovers are counted too: nothing in it leads back to a path.
 *
 * @param to the receiving partner
 * @param status the status (final, for a purged path)
 * @param declineReason why it was declined, when it was
 * @param hoursToAcceptance whole hours from sent to accepted, when it was accepted
 * @param handovers how many handovers are alike
 */
public record PathTally(PartnerId to, HandoverStatus status, Optional<DeclineReason> declineReason,
        OptionalInt hoursToAcceptance, int handovers) {

    public PathTally {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(declineReason, "declineReason");
        Objects.requireNonNull(hoursToAcceptance, "hoursToAcceptance");
        if (handovers < 1 || hoursToAcceptance.orElse(0) < 0) {
            throw new IllegalArgumentException("a tally counts at least one handover, accepted after zero hours or more");
        }
    }

    /** One handover, as counted. */
    public static PathTally of(Handover handover) {
        return new PathTally(handover.to(), handover.status(), handover.declineReason(),
                handover.timeToAcceptance().map(d -> OptionalInt.of((int) Math.max(0, d.toHours()))).orElse(OptionalInt.empty()),
                1);
    }
}
