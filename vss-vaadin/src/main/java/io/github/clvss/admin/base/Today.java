package io.github.clvss.admin.base;

import io.github.clvss.core.territory.Territory;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Today's date where the territory is, not in UTC: a town overseas is hours apart from Paris,
 * and both from UTC, so "today" in the server's clock may already be tomorrow there.
 */
public final class Today {

    private Today() {
    }

    /** Today in {@code territory}'s time zone ({@code facts().timeZone()}), by {@code clock}. */
    public static LocalDate in(Territory territory, Clock clock) {
        return LocalDate.now(clock.withZone(territory.facts().timeZone()));
    }
}
