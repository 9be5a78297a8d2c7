package io.github.clvss.core.followup;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a recurring obligation is kept on a day, worked out from what was recorded.
 *
 * @param obligation the obligation
 * @param status met, due soon or overdue
 * @param lastFulfilled the day it was last fulfilled (e.g. the last meeting all signatories
 *     attended), if ever
 * @param due the day by which it must be fulfilled again: the last fulfilment (or the day the
 *     obligation is counted from, whichever is later) plus its period
 */
public record Compliance(Obligation obligation, ComplianceStatus status, Optional<LocalDate> lastFulfilled, LocalDate due) {

    /** How long before the due date an obligation is "due soon" unless told otherwise. */
    public static final Period DEFAULT_WINDOW = Period.ofDays(30);

    public Compliance {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastFulfilled, "lastFulfilled");
        Objects.requireNonNull(due, "due");
    }

    /** A due-soon window, checked: never negative. */
    public static Period window(Period value) {
        java.util.Objects.requireNonNull(value, "window");
        if (value.isNegative()) {
            throw new IllegalArgumentException("the due-soon window cannot be negative: " + value);
        }
        return value;
    }

    /**
     * The compliance on {@code today}: overdue after the due date; due soon from {@code window}
     * before it up to the due date itself; met before that.
     *
     * @param obligation the obligation
     * @param lastFulfilled the last day it was fulfilled on or before today, if ever
     * @param today today, in the territory
     * @param window how long before the due date it is "due soon"
     */
    public static Compliance on(Obligation obligation, Optional<LocalDate> lastFulfilled, LocalDate today, Period window) {
        LocalDate base = lastFulfilled.filter(d -> d.isAfter(obligation.countedFrom())).orElse(obligation.countedFrom());
        LocalDate due = base.plusMonths(obligation.everyMonths());
        ComplianceStatus status = today.isAfter(due) ? ComplianceStatus.OVERDUE
                : today.isBefore(due.minus(window)) ? ComplianceStatus.MET : ComplianceStatus.DUE_SOON;
        return new Compliance(obligation, status, lastFulfilled, due);
    }
}
