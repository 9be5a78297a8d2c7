package io.github.clvss.core.deliberation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The council's sitting (séance) at which a deliberation was taken, as its register extract
 * states it. Every fact may still be missing while a form is being filled in.
 *
 * @param date the day of the session
 * @param time the hour it opened, in the territory's legal time
 * @param place where it was held, e.g. {@code Salle du Conseil}
 * @param president who presided (the mayor, or who replaced them), as the act names them
 */
public record Session(Optional<LocalDate> date, Optional<LocalTime> time, Optional<String> place,
        Optional<String> president) {

    /** A session of which nothing is known yet. */
    public static final Session UNKNOWN = new Session(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Session {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(president, "president");
    }
}
