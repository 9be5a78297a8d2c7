package io.github.clvss.core.followup;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a follow-up action under a commitment.
 *
 * @param value a time-ordered UUID
 */
public record ActionId(UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a follow-up action under a commitment added now. */
    public static ActionId next(Clock clock) {
        return new ActionId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<ActionId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(ActionId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
