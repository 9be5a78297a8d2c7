package io.github.clvss.core.journal;

import io.github.clvss.core.access.TerritoryId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit journal: who did (or was refused) what, when, on which record —
 * never the record's content. The journal is append-only.
 *
 * @param id time-ordered id
 * @param at when
 * @param actor the {@link io.github.clvss.core.access.Actor#id() actor's id}
 * @param act what was attempted
 * @param outcome done or refused
 * @param reason the refusal's reason code, for a refusal
 */
public record JournalEntry(UUID id, Instant at, String actor, Act act, Outcome outcome, Optional<String> reason) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        if ((outcome == Outcome.REFUSED) != reason.isPresent()) {
            throw new IllegalArgumentException("a refusal, and only a refusal, has a reason");
        }
    }
}
