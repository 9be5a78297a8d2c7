package io.github.clvss.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's time-based one-time password (TOTP) second factor. Its secret is kept as Base32
 * text and never shown once enrolment is over; {@link #toString()} leaves it out.
 *
 * @param account whose factor it is
 * @param secret the shared secret, Base32
 * @param active whether sign-in asks for it (false until a first code confirmed the enrolment)
 * @param lastStep the last 30-second step whose code was accepted (0 before any), so that a code
 *        is never accepted twice
 * @param startedAt when the enrolment began
 */
public record SecondFactor(AccountId account, String secret, boolean active, long lastStep, Instant startedAt) {

    public SecondFactor {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(startedAt, "startedAt");
        if (secret.isBlank() || lastStep < 0) {
            throw new IllegalArgumentException("a second factor needs a secret and a step >= 0");
        }
    }

    /** The factor, asked for at sign-in from now on. */
    SecondFactor activate(long step) {
        return new SecondFactor(account, secret, true, step, startedAt);
    }

    /** The factor after the code of {@code step} was accepted. */
    SecondFactor usedAt(long step) {
        return new SecondFactor(account, secret, active, step, startedAt);
    }

    byte[] secretBytes() {
        return Totp.fromBase32(secret);
    }

    @Override
    public String toString() {
        return "SecondFactor[account=" + account + ", active=" + active + ", lastStep=" + lastStep + "]";
    }
}
