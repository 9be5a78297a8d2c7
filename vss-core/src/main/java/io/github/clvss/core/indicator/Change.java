package io.github.clvss.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The change of a value from one period to the next, the way the founding contract writes it
 * ("+38,4 % de faits en 2022 par rapport à 2021"): the difference, and the relative change in
 * per cent of the earlier value.
 *
 * <p>{@link #between} is a pure function with honest cases:
 * <ul>
 *   <li>both values known, the earlier one not zero: {@link Relative}, the percentage
 *       {@code (current − previous) / |previous| × 100} rounded to one decimal, half away from
 *       zero ({@link RoundingMode#HALF_UP} on the exact quotient: 38.45 → 38.5, −2.25 → −2.3);
 *       dividing by {@code |previous|} keeps the sign of the change when the base is negative;</li>
 *   <li>the earlier value zero: {@link FromZero}, the difference only — there is no percentage
 *       of zero (from 0 to 4 is "new", not "+∞ %"); from 0 to 0 the difference is 0;</li>
 *   <li>a value missing (no measurement for one of the periods): {@link NotComparable}, no
 *       change at all — a missing year is never read as zero.</li>
 * </ul>
 * {@link Withheld} is never computed here: disclosure control puts it in place of a change
 * whose earlier or later value is masked, since the change would reveal it.
 */
public sealed interface Change {

    /** Decimals of a percentage. */
    int PERCENT_DECIMALS = 1;

    /**
     * A relative change.
     *
     * @param difference current − previous
     * @param percent the change in per cent of |previous|, one decimal, rounded half away from zero
     */
    record Relative(BigDecimal difference, BigDecimal percent) implements Change {
        public Relative {
            Objects.requireNonNull(difference, "difference");
            Objects.requireNonNull(percent, "percent");
        }
    }

    /**
     * A change from zero: no percentage.
     *
     * @param difference the later value (current − 0)
     */
    record FromZero(BigDecimal difference) implements Change {
        public FromZero {
            Objects.requireNonNull(difference, "difference");
        }

        /** Whether something appeared where there was nothing: "new". */
        public boolean isNew() {
            return difference.signum() != 0;
        }
    }

    /** No change can be given: a period has no value. */
    record NotComparable() implements Change {
    }

    /** The change is not shown: it would reveal a masked value. */
    record Withheld() implements Change {
    }

    /** The change from {@code previous} to {@code current}, either possibly missing. */
    static Change between(Optional<BigDecimal> previous, Optional<BigDecimal> current) {
        if (previous.isEmpty() || current.isEmpty()) {
            return new NotComparable();
        }
        BigDecimal base = previous.get();
        BigDecimal difference = current.get().subtract(base);
        if (base.signum() == 0) {
            return new FromZero(difference);
        }
        BigDecimal percent = difference.multiply(BigDecimal.valueOf(100))
                .divide(base.abs(), PERCENT_DECIMALS, RoundingMode.HALF_UP);
        return new Relative(difference, percent);
    }
}
