package io.github.clvss.admin.security;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs people in through vss-core: it checks the password hash and journals every attempt.
 * The roles given to Spring Security only open screens; vss-core checks each territory.
 */
@Component
class VssAuthenticationProvider implements AuthenticationProvider {

    private final Vss vss;

    VssAuthenticationProvider(Vss vss) {
        this.vss = vss;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName() == null ? "" : authentication.getName();
        Object credentials = authentication.getCredentials();
        char[] password = credentials == null ? new char[0] : credentials.toString().toCharArray();
        Account account = Login.parse(name, "login").asOptional()
                .flatMap(login -> vss.accounts().signIn(login, password))
                .orElseThrow(() -> new BadCredentialsException("sign-in refused"));
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
