package io.github.clvss.admin.security;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Builds the security context a real sign-in of that account would. */
final class SignedInAsFactory implements WithSecurityContextFactory<SignedInAs> {

    private final Vss vss;

    SignedInAsFactory(Vss vss) {
        this.vss = vss;
    }

    @Override
    public SecurityContext createSecurityContext(SignedInAs signedIn) {
        return contextOf(vss, signedIn.value());
    }

    /** The security context of that demo account, signed in. */
    static SecurityContext contextOf(Vss vss, String login) {
        Account account = vss.accounts().find(Actor.system(),
                vss.accounts().idOf(Actor.system(), new Login(login)).orElseThrow());
        SecurityContext context = new org.springframework.security.core.context.SecurityContextImpl();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SignedInUser.of(account), null,
                VssAuthenticationProvider.authorities(account)));
        return context;
    }
}
