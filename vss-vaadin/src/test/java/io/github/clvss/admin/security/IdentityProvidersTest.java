package io.github.clvss.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityProvidersTest {

    private static final String PROCONNECT = "https://auth.proconnect.example/api/v2";

    @Test
    void the_configured_provider_is_named_by_its_name_and_any_other_by_its_host() {
        IdentityProviders providers = new IdentityProviders(properties(PROCONNECT, "ProConnect"));

        assertThat(providers.configuredIssuer()).contains(PROCONNECT);
        assertThat(providers.nameOf(PROCONNECT)).isEqualTo("ProConnect");
        assertThat(providers.nameOf("https://sso.ville.example/realms/agents")).isEqualTo("sso.ville.example");
        assertThat(providers.nameOf("pas une adresse")).isEqualTo("pas une adresse");
    }

    @Test
    void without_a_name_the_configured_provider_is_named_by_its_host_and_without_an_issuer_none_is_configured() {
        assertThat(new IdentityProviders(properties(PROCONNECT, " ")).nameOf(PROCONNECT)).isEqualTo("auth.proconnect.example");
        assertThat(new IdentityProviders(properties(null, "ProConnect")).configuredIssuer()).isEmpty();
    }

    @Test
    void openid_is_always_asked_and_email_when_no_scope_is_configured() {
        assertThat(properties(PROCONNECT, null).scopesAsked()).containsExactly("openid", "email");
        assertThat(new OidcProperties(PROCONNECT, "c", "s", null, false,
                List.of("openid", "email", "given_name", "usual_name", "siret", "uid"), null, "eidas1").scopesAsked())
                .containsExactly("openid", "email", "given_name", "usual_name", "siret", "uid");
        assertThat(new OidcProperties(PROCONNECT, "c", "s", null, false, List.of(" email "), null, null).scopesAsked())
                .containsExactly("openid", "email");
    }

    private static OidcProperties properties(String issuer, String name) {
        return new OidcProperties(issuer, "client", "secret", null, false, null, name, null);
    }
}
