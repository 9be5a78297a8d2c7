package io.github.clvss.core.partner;

import io.github.clvss.core.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: where référents are kept. */
public interface Referents {

    /** Stores a new référent; its version becomes 1. */
    Referent add(Referent referent);

    /** Stores a changed référent if its version is still the stored one, else conflicts. */
    Referent update(Referent referent);

    /** Removes a référent record (a replace import drops the ones absent from the file). */
    void remove(ReferentId id);

    /**
     * Stores new référents, their versions becoming 1, in one batch (an import); nothing is
     * stored if one is refused.
     *
     * @return the référents as stored, in order
     */
    List<Referent> addAll(List<Referent> added);

    /**
     * Stores changed référents in one batch (an import), each if its version is still the stored
     * one; conflicts otherwise.
     */
    void updateAll(List<Referent> changed);

    /** Removes référent records in one statement (a replace import drops the ones absent from the file). */
    void removeAll(java.util.Collection<ReferentId> ids);

    /** The stored référents among {@code ids}, read in one query (an import looks its records up once). */
    java.util.Map<ReferentId, Referent> findAll(java.util.Collection<ReferentId> ids);

    /** The référent with this id. */
    Optional<Referent> find(ReferentId id);

    /**
     * A page of référents matching {@code query} by name (erased ones, which have none, last),
     * then by id: an order an index serves, so that a page costs the same at any depth.
     */
    List<Referent> list(ReferentQuery query, LocalDate today, PageRequest page);

    /**
     * Every référent matching {@code query}, in the order of {@link #list}, handed to {@code each}
     * as it is read: one query read as a cursor, never pages, so memory stays flat whatever the
     * number (an export). Call it inside a transaction: PostgreSQL streams only there.
     */
    void each(ReferentQuery query, LocalDate today, Consumer<Referent> each);

    /**
     * Every référent of {@code partner}, history included, by id, handed to {@code each} as it is
     * read: one query read as a cursor (a contract file's partner). Call it inside a transaction.
     */
    void eachOf(io.github.clvss.core.access.PartnerId partner, Consumer<Referent> each);

    /** How many référents match. */
    long count(ReferentQuery query, LocalDate today);
}
