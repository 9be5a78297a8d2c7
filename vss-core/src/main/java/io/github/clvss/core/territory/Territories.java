package io.github.clvss.core.territory;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where territories are kept. */
public interface Territories {

    /** Stores a new territory; its version becomes 1. */
    Territory add(Territory territory);

    /**
     * Stores a changed territory if nobody changed it since {@code territory.version()};
     * otherwise throws {@link io.github.clvss.core.shared.ConflictException}.
     *
     * @return the stored value, with its new version
     */
    Territory update(Territory territory);

    /** The territory with this id. */
    Optional<Territory> find(TerritoryId id);

    /**
     * Today in the territory ({@link TerritoryFacts#today}); a territory not kept here is taken
     * to be on metropolitan time.
     */
    default LocalDate today(TerritoryId id, Clock clock) {
        return find(id).map(Territory::facts).map(facts -> facts.today(clock))
                .orElseGet(() -> LocalDate.ofInstant(clock.instant(), DepartmentCode.METROPOLITAN_TIME));
    }

    /**
     * The rule "a SIREN is one territory's": {@code territory.siren.taken} when another
     * territory has the SIREN of {@code territory}, at {@code path} (a file's) or about the whole
     * input (a service's).
     */
    default Optional<Problem> sirenTaken(Territory territory, Optional<String> path) {
        return findBySiren(territory.facts().siren()).filter(other -> !other.id().equals(territory.id()))
                .map(other -> Problem.error("territory.siren.taken", path, territory.facts().siren()));
    }

    /** The rule "an INSEE code is one commune's": {@code territory.insee.taken}, as {@link #sirenTaken}. */
    default Optional<Problem> inseeCodeTaken(Territory territory, Optional<String> path) {
        return territory.facts().inseeCode().flatMap(this::findByInseeCode).filter(other -> !other.id().equals(territory.id()))
                .map(other -> Problem.error("territory.insee.taken", path, other.facts().inseeCode().orElseThrow()));
    }

    /** The territory with this SIREN. */
    Optional<Territory> findBySiren(Siren siren);

    /** The commune with this INSEE code. */
    Optional<Territory> findByInseeCode(InseeCode code);

    /** A page of territories by name; only those in {@code among} unless it is empty. */
    default List<Territory> list(Optional<Collection<TerritoryId>> among, PageRequest page) {
        return list(among, Optional.empty(), page);
    }

    /**
     * A page of territories by name; only those in {@code among} unless it is empty, and only
     * those whose name holds {@code name} (ignoring case) unless it is empty or blank.
     */
    List<Territory> list(Optional<Collection<TerritoryId>> among, Optional<String> name, PageRequest page);

    /** How many territories; only those in {@code among} unless it is empty. */
    default long count(Optional<Collection<TerritoryId>> among) {
        return count(among, Optional.empty());
    }

    /** How many territories {@link #list(Optional, Optional, PageRequest)} gives. */
    long count(Optional<Collection<TerritoryId>> among, Optional<String> name);
}
