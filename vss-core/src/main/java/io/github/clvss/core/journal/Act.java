package io.github.clvss.core.journal;

import io.github.clvss.core.access.TerritoryId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an actor attempts, as the journal records it: an action on a record, never the
 * record's content.
 *
 * @param action what, e.g. {@code contract.create}
 * @param recordType the kind of record, e.g. {@code contract}
 * @param recordId the record's id, when there is one
 * @param territory the territory the record belongs to, for territory-owned records
 * @param concerned every territory an act on a shared record concerns (the territories that use
 *     an institution at that moment, the actor's own territory): each of them finds the entry in
 *     its journal
 */
public record Act(String action, String recordType, Optional<String> recordId, Optional<TerritoryId> territory,
        Set<TerritoryId> concerned) {

    public Act {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(territory, "territory");
        concerned = Set.copyOf(concerned);
    }

    /** An act that concerns no territory beyond {@code territory}. */
    public Act(String action, String recordType, Optional<String> recordId, Optional<TerritoryId> territory) {
        this(action, recordType, recordId, territory, Set.of());
    }

    /**
     * An act on a shared record (an institution), naming each territory it concerns so that
     * every one of them finds it in its journal.
     */
    public static Act onShared(String action, String recordType, Object recordId, Set<TerritoryId> concerned) {
        return new Act(action, recordType, Optional.of(recordId.toString()), Optional.empty(), concerned);
    }

    /** Every territory the act concerns: its territory and the others it names, in a stable order. */
    public List<TerritoryId> territories() {
        return Stream.concat(territory.stream(), concerned.stream()).distinct()
                .sorted(Comparator.comparing(TerritoryId::value)).toList();
    }

    /** An act on one record of a territory. */
    public static Act on(String action, String recordType, Object recordId, TerritoryId territory) {
        return new Act(action, recordType, Optional.of(recordId.toString()), Optional.of(territory));
    }

    /** An act on a shared record, or a territory-wide act. */
    public static Act on(String action, String recordType, Object recordId) {
        return new Act(action, recordType, Optional.of(recordId.toString()), Optional.empty());
    }

    /** An act on no one record and no territory: a listing of shared records, a platform-wide read. */
    public static Act general(String action, String recordType) {
        return new Act(action, recordType, Optional.empty(), Optional.empty());
    }

    /** An act on a territory as a whole (a listing, an export). */
    public static Act onTerritory(String action, String recordType, TerritoryId territory) {
        return new Act(action, recordType, Optional.empty(), Optional.of(territory));
    }
}
