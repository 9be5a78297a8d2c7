package io.github.clvss.core.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A text the contract cites in its "Vu …" clauses: a convention, a law, a plan. The seed
 * gives a number and a date for its laws and not for everything else, so both are optional.
 *
 * @param kind what sort of text it is
 * @param title its title, as the contract words it
 * @param number its official number, e.g. {@code 2020-936} for a law
 * @param date its date (for a law, the date of its enactment)
 */
public record LegalReference(Kind kind, String title, Optional<String> number, Optional<LocalDate> date) {

    /** Longest accepted number. */
    public static final int NUMBER_MAX = 40;

    /** What sort of text a reference is. */
    public enum Kind {
        /** An international convention (the Council of Europe's, for instance). */
        CONVENTION,
        /** A law (loi). */
        LAW,
        /** An ordinance (ordonnance). */
        ORDINANCE,
        /** A decree (décret). */
        DECREE,
        /** A circular (circulaire). */
        CIRCULAR,
        /** A plan or a strategy, national or local. */
        PLAN,
        /** Anything else. */
        OTHER
    }

    public LegalReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
    }
}
