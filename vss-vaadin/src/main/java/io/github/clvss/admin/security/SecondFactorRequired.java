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
    private final transient java.util.Optional<ProviderSession> provider;

    SecondFactorRequired(SignInAnswer.SecondFactorNeeded pending) {
        this(pending, java.util.Optional.empty());
    }

    /** After the identity provider's first step: its session is kept for the sign-out. */
    SecondFactorRequired(SignInAnswer.SecondFactorNeeded pending, java.util.Optional<ProviderSession> provider) {
        super("second factor required");
        this.pending = pending;
        this.provider = provider;
    }

    SignInAnswer.SecondFactorNeeded pending() {
        return pending;
    }

    java.util.Optional<ProviderSession> provider() {
        return provider;
    }
}
