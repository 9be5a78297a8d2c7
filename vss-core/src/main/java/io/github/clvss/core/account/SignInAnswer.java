package io.github.clvss.core.account;

import java.util.Objects;
import java.util.Optional;

/**
 * How vss answers a sign-in: accepted, refused with the one reason a person may be told, or
 * waiting for a code of the person's second factor.
 */
public sealed interface SignInAnswer {

    /** The account signed in, when accepted. */
    Optional<Account> account();

    /**
     * Accepted.
     *
     * @param signedIn the account
     */
    record Accepted(Account signedIn) implements SignInAnswer {

        public Accepted {
            Objects.requireNonNull(signedIn, "signedIn");
        }

        @Override
        public Optional<Account> account() {
            return Optional.of(signedIn);
        }
    }

    /**
     * Refused.
     *
     * @param reason what the person may be told
     */
    record Refused(Reason reason) implements SignInAnswer {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<Account> account() {
            return Optional.empty();
        }
    }

    /**
     * The password (or the identity provider) was right and the account has an active second
     * factor: the sign-in is not accepted until {@link AccountAdministration#confirmSignIn} gets
     * a valid code for it, before {@link #expiresAt()}. Only vss makes one. Not signed in yet:
     * {@link #account()} is empty.
     */
    final class SecondFactorNeeded implements SignInAnswer {

        /** How long a person has to type the code after the first step. */
        static final java.time.Duration LIFETIME = java.time.Duration.ofMinutes(5);

        private final AccountId pending;
        private final Login login;
        private final java.time.Instant expiresAt;

        SecondFactorNeeded(AccountId pending, Login login, java.time.Instant expiresAt) {
            this.pending = Objects.requireNonNull(pending, "pending");
            this.login = Objects.requireNonNull(login, "login");
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        }

        /** The account waiting for its code. */
        public AccountId pending() {
            return pending;
        }

        Login login() {
            return login;
        }

        /** Until when the code is awaited. */
        public java.time.Instant expiresAt() {
            return expiresAt;
        }

        @Override
        public Optional<Account> account() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "SecondFactorNeeded[" + pending + "]";
        }
    }

    /**
     * Why a sign-in was refused, as far as a person may know. An unknown login, a wrong
     * password and a disabled account are the same answer; a wait and a lockout are the same
     * answer, given to known and unknown logins alike, so neither tells whether a login exists
     * or whether the password typed was right.
     */
    enum Reason {
        /** The login and password do not open an account. */
        WRONG_LOGIN_OR_PASSWORD,
        /** Too many refused attempts for this login or from this address: try again later. */
        TOO_MANY_ATTEMPTS,
        /** The second factor's code (or recovery code) is not valid, or was already used. */
        WRONG_CODE,
        /** The second step came too late, or its account can no longer sign in: start again. */
        EXPIRED,
        /** The identity provider's person is linked to no account. */
        UNKNOWN_IDENTITY
    }
}
