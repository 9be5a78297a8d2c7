package io.github.clvss.admin.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Where the browser goes once vss has signed a person out. Signed in through the identity
 * provider ({@link ProviderSession}): to the provider's {@code end_session_endpoint} (from its
 * discovery document) with {@code id_token_hint}, so that the provider ends its own session too
 * — else the next "S’identifier avec …" would sign the person in again without asking — and from
 * there back to vss's sign-in page ({@code post_logout_redirect_uri}, which the provider must know
 * for this client). Signed in with a password, or a provider without that endpoint: the plain
 * sign-out, to {@code plainTarget}. In a Vaadin request the browser is sent there by the UI.
 */
final class ProviderSignOut implements LogoutSuccessHandler {

    /** Where the provider sends the browser back to: vss's sign-in page. */
    static final String BACK_TO_SIGN_IN = "{baseUrl}/login";

    private final OidcClientInitiatedLogoutSuccessHandler provider;

    ProviderSignOut(ClientRegistrationRepository registrations, String plainTarget) {
        provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri(BACK_TO_SIGN_IN);
        provider.setDefaultTargetUrl(plainTarget);
        provider.setRedirectStrategy(new UidlRedirectStrategy());
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication)
            throws IOException, ServletException {
        provider.onLogoutSuccess(request, response, atProvider(authentication));
    }

    /** The sign-in as the provider's logout handler reads it, when it went through the provider. */
    private static @Nullable Authentication atProvider(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof ProviderSession(var idToken)) {
            return new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), idToken), List.of(), OidcProperties.REGISTRATION);
        }
        return authentication;
    }
}
