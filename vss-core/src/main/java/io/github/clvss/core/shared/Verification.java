package io.github.clvss.core.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When a record's facts were last checked, and by whom (an actor's id: an account, or
 * {@code system}). A record not checked for longer than the installation's period (six months
 * by default) is stale.
 *
 * @param at when
 * @param by the actor's id
 */
public record Verification(Instant at, String by) {

    /** How long a verification holds by default. */
    public static final Period DEFAULT_VALIDITY = Period.ofMonths(6);

    public Verification {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }

    /** Checked now by {@code actorId}. */
    public static Verification now(Clock clock, String actorId) {
        return new Verification(clock.instant(), actorId);
    }

    /** Whether the check is older than {@code validity} at the clock's instant. */
    public boolean isStale(Clock clock, Period validity) {
        return at.atZone(ZoneOffset.UTC).plus(validity).toInstant().isBefore(clock.instant());
    }
}
