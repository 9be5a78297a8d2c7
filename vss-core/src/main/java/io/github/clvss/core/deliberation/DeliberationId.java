package io.github.clvss.core.deliberation;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a council deliberation (délibération).
 *
 * @param value a time-ordered UUID
 */
public record DeliberationId(UUID value) {

    public DeliberationId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a deliberation recorded now. */
    public static DeliberationId next(Clock clock) {
        return new DeliberationId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<DeliberationId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(DeliberationId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
