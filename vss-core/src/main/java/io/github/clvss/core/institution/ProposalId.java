package io.github.clvss.core.institution;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a proposed change to a shared institution.
 *
 * @param value a time-ordered UUID
 */
public record ProposalId(UUID value) {

    public ProposalId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a proposal made now. */
    public static ProposalId next(Clock clock) {
        return new ProposalId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<ProposalId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(ProposalId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
