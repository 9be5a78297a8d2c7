package io.github.clvss.core.access;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who calls a vss-core service, and what they may do. Every service takes one; vss-core checks
 * the grants itself and journals the call, so an embedding application, the admin app and
 * the command line get the same protection.
 *
 * @param id a stable, non-personal identifier: an account id, or {@code system}. It is
 *     written to the audit journal, so it must never be a name or an email address.
 * @param grants what the actor may do
 */
public record Actor(String id, Set<Grant> grants) {

    /** The id of the {@link #system()} actor. */
    public static final String SYSTEM_ID = "system";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    public Actor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(Problem.general("actor.id.format"));
        }
        grants = Set.copyOf(grants);
    }

    /**
     * The installation itself, for the command line and batch jobs: platform administrator,
     * journaled as {@code system}.
     */
    public static Actor system() {
        return new Actor(SYSTEM_ID, Set.of(Grant.platformAdministrator()));
    }

    /** A user with the given grants. */
    public static Actor user(String id, Grant... grants) {
        return new Actor(id, Set.of(grants));
    }

    /** Whether the actor administers the whole installation. */
    public boolean isPlatformAdministrator() {
        return grants.stream().anyMatch(g -> g.role() == Role.PLATFORM_ADMINISTRATOR);
    }

    /** Whether the actor holds {@code role} on {@code territory}. */
    public boolean holds(Role role, TerritoryId territory) {
        return grants.stream().anyMatch(g -> g.role() == role && g.covers(territory));
    }

    /** Whether the actor is a user of {@code partner} in {@code territory}. */
    public boolean holdsPartner(TerritoryId territory, PartnerId partner) {
        return grants.stream().anyMatch(g -> g.role() == Role.PARTNER && g.covers(territory)
                && g.partner().filter(partner::equals).isPresent());
    }

    /** Whether the actor coordinates {@code territory} or administers the platform. */
    public boolean coordinates(TerritoryId territory) {
        return isPlatformAdministrator() || holds(Role.COORDINATOR, territory);
    }

    /** Whether the actor holds any grant on {@code territory}. */
    public boolean holdsAny(TerritoryId territory) {
        return grants.stream().anyMatch(g -> g.covers(territory));
    }
}
