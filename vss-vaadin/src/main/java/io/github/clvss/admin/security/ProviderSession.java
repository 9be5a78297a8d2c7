package io.github.clvss.admin.security;

import java.io.Serializable;
import java.util.Objects;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The identity provider's session a person signed in through, kept with their vss sign-in (as
 * the authentication's details): its ID token, sent back to the provider at sign-out
 * ({@code id_token_hint}) so that the provider ends its session too ({@link ProviderSignOut}).
 *
 * @param idToken the ID token the provider gave at sign-in
 */
record ProviderSession(OidcIdToken idToken) implements Serializable {

    ProviderSession {
        Objects.requireNonNull(idToken, "idToken");
    }
}
