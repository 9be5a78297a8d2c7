package io.github.clvss.core.territory;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.Provenance;
import java.time.Clock;
import java.util.Objects;

/**
 * A commune, an intercommunality or a département that runs a contract: the unit of
 * ownership and access. Immutable; changes return a new value that the repository saves
 * against the {@code version} it was read at.
 *
 * @param id the territory's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param facts what is known of it
 * @param provenance where the facts come from
 */
public record Territory(TerritoryId id, long version, TerritoryFacts facts, Provenance provenance) {

    public Territory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A territory about to be registered. */
    public static Territory register(Clock clock, TerritoryFacts facts, Provenance provenance) {
        return new Territory(TerritoryId.next(clock), 0, facts, provenance);
    }

    /** The same territory with corrected facts, now entered by a user. */
    public Territory correct(TerritoryFacts corrected) {
        return new Territory(id, version, corrected, Provenance.ENTERED);
    }

    /** The official name. */
    public String name() {
        return facts.name();
    }
}
