package io.github.clvss.admin.security;

import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.ExternalIdentity;
import io.github.clvss.core.account.SignInAnswer;
import io.github.clvss.core.shared.EmailAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-in through an OpenID Connect provider: the provider authenticates the person (authorization
 * code flow with PKCE, scopes {@code openid email} unless configured; the userinfo answer read as JSON or
 * as a signed JWT, {@link ProviderUserInfo}); vss-core then maps the identity to an account
 * ({@link io.github.clvss.core.account.AccountAdministration#signInWith}) with the same lockout
 * and second factor as the password form, and journals the attempt.
 */
final class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final AccountAdministration accounts;
    private final OidcProperties properties;
    private final OidcUserService provider = new OidcUserService();

    OidcSignIn(AccountAdministration accounts, OidcProperties properties) {
        this(accounts, properties, new ProviderUserInfo());
    }

    OidcSignIn(AccountAdministration accounts, OidcProperties properties, ProviderUserInfo userInfo) {
        this.accounts = accounts;
        this.properties = properties;
        // The ID token names the person; the userinfo endpoint is asked only for an e-mail address
        // to link by, when the installation links by e-mail and the token has none.
        provider.setRetrieveUserInfo(request -> properties.linkByEmail() && request.getIdToken().getEmail() == null);
        provider.setOauth2UserService(userInfo);
    }

    /** The provider's registration, read from its discovery document. */
    ClientRegistration registration() {
        return ClientRegistrations.fromIssuerLocation(Objects.requireNonNull(properties.issuer()))
                .registrationId(OidcProperties.REGISTRATION)
                .clientId(Objects.requireNonNull(properties.clientId(), "vss.oidc.client-id"))
                .clientSecret(properties.clientSecret())
                .scope(properties.scopesAsked())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person;
        try {
            person = provider.loadUser(request);
        } catch (OAuth2AuthenticationException refused) {
            String code = refused.getError().getErrorCode();
            // a signed answer that failed its checks, or an answer about someone else than the ID token's subject
            if (ProviderUserInfo.UNTRUSTED.equals(code) || "invalid_user_info_response".equals(code)) {
                org.slf4j.LoggerFactory.getLogger(OidcSignIn.class).warn("Identity provider answer refused: {}",
                        refused.getError().getDescription());
                SignInAnswer answer = accounts.refuseUntrustedIdentity(address());
                throw answer instanceof SignInAnswer.Refused(SignInAnswer.Reason reason) && reason == SignInAnswer.Reason.TOO_MANY_ATTEMPTS
                        ? refused("vss_too_many_attempts", new TooManyAttempts())
                        : refused(ProviderUserInfo.UNTRUSTED, new UntrustedIdentity());
            }
            throw refused;
        }
        String issuer = String.valueOf(person.getIdToken().getIssuer());
        Optional<EmailAddress> email = Optional.ofNullable(person.getEmail())
                .flatMap(raw -> EmailAddress.parse(raw, "email").asOptional());
        Optional<Boolean> verified = Optional.ofNullable(person.getEmailVerified());
        SignInAnswer answer;
        try {
            answer = accounts.signInWith(new ExternalIdentity(issuer, person.getSubject(), email, verified),
                    address(), properties.linkByEmail());
        } catch (IllegalArgumentException malformed) {
            throw refused("vss_unknown_identity", new UnknownIdentity());
        }
        return switch (answer) {
            case SignInAnswer.Accepted(Account account) -> new SignedInPerson(account, person);
            case SignInAnswer.SecondFactorNeeded pending -> throw refused("vss_second_factor",
                    new SecondFactorRequired(pending, Optional.of(new ProviderSession(person.getIdToken()))));
            case SignInAnswer.Refused(SignInAnswer.Reason reason) -> throw reason == SignInAnswer.Reason.TOO_MANY_ATTEMPTS
                    ? refused("vss_too_many_attempts", new TooManyAttempts())
                    : refused("vss_unknown_identity", new UnknownIdentity());
        };
    }

    private static OAuth2AuthenticationException refused(String code, Throwable cause) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), cause);
    }

    private static Optional<String> address() {
        return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .filter(ServletRequestAttributes.class::isInstance)
                .map(attributes -> ((ServletRequestAttributes) attributes).getRequest())
                .map(HttpServletRequest::getRemoteAddr);
    }

    /** The provider's person, with the vss account they signed in as. */
    static final class SignedInPerson extends DefaultOidcUser {

        private final SignedInUser user;
        private final List<GrantedAuthority> roles;

        SignedInPerson(Account account, OidcUser person) {
            super(person.getAuthorities(), person.getIdToken(), person.getUserInfo());
            this.user = SignedInUser.of(account);
            this.roles = VssAuthenticationProvider.authorities(account);
        }

        SignedInUser user() {
            return user;
        }

        Collection<GrantedAuthority> roles() {
            return roles;
        }
    }
}
