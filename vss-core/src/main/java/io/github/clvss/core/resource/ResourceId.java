package io.github.clvss.core.resource;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a resource of the registry of useful addresses.
 *
 * @param value a time-ordered UUID
 */
public record ResourceId(UUID value) {

    public ResourceId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a resource recorded now. */
    public static ResourceId next(Clock clock) {
        return new ResourceId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<ResourceId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(ResourceId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
