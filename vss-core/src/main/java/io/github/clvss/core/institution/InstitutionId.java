package io.github.clvss.core.institution;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an institution, a record shared by every territory it serves.
 *
 * @param value a time-ordered UUID
 */
public record InstitutionId(UUID value) {

    public InstitutionId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for an institution registered now. */
    public static InstitutionId next(Clock clock) {
        return new InstitutionId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<InstitutionId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(InstitutionId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
