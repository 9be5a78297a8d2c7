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
 * @param scopes the scopes asked for; {@code openid email} when empty (ProConnect wants
 *        {@code openid email given_name usual_name siret uid}, or a subset its client was granted)
 * @param name the provider's name as people read it on the accounts screen (e.g. "ProConnect");
 *        the issuer's host name when empty
 * @param acrValues the {@code acr_values} sent with the authorization request, when set (e.g.
 *        {@code eidas1}, the level of assurance some ProConnect clients must ask for)
 */
@ConfigurationProperties("vss.oidc")
record OidcProperties(@Nullable String issuer, @Nullable String clientId, @Nullable String clientSecret,
        @Nullable String label, boolean linkByEmail, java.util.@Nullable List<String> scopes,
        @Nullable String name, @Nullable String acrValues) {

    /** The registration id, in the provider's redirect URI: {@code {base}/login/oauth2/code/oidc}. */
    static final String REGISTRATION = "oidc";

    /** The scopes asked for, {@code openid} always among them. */
    java.util.Set<String> scopesAsked() {
        java.util.Set<String> asked = new java.util.LinkedHashSet<>();
        asked.add("openid");
        if (scopes == null || scopes.stream().allMatch(String::isBlank)) {
            asked.add("email");
        } else {
            scopes.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(asked::add);
        }
        return asked;
    }

    boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }
}
