package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import java.time.Instant;
import java.util.Objects;

/**
 * One dated step of a handover's life, with who took it.
 *
 * @param status the status it reached
 * @param at when
 * @param by the account id of who took it
 * @param partner the partner they acted for
 */
public record HandoverStep(HandoverStatus status, Instant at, String by, PartnerId partner) {

    public HandoverStep {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(partner, "partner");
    }
}
