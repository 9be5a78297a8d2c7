package io.github.clvss.core.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The refused sign-ins counted for one key (a login typed or a source address, as a digest).
 *
 * @param key the digest it is counted under ({@code login:<hex>}, {@code address:<hex>})
 * @param failures refusals counted, at least one
 * @param lastFailure when the last one happened
 * @param lockedUntil the end of a lockout, when one was reached
 */
public record SignInCounter(String key, int failures, Instant lastFailure, Optional<Instant> lockedUntil) {

    public SignInCounter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastFailure, "lastFailure");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        if (failures < 1) {
            throw new IllegalArgumentException("a counter counts at least one refusal");
        }
    }

    /** Whether the key is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    /** Whether a lockout was reached and has ended at {@code now}. */
    public boolean lockEndedAt(Instant now) {
        return lockedUntil.filter(until -> !now.isBefore(until)).isPresent();
    }

    /** Whether an attempt at {@code now} comes too early after the last refusal. */
    public boolean waitingAt(Instant now, SignInLimits limits, SignInLimits.Budget budget) {
        return now.isBefore(lastFailure.plus(limits.delay(failures, budget)));
    }

    /** Whether the counts are old enough to be forgotten at {@code now}. */
    public boolean forgottenAt(Instant now, SignInLimits limits) {
        return lockEndedAt(now) || (lockedUntil.isEmpty() && !now.isBefore(lastFailure.plus(limits.forgetAfter())));
    }

    /** The first refusal of {@code key}, at {@code now}. */
    static SignInCounter first(String key, Instant now, SignInLimits limits, SignInLimits.Budget budget) {
        return new SignInCounter(key, 1, now, Optional.empty()).lockIfDue(now, limits, budget);
    }

    /**
     * One more refusal at {@code now}: locks when the budget is spent; a running lockout keeps
     * its end (so a person can tell when to come back).
     */
    SignInCounter refusedAt(Instant now, SignInLimits limits, SignInLimits.Budget budget) {
        if (forgottenAt(now, limits)) {
            return first(key, now, limits, budget);
        }
        return new SignInCounter(key, failures + 1, now, lockedUntil).lockIfDue(now, limits, budget);
    }

    private SignInCounter lockIfDue(Instant now, SignInLimits limits, SignInLimits.Budget budget) {
        if (lockedUntil.isEmpty() && failures >= budget.lockAfter()) {
            return new SignInCounter(key, failures, lastFailure, Optional.of(now.plus(limits.lockout())));
        }
        return this;
    }
}
