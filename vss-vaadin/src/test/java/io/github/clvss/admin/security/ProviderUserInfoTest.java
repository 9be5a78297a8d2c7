package io.github.clvss.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The userinfo answer as ProConnect gives it (a JWT signed with the provider's keys) and as most
 * providers give it (JSON), served by a small HTTP server on localhost with the provider's key set.
 */
class ProviderUserInfoTest {

    private static final String CLIENT = "vss-client";

    private final RSAKey providerKey = key("cle-fournisseur");
    private final HttpServer server;
    private final String base;
    private volatile String contentType = "application/json";
    private volatile String answer = "{}";

    ProviderUserInfoTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> send(exchange, "application/json",
                new JWKSet(providerKey.toPublicJWK()).toString()));
        server.createContext("/userinfo", exchange -> {
            if (!("Bearer jeton-d-acces").equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, "application/json", "{}", 401);
                return;
            }
            send(exchange, contentType, answer);
        });
        server.start();
        base = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_signed_answer_is_read_once_its_signature_issuer_and_audience_are_checked() {
        answerSigned(providerKey, claims(base, CLIENT));

        OAuth2User person = new ProviderUserInfo().loadUser(request());

        assertThat(person.getName()).isEqualTo("sujet-1");
        assertThat((String) person.getAttribute("email")).isEqualTo("camille@ville.example");
        assertThat((String) person.getAttribute("siret")).isEqualTo("21920012300013");
    }

    @Test
    void a_plain_json_answer_is_read_as_before() {
        contentType = "application/json; charset=utf-8";
        answer = "{\"sub\":\"sujet-1\",\"email\":\"camille@ville.example\",\"email_verified\":true}";

        OAuth2User person = new ProviderUserInfo().loadUser(request());

        assertThat(person.getName()).isEqualTo("sujet-1");
        assertThat((String) person.getAttribute("email")).isEqualTo("camille@ville.example");
    }

    @Test
    void a_signed_answer_whose_content_was_changed_after_signing_is_refused() {
        answerSigned(providerKey, claims(base, CLIENT));
        String[] parts = answer.split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(base, CLIENT).toString().replace("camille@", "intrus@").getBytes(StandardCharsets.UTF_8));
        answer = parts[0] + "." + forged + "." + parts[2];

        assertUntrusted();
    }

    @Test
    void an_answer_signed_with_another_key_is_refused() {
        answerSigned(key("cle-fournisseur"), claims(base, CLIENT));

        assertUntrusted();
    }

    @Test
    void an_answer_for_another_client_or_from_another_issuer_is_refused() {
        answerSigned(providerKey, claims(base, "un-autre-service"));
        assertUntrusted();

        answerSigned(providerKey, claims("https://fournisseur.invalid", CLIENT));
        assertUntrusted();
    }

    @Test
    void an_unsigned_jwt_is_refused() {
        contentType = "application/jwt";
        answer = new com.nimbusds.jwt.PlainJWT(claims(base, CLIENT)).serialize();

        assertUntrusted();
    }

    @Test
    void the_algorithms_tried_are_those_the_provider_announces_asymmetric_ones_only() {
        assertThat(ProviderUserInfo.algorithms(Map.of("userinfo_signing_alg_values_supported", List.of("ES256", "HS256", "RS256"))))
                .extracting(Enum::name).containsExactly("ES256", "RS256");
        assertThat(ProviderUserInfo.algorithms(Map.of("id_token_signing_alg_values_supported", List.of("PS256"))))
                .extracting(Enum::name).containsExactly("PS256");
        assertThat(ProviderUserInfo.algorithms(Map.of())).extracting(Enum::name).containsExactly("RS256");
    }

    private void assertUntrusted() {
        assertThatThrownBy(() -> new ProviderUserInfo().loadUser(request()))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        refused -> assertThat(refused.getError().getErrorCode()).isEqualTo(ProviderUserInfo.UNTRUSTED));
    }

    private void answerSigned(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            contentType = "application/jwt";
            answer = jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String issuer, String audience) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("sujet-1")
                .claim("email", "camille@ville.example").claim("given_name", "Camille").claim("usual_name", "Martin")
                .claim("siret", "21920012300013").issueTime(java.util.Date.from(Instant.now())).build();
    }

    private OAuth2UserRequest request() {
        ClientRegistration registration = ClientRegistration.withRegistrationId("oidc")
                .clientId(CLIENT).clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/login/oauth2/code/oidc")
                .authorizationUri(base + "/authorize").tokenUri(base + "/token")
                .userInfoUri(base + "/userinfo").jwkSetUri(base + "/jwks").issuerUri(base)
                .providerConfigurationMetadata(Map.of("userinfo_signing_alg_values_supported", List.of("RS256")))
                .scope("openid", "email").build();
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "jeton-d-acces",
                Instant.now(), Instant.now().plusSeconds(60));
        return new OAuth2UserRequest(registration, token);
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String type, String body) throws IOException {
        send(exchange, type, body, 200);
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String type, String body, int status) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
