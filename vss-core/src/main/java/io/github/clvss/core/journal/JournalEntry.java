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
 * @param reason the refusal's reason code, for a refusal; for a done act, the ground it rests on
 *     when it needed one (a handover overriding consent names the legal exception's rule, e.g.
 *     {@code fr.226-14-3}) — a code, never free text
 */
public record JournalEntry(UUID id, Instant at, String actor, Act act, Outcome outcome, Optional<String> reason) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        if (outcome == Outcome.REFUSED && reason.isEmpty()) {
            throw new IllegalArgumentException("a refusal has a reason");
        }
    }
}
