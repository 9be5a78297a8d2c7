package io.github.clvss.core.partner;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a référent record: one person in one role for one partner, over one period.
 *
 * @param value a time-ordered UUID
 */
public record ReferentId(UUID value) {

    public ReferentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a référent recorded now. */
    public static ReferentId next(Clock clock) {
        return new ReferentId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<ReferentId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(ReferentId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
