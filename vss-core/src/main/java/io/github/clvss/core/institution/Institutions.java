package io.github.clvss.core.institution;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.Siret;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: where institutions are kept. */
public interface Institutions {

    /** Stores a new institution; its version becomes 1. */
    Institution add(Institution institution);

    /** Stores a changed institution if its version is still the stored one, else conflicts. */
    Institution update(Institution institution);

    /** The institution with this id. */
    Optional<Institution> find(InstitutionId id);

    /** The institutions with these ids that exist, in one read, by name. */
    List<Institution> findAll(java.util.Collection<InstitutionId> ids);

    /** The institution with this SIRET. */
    Optional<Institution> findBySiret(Siret siret);

    /**
     * The rule "a SIRET is one institution's": {@code institution.siret.taken} when another
     * institution has the SIRET of {@code institution}, at {@code path} (a file's) or about the
     * whole input (a service's).
     */
    default Optional<Problem> siretTaken(Institution institution, Optional<String> path) {
        return institution.siret().flatMap(this::findBySiret).filter(other -> !other.id().equals(institution.id()))
                .map(other -> Problem.error("institution.siret.taken", path, institution.siret().orElseThrow()));
    }

    /** A page of institutions by name, those whose name contains {@code nameContains} (any case). */
    List<Institution> list(Optional<String> nameContains, PageRequest page);

    /** How many institutions' names contain {@code nameContains}. */
    long count(Optional<String> nameContains);

    /**
     * The territories that use this institution now: those with a partner that is this
     * institution, or a meeting it was invited to as a guest.
     */
    Set<TerritoryId> territoriesUsing(InstitutionId id);

    /**
     * The institutions of {@code sector} that {@code territory} uses now (a partner of its
     * contracts, or a guest of its meetings), by name: the same "uses" as
     * {@link #territoriesUsing(InstitutionId)}, read from the territory's side.
     */
    List<Institution> usedBy(TerritoryId territory, Sector sector);
}
