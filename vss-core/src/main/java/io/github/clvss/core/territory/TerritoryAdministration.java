package io.github.clvss.core.territory;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Versions;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registers territories and keeps their facts. A platform administrator registers; a
 * territory's coordinator corrects its facts; anyone with a grant on it reads it.
 */
public final class TerritoryAdministration {

    static final String RECORD = "territory";

    private final Territories territories;
    private final Acts acts;
    private final Clock clock;

    /**
     * @param territories where territories are kept
     * @param acts access checks and journal
     * @param clock the time of new ids
     */
    public TerritoryAdministration(Territories territories, Acts acts, Clock clock) {
        this.territories = Objects.requireNonNull(territories, "territories");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers a new territory (platform administrator). */
    public Territory register(Actor actor, TerritoryFacts facts, Provenance provenance) {
        Territory territory = Territory.register(clock, facts, provenance);
        return acts.perform(actor, Act.on("territory.register", RECORD, territory.id(), territory.id()),
                AccessPolicy.administerPlatform(actor), () -> {
                    ensureNaturalKeysFree(territory);
                    return territories.add(territory);
                });
    }

    /**
     * Corrects a territory's facts (its coordinator), if nobody changed it since
     * {@code expectedVersion}.
     */
    public Territory correct(Actor actor, TerritoryId id, long expectedVersion, TerritoryFacts facts) {
        return acts.perform(actor, Act.on("territory.correct", RECORD, id, id), AccessPolicy.changeTerritory(actor, id), () -> {
            Territory current = territories.find(id).orElseThrow(() -> notFound(id));
            Versions.expect(current.version(), expectedVersion, RECORD, id);
            Territory corrected = current.correct(facts);
            ensureNaturalKeysFree(corrected);
            return territories.update(corrected);
        });
    }

    /**
     * The warnings {@link #register} and {@link #correct} accept without refusing, for the
     * caller to show before or after the act: a commune whose SIREN does not follow its INSEE
     * code (communes nouvelles have a {@code 200…} SIREN). Reads nothing stored.
     */
    public List<Problem> warnings(TerritoryFacts facts) {
        return facts.warnings("territory");
    }

    /** The territory, for anyone with a grant on it. */
    public Territory find(Actor actor, TerritoryId id) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, id), actor, Act.on("territory.read", RECORD, id, id));
        return territories.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The territory with this SIREN, if the actor may see it. One the actor may not see is not
     * found, as if it did not exist, and the attempt is journaled on that territory.
     */
    public Optional<Territory> findBySiren(Actor actor, Siren siren) {
        return territories.findBySiren(siren).filter(t -> visible(actor, t));
    }

    /**
     * The commune with this INSEE code, if the actor may see it. One the actor may not see is
     * not found, as if it did not exist, and the attempt is journaled on that territory.
     */
    public Optional<Territory> findByInseeCode(Actor actor, InseeCode code) {
        return territories.findByInseeCode(code).filter(t -> visible(actor, t));
    }

    private boolean visible(Actor actor, Territory territory) {
        if (AccessPolicy.readTerritory(actor, territory.id()) instanceof AccessDecision.Refused(String reason)) {
            acts.recordRefusal(actor, Act.on("territory.read", RECORD, territory.id(), territory.id()), reason);
            return false;
        }
        return true;
    }

    /** A page of the territories the actor may see, by name. */
    public List<Territory> list(Actor actor, PageRequest page) {
        return territories.list(visibleTo(actor), page);
    }

    /** How many territories the actor may see. */
    public long count(Actor actor) {
        return territories.count(visibleTo(actor));
    }

    /**
     * A page of the territories the actor may see whose name holds {@code name} (ignoring case;
     * all of them when it is empty or blank), by name.
     */
    public List<Territory> list(Actor actor, Optional<String> name, PageRequest page) {
        return territories.list(visibleTo(actor), name, page);
    }

    /** How many territories {@link #list(Actor, Optional, PageRequest)} gives. */
    public long count(Actor actor, Optional<String> name) {
        return territories.count(visibleTo(actor), name);
    }

    private static Optional<Collection<TerritoryId>> visibleTo(Actor actor) {
        if (actor.isPlatformAdministrator()) {
            return Optional.empty();
        }
        Set<TerritoryId> granted = actor.grants().stream()
                .map(Grant::territory).flatMap(Optional::stream).collect(Collectors.toSet());
        return Optional.of(granted);
    }

    private void ensureNaturalKeysFree(Territory territory) {
        territories.sirenTaken(territory, Optional.empty()).ifPresent(problem -> {
            throw new ConflictException(problem);
        });
        territories.inseeCodeTaken(territory, Optional.empty()).ifPresent(problem -> {
            throw new ConflictException(problem);
        });
    }

    private static NotFoundException notFound(TerritoryId id) {
        return new NotFoundException(Problem.general("territory.not-found", id));
    }
}
