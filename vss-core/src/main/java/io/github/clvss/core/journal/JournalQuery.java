package io.github.clvss.core.journal;

import io.github.clvss.core.access.TerritoryId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A filter on the audit journal; every criterion is optional.
 *
 * @param territory entries about this territory's records, about the shared records (institutions)
 *        that concerned it when the entry was written, and the sign-ins of the accounts holding a
 *        grant on it
 * @param from at or after this instant
 * @param until before this instant
 * @param actor entries of this actor
 * @param action entries of this action
 * @param recordType entries about this kind of record
 * @param outcome done or refused
 * @param person entries of this actor, and the sign-ins of this account (its own, and those
 *        refused to someone who typed its login)
 */
public record JournalQuery(
        Optional<TerritoryId> territory,
        Optional<Instant> from,
        Optional<Instant> until,
        Optional<String> actor,
        Optional<String> action,
        Optional<String> recordType,
        Optional<Outcome> outcome,
        Optional<String> person) {

    public JournalQuery {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(person, "person");
    }

    /** Every entry of one territory. */
    public static JournalQuery territory(TerritoryId territory) {
        return all().withTerritory(territory);
    }

    /** Every entry. */
    public static JournalQuery all() {
        return new JournalQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same filter, limited to one territory. */
    public JournalQuery withTerritory(TerritoryId id) {
        return new JournalQuery(Optional.of(id), from, until, actor, action, recordType, outcome, person);
    }

    /** The same filter, limited to one outcome. */
    public JournalQuery withOutcome(Outcome value) {
        return new JournalQuery(territory, from, until, actor, action, recordType, Optional.of(value), person);
    }

    /** The same filter, limited to one actor. */
    public JournalQuery withActor(String value) {
        return new JournalQuery(territory, from, until, Optional.of(value), action, recordType, outcome, person);
    }

    /** The same filter, limited to one action. */
    public JournalQuery withAction(String value) {
        return new JournalQuery(territory, from, until, actor, Optional.of(value), recordType, outcome, person);
    }

    /** The same filter, limited to one kind of record. */
    public JournalQuery withRecordType(String value) {
        return new JournalQuery(territory, from, until, actor, action, Optional.of(value), outcome, person);
    }

    /** The same filter, limited to one person's acts and sign-ins (see {@link #person()}). */
    public JournalQuery withPerson(String value) {
        return new JournalQuery(territory, from, until, actor, action, recordType, outcome, Optional.of(value));
    }

    /** The same filter, limited to a period {@code [start, end)}. */
    public JournalQuery during(Instant start, Instant end) {
        return new JournalQuery(territory, Optional.of(start), Optional.of(end), actor, action, recordType, outcome, person);
    }
}
