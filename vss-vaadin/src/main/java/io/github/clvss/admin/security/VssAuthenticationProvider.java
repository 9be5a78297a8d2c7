package io.github.clvss.admin.security;

import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.account.SignInAnswer;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs people in through vss-core: it checks the password hash, throttles and locks after
 * refused attempts (per login and per source address) and journals every attempt. For an
 * account with a second factor, a right password only leads to the code page
 * ({@link SecondFactorRequired}).
 * The roles given to Spring Security only open screens; vss-core checks each territory.
 */
@Component
class VssAuthenticationProvider implements AuthenticationProvider {

    /** Stands for every login typed in a form no account can have; never accepted, even if opened. */
    private static final Login MALFORMED = new Login("0-malformed-login");

    private final AccountAdministration accounts;

    VssAuthenticationProvider(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName() == null ? "" : authentication.getName();
        Object credentials = authentication.getCredentials();
        char[] password = credentials == null ? new char[0] : credentials.toString().toCharArray();
        Optional<String> address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress()) : Optional.empty();
        // A login no account can have (bad format) goes through the same checks under a stand-in
        // login, so that it costs the same and spends the address's budget too; it is never accepted.
        Optional<Login> typed = Login.parse(name, "login").asOptional();
        SignInAnswer answer = accounts.signIn(typed.orElse(MALFORMED), password, address);
        if (typed.isPresent() && answer instanceof SignInAnswer.SecondFactorNeeded pending) {
            throw new SecondFactorRequired(pending);
        }
        if (typed.isEmpty() || !(answer instanceof SignInAnswer.Accepted)) {
            throw answer instanceof SignInAnswer.Refused(SignInAnswer.Reason reason) && reason == SignInAnswer.Reason.TOO_MANY_ATTEMPTS
                    ? new TooManyAttempts() : new BadCredentialsException("sign-in refused");
        }
        Account account = answer.account().orElseThrow();
        return UsernamePasswordAuthenticationToken.authenticated(SignedInUser.of(account), null, authorities(account));
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    static List<GrantedAuthority> authorities(Account account) {
        return account.grants().stream().map(Grant::role).distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
