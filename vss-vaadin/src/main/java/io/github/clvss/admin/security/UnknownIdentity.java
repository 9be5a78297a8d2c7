package io.github.clvss.admin.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A person the identity provider authenticated whom no vss account matches: the sign-in page
 * says so (in the person's language) and the attempt is journaled by vss-core.
 */
public final class UnknownIdentity extends AuthenticationException {

    UnknownIdentity() {
        super("identity linked to no account");
    }
}
