package io.github.clvss.core.indicator;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an indicator.
 *
 * @param value a time-ordered UUID
 */
public record IndicatorId(UUID value) {

    public IndicatorId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for an indicator defined now. */
    public static IndicatorId next(Clock clock) {
        return new IndicatorId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<IndicatorId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(IndicatorId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
