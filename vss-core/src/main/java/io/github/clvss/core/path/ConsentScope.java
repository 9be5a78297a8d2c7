package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which disclosure a consent is about: to which partner (or to every partner), for what.
 *
 * @param partner the partner it concerns; empty for every partner (a withdrawal of everything)
 * @param purpose what for
 */
public record ConsentScope(Optional<PartnerId> partner, ConsentPurpose purpose) {

    public ConsentScope {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** Handing the path over to one partner. */
    public static ConsentScope handoverTo(PartnerId partner) {
        return new ConsentScope(Optional.of(partner), ConsentPurpose.HANDOVER);
    }

    /** Handing the path over to any partner. */
    public static ConsentScope anyHandover() {
        return new ConsentScope(Optional.empty(), ConsentPurpose.HANDOVER);
    }

    /** Whether this scope covers a disclosure to {@code to} for {@code what}. */
    public boolean covers(PartnerId to, ConsentPurpose what) {
        return purpose == what && partner.map(to::equals).orElse(true);
    }
}
