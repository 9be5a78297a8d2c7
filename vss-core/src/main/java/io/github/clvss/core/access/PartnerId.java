package io.github.clvss.core.access;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a partner: an institution's place in one contract. A partner grant limits a
 * user to that partner's records.
 *
 * @param value a time-ordered UUID
 */
public record PartnerId(UUID value) {

    public PartnerId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a partner created now. */
    public static PartnerId next(Clock clock) {
        return new PartnerId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<PartnerId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(PartnerId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
