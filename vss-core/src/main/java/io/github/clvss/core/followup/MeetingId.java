package io.github.clvss.core.followup;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a meeting (comité de pilotage or other).
 *
 * @param value a time-ordered UUID
 */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a meeting recorded now. */
    public static MeetingId next(Clock clock) {
        return new MeetingId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<MeetingId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(MeetingId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
