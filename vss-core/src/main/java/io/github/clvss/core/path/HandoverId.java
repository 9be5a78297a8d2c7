package io.github.clvss.core.path;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a handover of a path from one partner to another.
 *
 * @param value a time-ordered UUID
 */
public record HandoverId(UUID value) {

    public HandoverId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for one made now. */
    public static HandoverId next(Clock clock) {
        return new HandoverId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<HandoverId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(HandoverId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
