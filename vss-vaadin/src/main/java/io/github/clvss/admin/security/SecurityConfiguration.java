package io.github.clvss.admin.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.github.clvss.admin.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every screen and document needs a signed-in person unless it says otherwise; views carry
 * their roles ({@code @RolesAllowed}, {@code @PermitAll}) and a view without one is denied.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, VssAuthenticationProvider provider) throws Exception {
        http.authenticationProvider(provider);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/error", "/styles/**").permitAll()
                .requestMatchers("/documents/**").authenticated());
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }
}
