package io.github.clvss.core.resource;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.shared.Versions;
import io.github.clvss.core.territory.Territories;
import io.github.clvss.core.territory.Territory;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The registry of useful addresses. National resources are the platform administrators'; a
 * département's, the coordinators of its territories'; a territory's own, its coordinator's.
 * Anyone with a grant on a territory reads what serves it.
 */
public final class ResourceRegistry {

    static final String RECORD = "resource";

    private final Resources resources;
    private final Territories territories;
    private final Transactions transactions;
    private final Acts acts;
    private final Clock clock;

    /**
     * @param resources where resources are kept
     * @param territories to know a territory's département
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     * @param clock when facts are checked
     */
    public ResourceRegistry(Resources resources, Territories territories, Transactions transactions, Acts acts, Clock clock) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds resources, all or none (one, or an import). */
    public List<Resource> addAll(Actor actor, List<Resource> added) {
        return acts.performEach(actor, added, r -> act("resource.add", r), r -> mayChange(actor, r), resources::add);
    }

    /** Stores a corrected resource, checked now by the actor. */
    public Resource correct(Actor actor, Resource corrected) {
        return transactions.inTransaction(() -> {
            Resource current = resources.find(corrected.id()).orElseThrow(() -> notFound(corrected));
            acts.refuseUnless(mayChange(actor, current), actor, act("resource.correct", current));
            acts.refuseUnless(mayChange(actor, corrected), actor, act("resource.correct", corrected));
            Versions.expect(current.version(), corrected.version(), RECORD, corrected.id());
            Resource stored = resources.update(corrected.confirm(Verification.now(clock, actor.id())));
            acts.record(actor, act("resource.correct", stored));
            return stored;
        });
    }

    /** Confirms a resource's facts as they are. */
    public Resource confirm(Actor actor, ResourceId id, long expectedVersion) {
        return acts.performOn(actor,
                () -> resources.find(id).orElseThrow(() -> new NotFoundException(Problem.general("resource.not-found", id))),
                current -> act("resource.confirm", current), current -> mayChange(actor, current), current -> {
                    Versions.expect(current.version(), expectedVersion, RECORD, id);
                    return resources.update(current.confirm(Verification.now(clock, actor.id())));
                });
    }

    /** A page of the resources serving a territory. */
    public List<Resource> serving(Actor actor, TerritoryId territory, PageRequest page) {
        Territory found = readable(actor, territory);
        return resources.serving(territory, found.facts().department(), page);
    }

    /** How many resources serve a territory. */
    public long countServing(Actor actor, TerritoryId territory) {
        Territory found = readable(actor, territory);
        return resources.countServing(territory, found.facts().department());
    }

    /**
     * Adds the national resources vss ships that an installation lacks (by id); never
     * overwrites what its administrators changed. It runs as the installation, without an actor:
     * it takes national resources only, so that it cannot add to a territory's own.
     *
     * @return how many were added
     * @throws IllegalArgumentException when one of them is not national
     */
    public int ensureNational(List<Resource> national) {
        national.stream().filter(r -> r.scope() != ResourceScope.NATIONAL).findFirst().ifPresent(r -> {
            throw new IllegalArgumentException("not a national resource: " + r.id());
        });
        List<Resource> missing = national.stream().filter(r -> resources.find(r.id()).isEmpty()).toList();
        if (!missing.isEmpty()) {
            addAll(Actor.system(), missing);
        }
        return missing.size();
    }

    private Territory readable(Actor actor, TerritoryId territory) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor, Act.onTerritory("resource.list", RECORD, territory));
        return territories.find(territory).orElseThrow(() -> new NotFoundException(Problem.general("territory.not-found", territory)));
    }

    /**
     * Whether {@code actor} may correct or confirm {@code resource} — the same rule its acts
     * check, so that a screen offers only the buttons that will be accepted (the acts still
     * check it).
     */
    public boolean mayCorrect(Actor actor, Resource resource) {
        return mayChange(actor, resource) instanceof AccessDecision.Allowed;
    }

    private AccessDecision mayChange(Actor actor, Resource resource) {
        return switch (resource.scope()) {
            case NATIONAL -> AccessPolicy.administerPlatform(actor);
            case LOCAL -> AccessPolicy.changeTerritory(actor, resource.territory().orElseThrow());
            case DEPARTMENTAL -> actor.isPlatformAdministrator() || actor.grants().stream()
                    .filter(g -> g.role() == io.github.clvss.core.access.Role.COORDINATOR)
                    .flatMap(g -> g.territory().stream())
                    .flatMap(t -> territories.find(t).stream())
                    .anyMatch(t -> t.facts().department().equals(resource.department().orElseThrow()))
                    ? new AccessDecision.Allowed() : new AccessDecision.Refused(AccessPolicy.COORDINATOR_ONLY);
        };
    }

    private static Act act(String action, Resource resource) {
        return resource.territory().map(t -> Act.on(action, RECORD, resource.id(), t)).orElseGet(() -> Act.on(action, RECORD, resource.id()));
    }

    private static NotFoundException notFound(Resource resource) {
        return new NotFoundException(Problem.general("resource.not-found", resource.id()));
    }
}
