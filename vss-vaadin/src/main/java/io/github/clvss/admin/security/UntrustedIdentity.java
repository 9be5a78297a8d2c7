package io.github.clvss.admin.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The identity provider's answer about the person failed its checks (a signed answer whose
 * signature, issuer or audience is wrong): the sign-in page says so, in the person's language,
 * and vss-core journals the refusal.
 */
public final class UntrustedIdentity extends AuthenticationException {

    UntrustedIdentity() {
        super("identity provider answer not trusted");
    }
}
