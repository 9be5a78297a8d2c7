package io.github.clvss.oidcprovider;

import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server on a localhost port, in
 * the test's JVM, with standard discovery, the authorization code flow with PKCE required, one
 * confidential client, four people who sign in with a plain form, and RP-initiated logout
 * ({@code end_session_endpoint}, {@code /connect/logout}): the browser sent there with the ID
 * token ends the person's session at the provider and comes back to vss's sign-in page. Its userinfo endpoint gives
 * each person's e-mail address, answered as JSON, or — like ProConnect — as a JWT signed with the
 * provider's keys, or as such a JWT altered after signing ({@link UserInfo}). Nothing leaves localhost.
 * Lives outside {@code io.github.clvss.admin} so that the application's component scan never
 * sees it.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
        org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration.class,
        org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
        org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
        org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
        org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration.class,
        org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration.class})
public class LocalOidcProvider {

    /** The client id vss is registered under. */
    public static final String CLIENT_ID = "vss-test";
    /** Its secret. */
    public static final String CLIENT_SECRET = "secret-du-client-vss";

    /** The people who can sign in at the provider, with their passwords. */
    public static final Map<String, String> PEOPLE = Map.of(
            "camille", "mot-de-passe-camille",
            "dominique", "mot-de-passe-dominique",
            "sacha", "mot-de-passe-sacha",
            "alix", "mot-de-passe-alix");

    /** The e-mail address the userinfo endpoint gives for each person. */
    public static final Map<String, String> EMAILS = Map.of(
            "camille", "camille.martin@boulogne.example",
            "dominique", "dominique.petit@boulogne.example",
            "sacha", "sacha.bernard@boulogne.example",
            "alix", "alix.durand@boulogne.example");

    /** How the userinfo endpoint answers. */
    public enum UserInfoAnswer {
        /** {@code application/json}, as most providers do. */
        JSON,
        /** {@code application/jwt}, signed with the provider's key (ProConnect). */
        SIGNED,
        /** A signed JWT whose e-mail address was changed after signing. */
        TAMPERED
    }

    /** The userinfo endpoint's behaviour, which a test may change between sign-ins. */
    public static final class UserInfo {

        private volatile UserInfoAnswer answer = UserInfoAnswer.JSON;
        private volatile String tamperedEmail = "intrus@boulogne.example";
        private final java.util.List<String> served = new java.util.concurrent.CopyOnWriteArrayList<>();

        /** The content types of the answers given so far, in order. */
        public java.util.List<String> served() {
            return java.util.List.copyOf(served);
        }

        /** Answers from now on as {@code answer}; a tampered answer carries {@code tamperedEmail}. */
        public void answer(UserInfoAnswer answer, String tamperedEmail) {
            this.answer = answer;
            this.tamperedEmail = tamperedEmail;
        }
    }

    @Bean
    UserInfo userInfo() {
        return new UserInfo();
    }

