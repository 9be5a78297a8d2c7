package io.github.clvss.core.deliberation;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import java.util.List;
import java.util.Optional;

/** Port: where council deliberations are kept. Lists are per territory. */
public interface Deliberations {

    /** Stores a new deliberation; its version becomes 1. */
    Deliberation add(Deliberation deliberation);

    /**
     * Stores a changed deliberation if its version is still the stored one; otherwise throws
     * {@link io.github.clvss.core.shared.ConflictException}.
     *
     * @return the stored value, with its new version
     */
    Deliberation update(Deliberation deliberation);

    /** The deliberation with this id. */
    Optional<Deliberation> find(DeliberationId id);

    /** The deliberation with this @ctes identifier, if one is stored with it. */
    Optional<Deliberation> findByActesId(ActesId actesId);

    /**
     * The rule "an @ctes identifier is one deliberation's": {@code deliberation.actes.taken}
     * when another deliberation has the identifier of {@code deliberation}, at {@code path} (a
     * file's) or about the whole input (a service's).
     */
    default Optional<Problem> actesIdTaken(Deliberation deliberation, Optional<String> path) {
        return deliberation.transmission().actesId().flatMap(this::findByActesId)
                .filter(other -> !other.id().equals(deliberation.id()))
                .map(other -> Problem.error("deliberation.actes.taken", path, deliberation.transmission().actesId().orElseThrow()));
    }

    /** A page of a territory's deliberations, latest session first (undated last). */
    List<Deliberation> list(TerritoryId territory, PageRequest page);

    /** How many deliberations a territory has. */
    long count(TerritoryId territory);

    /** The territory's deliberation of the latest session, if it has a dated one. */
    Optional<Deliberation> latest(TerritoryId territory);
}
