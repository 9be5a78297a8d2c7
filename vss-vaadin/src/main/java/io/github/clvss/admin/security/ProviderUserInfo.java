package io.github.clvss.admin.security;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;

/**
 * The provider's userinfo endpoint, read as JSON or — as ProConnect answers it — as a signed JWT
 * ({@code Content-Type: application/jwt}, OpenID Connect Core 1.0 §5.3.2). A signed answer is
 * trusted only when its signature verifies with the provider's published keys (its {@code jwks_uri},
 * the keys of its ID tokens), its {@code iss} is the provider's issuer and its {@code aud} names
 * this installation's client id; anything else is refused with {@link #UNTRUSTED}. Spring Security
 * reads only JSON userinfo answers (spring-security issue 9583), hence this reader, which
 * {@code OidcUserService} uses in place of its own; {@code OidcUserService} still checks that the
 * answer's {@code sub} is the ID token's. Encrypted answers (JWE) are not read.
 */
final class ProviderUserInfo implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    /** The error code of an answer that failed its checks. */
    static final String UNTRUSTED = "vss_untrusted_identity";

    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final RestClient http;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    ProviderUserInfo(RestClient http) {
        this.http = http;
    }

    ProviderUserInfo() {
        this(RestClient.create());
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        String uri = registration.getProviderDetails().getUserInfoEndpoint().getUri();
        if (uri == null || uri.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("missing_user_info_uri"));
        }
        ResponseEntity<byte[]> answer;
        try {
            answer = http.get().uri(uri)
                    .headers(headers -> headers.setBearerAuth(request.getAccessToken().getTokenValue()))
                    .accept(JWT, MediaType.APPLICATION_JSON)
                    .retrieve().toEntity(byte[].class);
        } catch (org.springframework.web.client.RestClientException unreachable) {
            throw new OAuth2AuthenticationException(new OAuth2Error("vss_userinfo_unreachable"), unreachable);
        }
        String body = new String(Optional.ofNullable(answer.getBody()).orElse(new byte[0]), StandardCharsets.UTF_8).strip();
        boolean signed = Optional.ofNullable(answer.getHeaders().getContentType()).filter(JWT::isCompatibleWith).isPresent();
        Map<String, Object> claims = signed ? verified(registration, body) : json(body);
        if (!(claims.get("sub") instanceof String)) {
            throw untrusted("the userinfo answer names no subject", null);
        }
        return new DefaultOAuth2User(List.of(new OAuth2UserAuthority(claims)), claims, "sub");
    }

    private Map<String, Object> verified(ClientRegistration registration, String token) {
        try {
            return decoders.computeIfAbsent(registration.getRegistrationId(), id -> decoder(registration))
                    .decode(token).getClaims();
        } catch (JwtException | IllegalArgumentException refused) {
            throw untrusted("signed userinfo answer refused", refused);
        }
    }

    /** Verifies with the provider's keys, for the algorithms its discovery document announces. */
    static JwtDecoder decoder(ClientRegistration registration) {
        ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
        String keys = Objects.requireNonNull(provider.getJwkSetUri(), "the provider publishes no jwks_uri");
        String issuer = Objects.requireNonNull(provider.getIssuerUri(), "the provider has no issuer");
        List<SignatureAlgorithm> algorithms = algorithms(provider.getConfigurationMetadata());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keys)
                .jwsAlgorithms(set -> set.addAll(algorithms))
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setAllowEmptyExpiryClaim(true);
        timestamps.setAllowEmptyNotBeforeClaim(true);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(registration.getClientId())));
        return decoder;
    }

    /** The asymmetric algorithms announced for userinfo answers, else for ID tokens, else RS256. */
    static List<SignatureAlgorithm> algorithms(Map<String, Object> metadata) {
        for (String key : List.of("userinfo_signing_alg_values_supported", "id_token_signing_alg_values_supported")) {
            if (metadata.get(key) instanceof Collection<?> names) {
                List<SignatureAlgorithm> known = names.stream().map(String::valueOf).map(SignatureAlgorithm::from)
                        .filter(Objects::nonNull).toList();
                if (!known.isEmpty()) {
                    return known;
                }
            }
        }
        return List.of(SignatureAlgorithm.RS256);
    }

    private static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException unreadable) {
            throw untrusted("unreadable userinfo answer", unreadable);
        }
    }

    private static OAuth2AuthenticationException untrusted(String why, Throwable cause) {
        OAuth2Error error = new OAuth2Error(UNTRUSTED, why, null);
        return cause == null ? new OAuth2AuthenticationException(error) : new OAuth2AuthenticationException(error, cause);
    }
}
