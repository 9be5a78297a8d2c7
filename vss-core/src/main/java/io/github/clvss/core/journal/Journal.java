package io.github.clvss.core.journal;

import io.github.clvss.core.shared.PageRequest;
import java.time.Instant;
import java.util.List;

/** Port: the append-only audit journal. */
public interface Journal {

    /** Appends an entry in the caller's transaction: it is kept only if the change is. */
    void append(JournalEntry entry);

    /** Appends entries in the caller's transaction, in one batch (an import journals each record it writes). */
    void appendAll(List<JournalEntry> entries);

    /**
     * Appends an entry in a transaction of its own, kept whatever happens to the caller's:
     * used for refusals, which must be journaled although the operation fails.
     */
    void appendIndependently(JournalEntry entry);

    /** A page of matching entries, newest first. */
    List<JournalEntry> find(JournalQuery query, PageRequest page);

    /**
     * Every matching entry, newest first as {@link #find} orders them, handed to {@code each} as
     * it is read: one query read as a cursor, never pages (an export). Call it inside a
     * transaction: PostgreSQL streams only there.
     */
    void each(JournalQuery query, java.util.function.Consumer<JournalEntry> each);

    /** How many entries match. */
    long count(JournalQuery query);

    /** The different actions of the matching entries, in alphabetical order of their codes (at most {@code limit}). */
    List<String> actions(JournalQuery query, int limit);

    /**
     * Removes the entries older than {@code before}, in the caller's transaction, through the
     * one path the database lets through (entries younger than six months stay whatever
     * {@code before} says).
     *
     * @return how many entries were removed
     */
    int purge(Instant before);
}
