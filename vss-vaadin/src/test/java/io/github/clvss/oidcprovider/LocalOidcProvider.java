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
 * confidential client and two people who sign in with a plain form. Nothing leaves localhost.
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
            "sacha", "mot-de-passe-sacha");

    @Bean
    InMemoryUserDetailsManager people() {
        return new InMemoryUserDetailsManager(PEOPLE.entrySet().stream()
                .map(p -> User.withUsername(p.getKey()).password("{noop}" + p.getValue()).roles("USER").build())
                .toList());
    }

    /**
     * Starts the provider on {@code port}, accepting {@code redirectUri} for the client.
     * Its issuer is {@code http://localhost:<port>}.
     */
    public static ConfigurableApplicationContext start(int port, String redirectUri) {
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
                        Map.entry(client + "registration.redirect-uris", redirectUri),
                        Map.entry(client + "registration.scopes", "openid,email"),
                        Map.entry(client + "require-proof-key", "true"),
                        Map.entry(client + "require-authorization-consent", "false"),
                        Map.entry("spring.main.banner-mode", "off")))
                .run();
    }
}
