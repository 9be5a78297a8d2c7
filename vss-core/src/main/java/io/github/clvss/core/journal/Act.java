package io.github.clvss.core.journal;

import io.github.clvss.core.access.TerritoryId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an actor attempts, as the journal records it: an action on a record, never the
 * record's content.
 *
 * @param action what, e.g. {@code contract.create}
 * @param recordType the kind of record, e.g. {@code contract}
 * @param recordId the record's id, when there is one
 * @param territory the territory the record belongs to, for territory-owned records
 */
public record Act(String action, String recordType, Optional<String> recordId, Optional<TerritoryId> territory) {

    public Act {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(territory, "territory");
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
