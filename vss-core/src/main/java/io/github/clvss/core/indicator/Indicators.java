package io.github.clvss.core.indicator;

import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Port: where indicators and their measurements are kept. Lists are per contract. */
public interface Indicators {

    /** Stores a new indicator; its version becomes 1. */
    Indicator add(Indicator indicator);

    /**
     * Stores a changed indicator if its version is still the stored one; otherwise throws
     * {@link io.github.clvss.core.shared.ConflictException}.
     */
    Indicator update(Indicator indicator);

    /** The indicator with this id. */
    Optional<Indicator> find(IndicatorId id);

    /** A page of a contract's indicators, by commitment id, then in the order they were defined. */
    List<Indicator> list(ContractId contract, PageRequest page);

    /** How many indicators a contract has. */
    long count(ContractId contract);

    /** Whether another indicator is a part of this one. */
    boolean hasParts(IndicatorId id);

    /** Stores a measurement, replacing the indicator's value for that period if it had one. */
    Measurement record(Measurement measurement);

    /**
     * Stores a measurement only if the period's stored value is still {@code seen} (empty: the
     * period has no value), compared as numbers; answers whether it was stored.
     */
    boolean recordOver(Measurement measurement, Optional<java.math.BigDecimal> seen);

    /** The indicator's value for a period. */
    Optional<Measurement> measurement(IndicatorId indicator, Period period);

    /** A page of an indicator's measurements, earliest period first. */
    List<Measurement> measurements(IndicatorId indicator, PageRequest page);

    /** The yearly measurements of every indicator of a contract from {@code fromYear} to {@code toYear}, both included. */
    List<Measurement> yearly(ContractId contract, int fromYear, int toYear);

    /** Removes every indicator of a contract and their measurements (a contract file replaces them with its own). */
    void removeAll(ContractId contract);
}
