package io.github.clvss.core.access;

/**
 * Who may do what: small pure functions from an {@link Actor} and a scope to an
 * {@link AccessDecision}. Services call them before any read or change; the decision's
 * reason is what the audit journal records for a refusal.
 */
public final class AccessPolicy {

    /** The actor holds no grant on the territory. */
    public static final String NOT_GRANTED = "access.territory.not-granted";
    /** Observers read and never change. */
    public static final String READ_ONLY = "access.read-only";
    /** Partner users change only their own partner's records. */
    public static final String PARTNER_ONLY = "access.partner-only";
    /** Only a platform administrator may do this. */
    public static final String PLATFORM_ONLY = "access.platform-only";
    /** Only a coordinator (or a platform administrator) may do this. */
    public static final String COORDINATOR_ONLY = "access.coordinator-only";

    /** A coordinator corrects only an institution no other territory uses; they propose the change instead. */
    public static final String SHARED_ELSEWHERE = "access.institution.shared";

    /** Only a territory that uses an institution approves a change proposed to it. */
    public static final String NOT_USED = "access.institution.not-used";

    private static final AccessDecision ALLOWED = new AccessDecision.Allowed();

    private AccessPolicy() {
    }

    /** Reading a territory and what it owns: any grant on it. */
    public static AccessDecision readTerritory(Actor actor, TerritoryId territory) {
        if (actor.isPlatformAdministrator() || actor.holdsAny(territory)) {
            return ALLOWED;
        }
        return refused(NOT_GRANTED);
    }

    /** Changing a territory's own records (its contracts, its facts): its coordinator. */
    public static AccessDecision changeTerritory(Actor actor, TerritoryId territory) {
        if (actor.isPlatformAdministrator() || actor.holds(Role.COORDINATOR, territory)) {
            return ALLOWED;
        }
        if (actor.holds(Role.PARTNER, territory)) {
            return refused(PARTNER_ONLY);
        }
        if (actor.holds(Role.OBSERVER, territory)) {
            return refused(READ_ONLY);
        }
        return refused(NOT_GRANTED);
    }

    /**
     * Changing one partner's records (its facts, its référents): the territory's coordinator, or
     * that partner's own users; never another partner's.
     */
    public static AccessDecision changePartner(Actor actor, TerritoryId territory, PartnerId partner) {
        if (actor.isPlatformAdministrator() || actor.holds(Role.COORDINATOR, territory) || actor.holdsPartner(territory, partner)) {
            return ALLOWED;
        }
        return changeTerritory(actor, territory);
    }

    /**
     * Reading a territory's figures as recorded, small counts included: its coordinator (the
     * others read them after disclosure control).
     */
    public static AccessDecision readRawFigures(Actor actor, TerritoryId territory) {
        if (actor.isPlatformAdministrator() || actor.holds(Role.COORDINATOR, territory)) {
            return ALLOWED;
        }
        return actor.holdsAny(territory) ? refused(COORDINATOR_ONLY) : refused(NOT_GRANTED);
    }

    /** Registering territories and managing accounts: the platform administrator. */
    public static AccessDecision administerPlatform(Actor actor) {
        return actor.isPlatformAdministrator() ? ALLOWED : refused(PLATFORM_ONLY);
    }

    /** Reading shared records (institutions): anyone with a grant. */
    public static AccessDecision readShared(Actor actor) {
        return actor.grants().isEmpty() ? refused(NOT_GRANTED) : ALLOWED;
    }

    /**
     * Changing shared records (institutions serve many towns): a platform administrator or a
     * coordinator of any territory.
     */
    public static AccessDecision changeShared(Actor actor) {
        boolean coordinator = actor.grants().stream().anyMatch(g -> g.role() == Role.COORDINATOR);
        return actor.isPlatformAdministrator() || coordinator ? ALLOWED : refused(COORDINATOR_ONLY);
    }

    /**
     * Correcting one shared institution directly: a platform administrator always; a coordinator
     * only when every territory that uses it is one they coordinate (so no other territory's
     * documents change under it). Others propose the change ({@link #SHARED_ELSEWHERE}).
     *
     * @param usedBy the territories that use the institution now
     */
    public static AccessDecision correctShared(Actor actor, java.util.Set<TerritoryId> usedBy) {
        AccessDecision shared = changeShared(actor);
        if (actor.isPlatformAdministrator() || !shared.isAllowed()) {
            return shared;
        }
        return usedBy.stream().allMatch(territory -> actor.holds(Role.COORDINATOR, territory))
                ? ALLOWED : refused(SHARED_ELSEWHERE);
    }

    /**
     * Approving, on behalf of a territory, a change proposed to a shared institution: the
     * territory's coordinator (or a platform administrator), when the territory uses it.
     *
     * @param usedBy the territories that use the institution now
     */
    public static AccessDecision approveShared(Actor actor, TerritoryId territory, java.util.Set<TerritoryId> usedBy) {
        AccessDecision coordinator = changeTerritory(actor, territory);
        if (!coordinator.isAllowed()) {
            return coordinator;
        }
        return usedBy.contains(territory) ? ALLOWED : refused(NOT_USED);
    }

    /** Reading a territory's audit journal: its coordinator. */
    public static AccessDecision readJournal(Actor actor, TerritoryId territory) {
        if (actor.isPlatformAdministrator() || actor.holds(Role.COORDINATOR, territory)) {
            return ALLOWED;
        }
        return refused(actor.holdsAny(territory) ? COORDINATOR_ONLY : NOT_GRANTED);
    }

    private static AccessDecision refused(String reason) {
        return new AccessDecision.Refused(reason);
    }
}
