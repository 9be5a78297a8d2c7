package io.github.clvss.admin.security;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The one OpenID Connect provider, its discovery document read at the first sign-in that uses it
 * (not at start: the application starts while the provider is unreachable, and the button fails
 * with the sign-in page's error until it answers).
 */
final class OidcRegistrations implements ClientRegistrationRepository {

    private final Supplier<ClientRegistration> discovery;
    private volatile @Nullable ClientRegistration registration;

    OidcRegistrations(Supplier<ClientRegistration> discovery) {
        this.discovery = discovery;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String id) {
        if (!OidcProperties.REGISTRATION.equals(id)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                found = registration;
                if (found == null) {
                    try {
                        found = discovery.get();
                    } catch (RuntimeException unreachable) {
                        org.slf4j.LoggerFactory.getLogger(OidcRegistrations.class)
                                .warn("OpenID Connect provider not reachable yet: {}", unreachable.toString());
                        return null;
                    }
                    registration = found;
                }
            }
        }
        return found;
    }
}
