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
 * @param remote whether the sitting was held remotely (visioconférence), as a health-emergency
 *     derogation allowed (ordonnance n° 2020-391, loi n° 2020-1379 art. 6, loi n° 2021-1465 art. 10)
 */
public record Session(Optional<LocalDate> date, Optional<LocalTime> time, Optional<String> place,
        Optional<String> president, boolean remote) {

    /** A session of which nothing is known yet. */
    public static final Session UNKNOWN = new Session(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Session {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(president, "president");
    }

    /** A sitting held in the room. */
    public Session(Optional<LocalDate> date, Optional<LocalTime> time, Optional<String> place, Optional<String> president) {
        this(date, time, place, president, false);
    }
}
