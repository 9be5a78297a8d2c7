package io.github.clvss.core.partner;

import io.github.clvss.core.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where référents are kept. */
public interface Referents {

    /** Stores a new référent; its version becomes 1. */
    Referent add(Referent referent);

    /** Stores a changed référent if its version is still the stored one, else conflicts. */
    Referent update(Referent referent);

    /** Removes a référent record (a replace import drops the ones absent from the file). */
    void remove(ReferentId id);

    /** The référent with this id. */
    Optional<Referent> find(ReferentId id);

    /**
     * A page of référents matching {@code query} by name (erased ones, which have none, last),
     * then by id: an order an index serves, so that a page costs the same at any depth.
     */
    List<Referent> list(ReferentQuery query, LocalDate today, PageRequest page);

    /** How many référents match. */
    long count(ReferentQuery query, LocalDate today);
}
