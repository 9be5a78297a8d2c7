package io.github.clvss.core.indicator;

import io.github.clvss.core.shared.Provenance;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator's value for one period. Recording a period again replaces its value. Whether
 * the value suits the indicator (a count must be a whole number) is checked when it is
 * recorded ({@link Indicator#valueProblems(BigDecimal, String)}).
 *
 * @param indicator the indicator
 * @param period the period it covers
 * @param value the value, in the indicator's unit
 * @param provenance where the figure comes from
 */
public record Measurement(IndicatorId indicator, Period period, BigDecimal value, Provenance provenance) {

    public Measurement {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
