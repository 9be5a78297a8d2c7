package io.github.clvss.core.account;

import java.util.Objects;
import java.util.Optional;

/** How vss answers a sign-in: accepted, or refused with the one reason a person may be told. */
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
     * Why a sign-in was refused, as far as a person may know. An unknown login, a wrong
     * password and a disabled account are the same answer; a wait and a lockout are the same
     * answer, given to known and unknown logins alike, so neither tells whether a login exists
     * or whether the password typed was right.
     */
    enum Reason {
        /** The login and password do not open an account. */
        WRONG_LOGIN_OR_PASSWORD,
        /** Too many refused attempts for this login or from this address: try again later. */
        TOO_MANY_ATTEMPTS
    }
}
