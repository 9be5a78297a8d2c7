package io.github.clvss.core.access;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a territory. The territory is the unit of access: every territory-owned record
 * carries it and every grant but the platform administrator's names one.
 *
 * @param value a time-ordered UUID
 */
public record TerritoryId(UUID value) {

    public TerritoryId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a territory created now. */
    public static TerritoryId next(Clock clock) {
        return new TerritoryId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<TerritoryId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(TerritoryId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
