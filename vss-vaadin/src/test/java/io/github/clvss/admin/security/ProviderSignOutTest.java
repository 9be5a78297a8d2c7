package io.github.clvss.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

class ProviderSignOutTest {

    private static final String END_SESSION = "https://auth.proconnect.example/api/v2/session/end";

    @Test
    void a_person_signed_in_through_the_provider_is_sent_to_its_end_session_endpoint_with_the_id_token_and_back_to_sign_in() throws Exception {
        UsernamePasswordAuthenticationToken signedIn = signedIn();
        signedIn.setDetails(new ProviderSession(OidcIdToken.withTokenValue("jeton-d-identite").subject("alix")
                .issuedAt(Instant.parse("2026-12-07T10:00:00Z")).expiresAt(Instant.parse("2026-12-07T11:00:00Z")).build()));

        String target = signOut(Map.of("end_session_endpoint", END_SESSION), signedIn);

        assertThat(target).startsWith(END_SESSION + "?")
                .contains("id_token_hint=jeton-d-identite")
                .contains("post_logout_redirect_uri=https://vss.ville.example/login");
    }

    @Test
    void a_password_sign_in_keeps_the_plain_sign_out() throws Exception {
        assertThat(signOut(Map.of("end_session_endpoint", END_SESSION), signedIn())).isEqualTo("/");
    }

    @Test
    void a_provider_without_an_end_session_endpoint_leaves_the_plain_sign_out() throws Exception {
        UsernamePasswordAuthenticationToken signedIn = signedIn();
        signedIn.setDetails(new ProviderSession(OidcIdToken.withTokenValue("jeton").subject("alix")
                .issuedAt(Instant.parse("2026-12-07T10:00:00Z")).expiresAt(Instant.parse("2026-12-07T11:00:00Z")).build()));

        assertThat(signOut(Map.of(), signedIn)).isEqualTo("/");
    }

    private static String signOut(Map<String, Object> discovery, UsernamePasswordAuthenticationToken signedIn) throws Exception {
        ClientRegistration registration = ClientRegistration.withRegistrationId(OidcProperties.REGISTRATION).clientId("vss")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://auth.proconnect.example/api/v2/authorize")
                .tokenUri("https://auth.proconnect.example/api/v2/token")
                .providerConfigurationMetadata(discovery).build();
        ProviderSignOut signOut = new ProviderSignOut(new OidcRegistrations(() -> registration), "/");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
        request.setScheme("https");
        request.setServerName("vss.ville.example");
        request.setServerPort(443);
        MockHttpServletResponse response = new MockHttpServletResponse();
        signOut.onLogoutSuccess(request, response, signedIn);
        return response.getRedirectedUrl();
    }

    private static UsernamePasswordAuthenticationToken signedIn() {
        return UsernamePasswordAuthenticationToken.authenticated(new SignedInUser(UUID.randomUUID(), "cidff", "CIDFF"), null, List.of());
    }
}
