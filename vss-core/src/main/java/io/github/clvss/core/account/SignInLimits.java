package io.github.clvss.core.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How many refused sign-ins vss tolerates before it slows down and then locks: each login typed
 * and each source address has its own budget. Past {@link Budget#delayAfter()} refusals, the
 * next attempt must wait {@code firstDelay}, then twice as long after each further refusal (at
 * most {@code maxDelay}); at {@link Budget#lockAfter()} refusals, that login (or address) is
 * locked for {@code lockout}, even with the right password. An attempt that comes too early or
 * during a lockout is refused without checking the password, and counts as a refusal.
 * Refusals older than {@code forgetAfter} are forgotten.
 *
 * @param perLogin the budget of each login typed (known or not, so that an unknown login
 *        behaves exactly like a known one)
 * @param perAddress the budget of each source address, across logins
 * @param firstDelay the first wait
 * @param maxDelay the longest wait
 * @param lockout how long a lockout lasts
 * @param forgetAfter how long refusals are remembered without a new one
 */
public record SignInLimits(Budget perLogin, Budget perAddress, Duration firstDelay, Duration maxDelay,
        Duration lockout, Duration forgetAfter) {

    /**
     * The defaults: per login, a growing wait (2 s, 4 s, 8 s… at most 1 min) after 5 refusals and
     * a 15-minute lockout at 10; per address, waits after 20 refusals and a lockout at 50;
     * refusals forgotten after an hour without one.
     */
    public static final SignInLimits DEFAULT = new SignInLimits(new Budget(5, 10), new Budget(20, 50),
            Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));

    public SignInLimits {
        Objects.requireNonNull(perLogin, "perLogin");
        Objects.requireNonNull(perAddress, "perAddress");
        positive(firstDelay, "firstDelay");
        positive(maxDelay, "maxDelay");
        positive(lockout, "lockout");
        positive(forgetAfter, "forgetAfter");
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than firstDelay " + firstDelay);
        }
    }

    /**
     * One budget of refusals.
     *
     * @param delayAfter refusals after which each attempt must wait
     * @param lockAfter refusals that lock (more than {@code delayAfter})
     */
    public record Budget(int delayAfter, int lockAfter) {

        public Budget {
            if (delayAfter < 1 || lockAfter <= delayAfter) {
                throw new IllegalArgumentException(
                        "a budget needs 1 <= delayAfter < lockAfter, not " + delayAfter + " and " + lockAfter);
            }
        }
    }

    /** How long the next attempt must wait after {@code refusals} refusals of {@code budget}. */
    public Duration delay(int refusals, Budget budget) {
        if (refusals < budget.delayAfter()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(refusals - budget.delayAfter(), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
