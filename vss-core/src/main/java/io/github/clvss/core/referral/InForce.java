package io.github.clvss.core.referral;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a rule is in force: from the day the text that created it took effect, until the
 * last day before a text changed or ended it, if one did.
 *
 * @param from the first day
 * @param until the last day, when the rule has ended
 */
public record InForce(LocalDate from, Optional<LocalDate> until) {

    public InForce {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end before it starts: " + from + " – " + until.get());
        }
    }

    /** In force from a day on. */
    public static InForce from(LocalDate from) {
        return new InForce(from, Optional.empty());
    }

    /** In force from a day to another, both included. */
    public static InForce between(LocalDate from, LocalDate until) {
        return new InForce(from, Optional.of(until));
    }

    /** Whether the day is in the period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until.isEmpty() || !day.isAfter(until.get()));
    }
}
