package io.github.clvss.admin.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.github.clvss.admin.base.VssProperties;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every screen and document needs a signed-in person unless it says otherwise; views carry
 * their roles ({@code @RolesAllowed}, {@code @PermitAll}) and a view without one is denied.
 */
@Configuration
@EnableWebSecurity
@org.springframework.boot.context.properties.EnableConfigurationProperties(OidcProperties.class)
class SecurityConfiguration {

    /**
     * The residents' pages and the open data: open to all, stateless — no session, no cookie,
     * no CSRF token, no saved request.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain residentsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/aide/**", "/public/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** The admin pages' security headers, on every response, before Spring Security's chain. */
    @Bean
    FilterRegistrationBean<AdminHeaders> adminHeaders() {
        FilterRegistrationBean<AdminHeaders> registration = new FilterRegistrationBean<>(new AdminHeaders());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Posts another site's page sent are refused before Spring Security's chain reads them. */
    @Bean
    FilterRegistrationBean<SameSitePosts> sameSitePosts() {
        FilterRegistrationBean<SameSitePosts> registration = new FilterRegistrationBean<>(new SameSitePosts());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    SessionLifetime sessionLifetime(VssProperties properties) {
        return new SessionLifetime(properties.session().idleTimeout(), properties.session().absoluteTimeout(),
                Clock.systemUTC());
    }

    /** The filter runs in the security chain below, not on its own. */
    @Bean
    FilterRegistrationBean<SessionLifetime> sessionLifetimeOutsideTheChain(SessionLifetime lifetime) {
        FilterRegistrationBean<SessionLifetime> registration = new FilterRegistrationBean<>(lifetime);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    ServletListenerRegistrationBean<SessionLifetime> sessionLifetimeListener(SessionLifetime lifetime) {
        return new ServletListenerRegistrationBean<>(lifetime);
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionLifetime lifetime, io.github.clvss.core.account.AccountAdministration accounts,
            OidcProperties oidc) throws Exception {
        // The provider (a bean) is the global authentication manager's only provider. Adding it
        // here too would make a refused sign-in try it twice (this chain's manager, then its
        // parent): two password checks and two refusals counted per attempt.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/error", "/styles/**").permitAll()
                .requestMatchers("/documents/**").authenticated());
        http.addFilterBefore(lifetime, SecurityContextHolderFilter.class);
        http.addFilterAfter(new PageStatus(), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        OidcSignIn signIn = new OidcSignIn(accounts, oidc);
        OidcRegistrations registrations = new OidcRegistrations(signIn::registration);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/login");
            // An address that is no screen: Vaadin's default refuses it before the router sees it,
            // so a signed-in person read "Accès refusé" for a mistyped address. Signed in, the router
            // answers instead ("Page introuvable", 404, PageNotFound); anonymous, the sign-in page.
            vaadin.anyRequest(any -> any.authenticated());
            if (oidc.enabled()) {
                // signed in through the provider, signed out there too; a password sign-in keeps the plain sign-out
                vaadin.logoutSuccessHandler(new ProviderSignOut(registrations, "/"));
            }
        });
        // A right password for an account with a second factor leads to the code page, which
        // posts to the second step; everything else refused goes back to the sign-in page.
        SignInFailures failures = new SignInFailures();
        http.formLogin(form -> form.failureHandler(failures));
        http.addFilterBefore(new SecondFactorStep(accounts),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        if (oidc.enabled()) {
            org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver resolver =
                    new org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver(
                            registrations, "/oauth2/authorization");
            java.util.function.Consumer<org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest.Builder> pkce =
                    org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers.withPkce();
            String acr = oidc.acrValues();
            resolver.setAuthorizationRequestCustomizer(acr == null || acr.isBlank() ? pkce : pkce.andThen(request ->
                    request.additionalParameters(parameters -> parameters.put("acr_values", acr.strip()))));
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(resolver))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                    .successHandler(new OidcSuccess())
                    .failureHandler(failures));
        }
        return http.build();
    }
}
