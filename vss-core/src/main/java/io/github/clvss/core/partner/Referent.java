package io.github.clvss.core.partner;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A référent « violences faites aux femmes » of a partner (the contract's annex 1): a named
 * person over a period. When a référent changes, the record is ended and a new one starts, so
 * the history stays. An erased référent keeps only its place in that history (a "former
 * référent"): its {@link #details()} are gone.
 *
 * @param id the record's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param partner whose référent
 * @param territory the partner's territory
 * @param details the person's data; empty once erased
 * @param from since when, if known
 * @param until until when; empty while current
 * @param main whether this is the partner's main contact
 * @param provenance where the facts come from
 */
public record Referent(
        ReferentId id,
        long version,
        PartnerId partner,
        TerritoryId territory,
        Optional<ReferentDetails> details,
        Optional<LocalDate> from,
        Optional<LocalDate> until,
        boolean main,
        Provenance provenance) {

    public Referent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(provenance, "provenance");
        periodReversed(from, until, Optional.empty()).ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
    }

    /**
     * The rule "a référent's period ends after it starts": {@code referent.period.reversed} at
     * {@code untilPath} (a file's), or about the whole input (a service's).
     */
    public static Optional<Problem> periodReversed(Optional<LocalDate> from, Optional<LocalDate> until, Optional<String> untilPath) {
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            return Optional.of(Problem.error("referent.period.reversed", untilPath, until.get(), from.get()));
        }
        return Optional.empty();
    }

    /** A new référent of a partner. */
    public static Referent appoint(Clock clock, PartnerId partner, TerritoryId territory, ReferentDetails details,
            Optional<LocalDate> from, boolean main, Provenance provenance) {
        return new Referent(ReferentId.next(clock), 0, partner, territory, Optional.of(details), from, Optional.empty(),
                main, provenance);
    }

    /** Whether the référent is current on {@code day}. */
    public boolean isCurrent(LocalDate day) {
        return until.map(end -> !end.isBefore(day)).orElse(true) && from.map(start -> !start.isAfter(day)).orElse(true)
                && details.isPresent();
    }

    /** Whether the référent's personal data was erased. */
    public boolean isErased() {
        return details.isEmpty();
    }

    /** The same référent with corrected details. */
    public Referent correct(ReferentDetails newDetails, Optional<LocalDate> newFrom, Optional<LocalDate> newUntil) {
        return new Referent(id, version, partner, territory, Optional.of(newDetails), newFrom, newUntil, main, Provenance.ENTERED);
    }

    /** The same référent, ended on {@code day} (no longer the main contact). */
    public Referent end(LocalDate day) {
        return new Referent(id, version, partner, territory, details, from, Optional.of(day), false, provenance);
    }

    /** The same référent as main contact, or not. */
    public Referent withMain(boolean isMain) {
        return new Referent(id, version, partner, territory, details, from, until, isMain, provenance);
    }

    /** The same record with every personal datum removed: a "former référent". */
    public Referent erase() {
        return new Referent(id, version, partner, territory, Optional.empty(), from, until, false, provenance);
    }
}
