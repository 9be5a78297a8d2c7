package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A handover as the coordinator's dashboard sees it: who sent it to whom, when, and how late —
 * none of the path's facts, not even its reference.
 *
 * @param handover the handover's id
 * @param from the sending partner
 * @param to the receiving partner
 * @param status where it stands
 * @param sentAt when it was sent
 * @param deadline when it became (or becomes) late
 */
public record HandoverDelay(HandoverId handover, PartnerId from, PartnerId to, HandoverStatus status, Instant sentAt,
        Instant deadline) {

    public HandoverDelay {
        Objects.requireNonNull(handover, "handover");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(deadline, "deadline");
    }
}
