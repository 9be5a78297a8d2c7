package io.github.clvss.core.access;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * A role held on a scope: the whole installation (platform administrator), one territory
 * (coordinator, observer), or one partner in one territory (partner).
 *
 * @param role what the grant allows
 * @param territory the territory it applies to; empty only for the platform administrator
 * @param partner the partner it is limited to; present only for the partner role
 */
public record Grant(Role role, Optional<TerritoryId> territory, Optional<PartnerId> partner) {

    public Grant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(partner, "partner");
        boolean needsTerritory = role != Role.PLATFORM_ADMINISTRATOR;
        if (needsTerritory != territory.isPresent()) {
            throw new InvalidInputException(Problem.general(
                    needsTerritory ? "grant.territory.required" : "grant.territory.forbidden", role));
        }
        if ((role == Role.PARTNER) != partner.isPresent()) {
            throw new InvalidInputException(Problem.general(
                    role == Role.PARTNER ? "grant.partner.required" : "grant.partner.forbidden", role));
        }
    }

    /** Manages the whole installation. */
    public static Grant platformAdministrator() {
        return new Grant(Role.PLATFORM_ADMINISTRATOR, Optional.empty(), Optional.empty());
    }

    /** Coordinates one territory. */
    public static Grant coordinator(TerritoryId territory) {
        return new Grant(Role.COORDINATOR, Optional.of(territory), Optional.empty());
    }

    /** Référent of one partner in one territory. */
    public static Grant partner(TerritoryId territory, PartnerId partner) {
        return new Grant(Role.PARTNER, Optional.of(territory), Optional.of(partner));
    }

    /** Reads one territory. */
    public static Grant observer(TerritoryId territory) {
        return new Grant(Role.OBSERVER, Optional.of(territory), Optional.empty());
    }

    /** Whether this grant is on {@code id}. */
    public boolean covers(TerritoryId id) {
        return territory.filter(id::equals).isPresent();
    }
}
