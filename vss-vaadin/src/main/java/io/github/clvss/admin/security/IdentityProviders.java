package io.github.clvss.admin.security;

import java.net.URI;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The identity providers as people read them: the configured one by its name
 * ({@code vss.oidc.name}, e.g. "ProConnect"), any other by its address's host — never a raw
 * issuer URL in a sentence.
 */
@Component
public final class IdentityProviders {

    private final OidcProperties properties;

    IdentityProviders(OidcProperties properties) {
        this.properties = properties;
    }

    /** The issuer of the provider this installation signs in with, when one is configured. */
    public Optional<String> configuredIssuer() {
        return properties.enabled() ? Optional.ofNullable(properties.issuer()).map(String::strip) : Optional.empty();
    }

    /** The provider's name in words. */
    public String nameOf(String issuer) {
        String name = properties.name();
        if (configuredIssuer().filter(issuer::equals).isPresent() && name != null && !name.isBlank()) {
            return name.strip();
        }
        try {
            return Optional.ofNullable(URI.create(issuer).getHost()).filter(host -> !host.isBlank()).orElse(issuer);
        } catch (IllegalArgumentException notAnAddress) {
            return issuer;
        }
    }
}
