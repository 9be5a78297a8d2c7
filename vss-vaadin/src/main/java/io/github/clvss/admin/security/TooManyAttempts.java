package io.github.clvss.admin.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because of too many refused attempts for that login or from that address:
 * the sign-in page says "try again later" (the same for known and unknown logins).
 */
public final class TooManyAttempts extends AuthenticationException {

    TooManyAttempts() {
        super("too many sign-in attempts");
    }
}