    /** The provider's endpoints, as Spring Boot sets them up, with the userinfo endpoint above. */
    @Bean
    @org.springframework.core.annotation.Order(1)
    org.springframework.security.web.SecurityFilterChain providerEndpoints(
            org.springframework.security.config.annotation.web.builders.HttpSecurity http, UserInfo userInfo,
            com.nimbusds.jose.jwk.source.JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) throws Exception {
        org.springframework.security.oauth2.jwt.JwtEncoder signer = new org.springframework.security.oauth2.jwt.NimbusJwtEncoder(keys);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(oidc -> oidc.logoutEndpoint(org.springframework.security.config.Customizer.withDefaults())
                    .userInfoEndpoint(endpoint -> endpoint
                    .userInfoMapper(context -> {
                        String person = context.getAuthorization().getPrincipalName();
                        return org.springframework.security.oauth2.core.oidc.OidcUserInfo.builder().subject(person)
                                .email(EMAILS.get(person)).emailVerified(true).build();
                    })
                    .userInfoResponseHandler((request, response, authentication) -> answer(response, userInfo, signer,
                            ((org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationToken)
                                    authentication).getUserInfo().getClaims(),
                            "http://localhost:" + request.getServerPort()))));
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(org.springframework.security.config.Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                        new org.springframework.security.web.util.matcher.MediaTypeRequestMatcher(org.springframework.http.MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The sign-in form of the people. */
    @Bean
    @org.springframework.core.annotation.Order(2)
    org.springframework.security.web.SecurityFilterChain peopleSignIn(
            org.springframework.security.config.annotation.web.builders.HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(org.springframework.security.config.Customizer.withDefaults());
        return http.build();
    }

    private static void answer(jakarta.servlet.http.HttpServletResponse response, UserInfo userInfo,
            org.springframework.security.oauth2.jwt.JwtEncoder signer, Map<String, Object> claims, String issuer)
            throws java.io.IOException {
        UserInfoAnswer answer = userInfo.answer;
        String body;
        if (answer == UserInfoAnswer.JSON) {
            response.setContentType("application/json");
            userInfo.served.add("application/json");
            body = com.nimbusds.jose.util.JSONObjectUtils.toJSONString(claims);
        } else {
            org.springframework.security.oauth2.jwt.JwtClaimsSet.Builder signed = org.springframework.security.oauth2.jwt.JwtClaimsSet.builder()
                    .issuer(issuer).audience(java.util.List.of(CLIENT_ID)).issuedAt(java.time.Instant.now());
            claims.forEach(signed::claim);
            String token = signer.encode(org.springframework.security.oauth2.jwt.JwtEncoderParameters.from(
                    org.springframework.security.oauth2.jwt.JwsHeader.with(
                            org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS256).build(),
                    signed.build())).getTokenValue();
            if (answer == UserInfoAnswer.TAMPERED) {
                String[] parts = token.split("\\.");
                java.util.Base64.Decoder decoder = java.util.Base64.getUrlDecoder();
                String payload = new String(decoder.decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace(String.valueOf(claims.get("email")), userInfo.tamperedEmail);
                token = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
            }
            response.setContentType("application/jwt");
            userInfo.served.add("application/jwt");
            body = token;
        }
        response.getOutputStream().write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Bean
    InMemoryUserDetailsManager people() {
        return new InMemoryUserDetailsManager(PEOPLE.entrySet().stream()
                .map(p -> User.withUsername(p.getKey()).password("{noop}" + p.getValue()).roles("USER").build())
                .toList());
    }

    /**
     * Starts the provider on {@code port} for the vss application at {@code application} (e.g.
     * {@code http://localhost:8080}): it sends the browser back to its sign-in callback after
     * sign-in and to its sign-in page after sign-out. Its issuer is {@code http://localhost:<port>}.
     */
    public static ConfigurableApplicationContext start(int port, String application) {
        String client = "spring.security.oauth2.authorizationserver.client.vss.";
        return new SpringApplicationBuilder(LocalOidcProvider.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.ofEntries(
                        Map.entry("spring.config.name", "local-oidc-provider"),
                        Map.entry("server.port", String.valueOf(port)),
                        // both servers are on localhost: cookies ignore the port, so each needs its own name
                        Map.entry("server.servlet.session.cookie.name", "PROVIDERSESSION"),
                        Map.entry("spring.security.oauth2.authorizationserver.issuer", "http://localhost:" + port),
                        Map.entry(client + "registration.client-id", CLIENT_ID),
                        Map.entry(client + "registration.client-secret", "{noop}" + CLIENT_SECRET),
                        Map.entry(client + "registration.client-authentication-methods", "client_secret_basic"),
                        Map.entry(client + "registration.authorization-grant-types", "authorization_code"),
                        Map.entry(client + "registration.redirect-uris", application + "/login/oauth2/code/oidc"),
                        Map.entry(client + "registration.post-logout-redirect-uris", application + "/login"),
                        Map.entry(client + "registration.scopes", "openid,email"),
                        Map.entry(client + "require-proof-key", "true"),
                        Map.entry(client + "require-authorization-consent", "false"),
                        Map.entry("spring.main.banner-mode", "off")))
                .run();
    }
}
