package io.github.clvss.core.path;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.access.TerritoryId;
import java.util.Set;
import java.util.stream.Collectors;

/** Who may read and act on a path: pure functions of the actor and the path, as {@link AccessPolicy}. */
final class PathAccess {

    /** Only the partners party to a path read it. */
    static final String PARTY_ONLY = "access.path.party-only";
    /** Only the partner that opened a path (or received a handover of it) acts on it. */
    static final String NOT_YOUR_PART = "access.path.not-your-part";

    private static final AccessDecision ALLOWED = new AccessDecision.Allowed();

    private PathAccess() {
    }

    /** The partners the actor is a user of in {@code territory}. */
    static Set<PartnerId> partnersOf(Actor actor, TerritoryId territory) {
        return actor.grants().stream().filter(g -> g.role() == Role.PARTNER && g.covers(territory))
                .flatMap(g -> g.partner().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Acting for {@code partner}: its own users only — a coordinator is not a partner's user. */
    static AccessDecision actFor(Actor actor, TerritoryId territory, PartnerId partner) {
        return actor.holdsPartner(territory, partner) ? ALLOWED : refusedOutsider(actor, territory, NOT_YOUR_PART);
    }

    /** Reading a path: a user of a partner party to it. */
    static AccessDecision read(Actor actor, VictimPath path) {
        Set<PartnerId> mine = partnersOf(actor, path.territory());
        return path.parties().stream().anyMatch(mine::contains) ? ALLOWED
                : refusedOutsider(actor, path.territory(), PARTY_ONLY);
    }

    /** Recording a consent: a user of the opener, or of a partner whose handover is open. */
    static AccessDecision recordConsent(Actor actor, VictimPath path) {
        Set<PartnerId> mine = partnersOf(actor, path.territory());
        boolean party = mine.contains(path.opener()) || path.openHandovers().stream().anyMatch(h -> mine.contains(h.to()));
        return party ? ALLOWED : read(actor, path).isAllowed() ? refused(NOT_YOUR_PART)
                : refusedOutsider(actor, path.territory(), PARTY_ONLY);
    }

    /** Acting on a handover as its receiving partner. */
    static AccessDecision receive(Actor actor, Handover handover, VictimPath path) {
        if (actor.holdsPartner(path.territory(), handover.to())) {
            return ALLOWED;
        }
        return read(actor, path).isAllowed() ? refused(NOT_YOUR_PART) : refusedOutsider(actor, path.territory(), PARTY_ONLY);
    }

    /** Acting on a path as its opener. */
    static AccessDecision open(Actor actor, VictimPath path) {
        if (actor.holdsPartner(path.territory(), path.opener())) {
            return ALLOWED;
        }
        return read(actor, path).isAllowed() ? refused(NOT_YOUR_PART) : refusedOutsider(actor, path.territory(), PARTY_ONLY);
    }

    /** The late handovers' delays, without facts: the territory's coordinator. */
    static AccessDecision readDelays(Actor actor, TerritoryId territory) {
        return actor.holds(Role.COORDINATOR, territory) ? ALLOWED
                : refused(actor.holdsAny(territory) ? AccessPolicy.COORDINATOR_ONLY : AccessPolicy.NOT_GRANTED);
    }

    private static AccessDecision refusedOutsider(Actor actor, TerritoryId territory, String reason) {
        boolean granted = actor.holdsAny(territory) || actor.grants().stream().anyMatch(g -> g.role() == Role.PLATFORM_ADMINISTRATOR);
        return refused(granted ? reason : AccessPolicy.NOT_GRANTED);
    }

    private static AccessDecision refused(String reason) {
        return new AccessDecision.Refused(reason);
    }

    static Grant partnerGrant(TerritoryId territory, PartnerId partner) {
        return Grant.partner(territory, partner);
    }
}
