package io.github.clvss.core.referral;

import java.util.Objects;
import java.util.List;

/**
 * What one revision of a territory's circuits changed in one circuit.
 *
 * @param circuit the circuit's name
 * @param kind added, removed or changed
 * @param fields for a changed circuit, what changed: {@code when}, {@code target},
 *     {@code urgency}, {@code channel}, {@code reason}, {@code position}; empty otherwise
 */
public record CircuitChange(String circuit, Kind kind, List<String> fields) {

    public CircuitChange {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
    }

    /** How a circuit changed. */
    public enum Kind {
        /** It did not exist before. */
        ADDED,
        /** It no longer exists. */
        REMOVED,
        /** Some of its fields changed. */
        CHANGED
    }
}
