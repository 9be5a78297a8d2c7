package io.github.clvss.core.journal;

import io.github.clvss.core.access.AccessDecision;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the audit journal: a coordinator reads their territory's entries, a platform
 * administrator reads everything; and purges it past its retention.
 */
public final class AuditTrail {

    /** The shortest time the journal is kept: six months (CNIL's guidance for access logs is six months to a year). */
    public static final Period MIN_RETENTION = Period.ofMonths(6);
    /** The longest time the journal is kept: a year. */
    public static final Period MAX_RETENTION = Period.ofMonths(12);

    private final Journal journal;
    private final Acts acts;
    private final Transactions transactions;
    private final Clock clock;

    /**
     * @param journal the journal port
     * @param acts access checks and their journaling
     * @param transactions the transaction boundary
     * @param clock what time it is
     */
    public AuditTrail(Journal journal, Acts acts, Transactions transactions, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Removes the entries older than {@code retention}, which must be from six to twelve months:
     * for the system (a scheduled job) or a platform administrator, and journaled with its
     * cut-off. The database itself keeps every entry younger than six months, whoever asks.
     *
     * @return how many entries were removed
     */
    public int purge(Actor actor, Period retention) {
        acts.refuseUnless(AccessPolicy.administerPlatform(actor), actor, Act.general("journal.purge", "journal"));
        retentionProblem(retention).ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
        Instant before = clock.instant().atZone(ZoneOffset.UTC).minus(retention).toInstant();
        return transactions.inTransaction(() -> {
            int removed = journal.purge(before);
            acts.record(actor, new Act("journal.purge", "journal", Optional.of(before.toString()), Optional.empty()));
            return removed;
        });
    }

    /** Why a retention cannot be used, if it cannot: it must be from six to twelve months. */
    public static Optional<Problem> retentionProblem(Period retention) {
        if (months(retention) < months(MIN_RETENTION) || months(retention) > months(MAX_RETENTION)) {
            return Optional.of(Problem.error("journal.retention.range", "retention",
                    months(MIN_RETENTION), months(MAX_RETENTION)));
        }
        return Optional.empty();
    }

    private static long months(Period period) {
        return period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0);
    }

    /** A page of entries matching {@code query}, newest first. */
    public List<JournalEntry> find(Actor actor, JournalQuery query, PageRequest page) {
        check(actor, query);
        return journal.find(query, page);
    }

    /**
     * The different actions of the entries {@code query} finds — to offer them as a choice — in
     * alphabetical order of their codes, at most 500.
     */
    public List<String> actions(Actor actor, JournalQuery query) {
        check(actor, query);
        return journal.actions(query, PageRequest.MAX_LIMIT);
    }

    /** How many entries match {@code query}. */
    public long count(Actor actor, JournalQuery query) {
        check(actor, query);
        return journal.count(query);
    }

    /**
     * Every entry {@code query} finds, newest first, handed to {@code each} as the database gives
     * them (one query read as a cursor, in one transaction: memory stays flat whatever the
     * number), for a spreadsheet. The export is journaled first, once (an export of personal data
     * is itself journaled), so the file holds its own entry.
     */
    public void export(Actor actor, JournalQuery query, java.util.function.Consumer<JournalEntry> each) {
        check(actor, query);
        Act act = query.territory()
                .map(territory -> Act.onTerritory("journal.export", "journal", territory))
                .orElseGet(() -> Act.general("journal.export", "journal"));
        transactions.runInTransaction(() -> acts.record(actor, act));
        transactions.runInTransaction(() -> journal.each(query, each));
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
