package io.github.clvss.core.journal;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Objects;

/**
 * Reads the audit journal: a coordinator reads their territory's entries, a platform
 * administrator reads everything.
 */
public final class AuditTrail {

    private final Journal journal;
    private final Acts acts;

    /**
     * @param journal the journal port
     * @param acts access checks and their journaling
     */
    public AuditTrail(Journal journal, Acts acts) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.acts = Objects.requireNonNull(acts, "acts");
    }

    /** A page of entries matching {@code query}, newest first. */
    public List<JournalEntry> find(Actor actor, JournalQuery query, PageRequest page) {
        check(actor, query);
        return journal.find(query, page);
    }

    /** How many entries match {@code query}. */
    public long count(Actor actor, JournalQuery query) {
        check(actor, query);
        return journal.count(query);
    }

    /**
     * Journals that the actor exported the entries matching {@code query} (an export of
     * personal data is itself journaled). Call it before writing the file.
     */
    public void exported(Actor actor, JournalQuery query) {
        check(actor, query);
        Act act = query.territory()
                .map(territory -> Act.onTerritory("journal.export", "journal", territory))
                .orElseGet(() -> Act.general("journal.export", "journal"));
        acts.record(actor, act);
    }

    private void check(Actor actor, JournalQuery query) {
        AccessDecision decision = query.territory()
                .map(territory -> AccessPolicy.readJournal(actor, territory))
                .orElseGet(() -> AccessPolicy.administerPlatform(actor));
        Act act = query.territory()
                .map(territory -> Act.onTerritory("journal.read", "journal", territory))
                .orElseGet(() -> Act.general("journal.read", "journal"));
        acts.refuseUnless(decision, actor, act);
    }
}
