package io.github.clvss.admin.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through an OpenID Connect provider (ProConnect or any standard one), beside the
 * password form. Off unless {@code issuer} is set.
 *
 * @param issuer the provider's issuer URL; its {@code /.well-known/openid-configuration} is read at start
 * @param clientId the client id the provider gave this installation
 * @param clientSecret its secret
 * @param label the sign-in button's text (e.g. "S’identifier avec ProConnect"); a default when empty
 * @param linkByEmail whether an identity not yet linked to an account may be linked, at its first
 *        sign-in, to the one enabled account whose e-mail address is the identity's (see README)
 */
@ConfigurationProperties("vss.oidc")
record OidcProperties(@Nullable String issuer, @Nullable String clientId, @Nullable String clientSecret,
        @Nullable String label, boolean linkByEmail) {

    /** The registration id, in the provider's redirect URI: {@code {base}/login/oauth2/code/oidc}. */
    static final String REGISTRATION = "oidc";

    boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }
}
