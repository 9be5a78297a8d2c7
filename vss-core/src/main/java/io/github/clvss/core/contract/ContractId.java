package io.github.clvss.core.contract;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a contract (CLVSS).
 *
 * @param value a time-ordered UUID
 */
public record ContractId(UUID value) {

    public ContractId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a contract created now. */
    public static ContractId next(Clock clock) {
        return new ContractId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<ContractId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(ContractId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
