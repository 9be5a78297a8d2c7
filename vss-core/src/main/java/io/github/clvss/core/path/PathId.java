package io.github.clvss.core.path;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a victim's path (inside vss; people use its {@link PathReference}).
 *
 * @param value a time-ordered UUID
 */
public record PathId(UUID value) {

    public PathId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for one made now. */
    public static PathId next(Clock clock) {
        return new PathId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<PathId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(PathId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
