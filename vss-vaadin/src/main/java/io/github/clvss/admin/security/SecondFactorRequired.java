package io.github.clvss.admin.security;

import io.github.clvss.core.account.SignInAnswer;
import org.springframework.security.core.AuthenticationException;

/**
 * The first step of a sign-in passed (password or identity provider) and the account has a
 * second factor: {@link SignInFailures} keeps the pending sign-in in the session and sends the
 * person to the code page.
 */
final class SecondFactorRequired extends AuthenticationException {

    private final transient SignInAnswer.SecondFactorNeeded pending;

    SecondFactorRequired(SignInAnswer.SecondFactorNeeded pending) {
        super("second factor required");
        this.pending = pending;
    }

    SignInAnswer.SecondFactorNeeded pending() {
        return pending;
    }
}
