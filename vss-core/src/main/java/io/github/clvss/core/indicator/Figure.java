package io.github.clvss.core.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value as it may leave vss, after disclosure control: shown, masked, or missing.
 */
public sealed interface Figure {

    /**
     * A value that may be shown.
     *
     * @param value the value
     */
    record Shown(BigDecimal value) implements Figure {
        public Shown {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A value that must not be shown.
     *
     * @param reason why
     */
    record Masked(Reason reason) implements Figure {
        public Masked {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** No value was recorded for the period. */
    record Missing() implements Figure {
    }

    /** Why a value is masked. */
    enum Reason {
        /** A count of people above zero and below the threshold (primary suppression). */
        BELOW_THRESHOLD,
        /** A value masked so that a small count cannot be worked out from it (secondary suppression). */
        PROTECTS_ANOTHER
    }

    /** Whether the value is masked. */
    default boolean masked() {
        return this instanceof Masked;
    }
}
