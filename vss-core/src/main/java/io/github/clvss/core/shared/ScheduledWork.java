package io.github.clvss.core.shared;

/**
 * Port: runs a piece of scheduled work (a daily reminder round, a retention purge, the data an
 * application adds at start) on one instance at a time, however many instances of an
 * application share the database. Each instance schedules the same work; the one that finds it
 * free runs it, the others skip that round. Work run this way is also written to be harmless when run again later (a reminder
 * already sent is not sent again, a purge finds nothing left to remove).
 */
public interface ScheduledWork {

    /**
     * Runs {@code work} in one transaction that holds the work's name for as long as it runs,
     * unless another instance (or thread) holds it now: then {@code work} does not run and this
     * returns at once. The hold ends with the transaction, committed or rolled back, also when the
     * instance holding it stops.
     *
     * @param name the work's name, the same on every instance (e.g. {@code obligation-reminders})
     * @param work what to run
     * @return whether {@code work} ran here
     */
    boolean runAlone(String name, Runnable work);
}
