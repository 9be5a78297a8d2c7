package io.github.clvss.core.shared;

import java.util.function.Supplier;

/**
 * Port: runs work in one database transaction, so that a change and its audit journal entry
 * are written together or not at all.
 */
public interface Transactions {

    /**
     * Runs {@code work} in a transaction: committed when it returns, rolled back when it
     * throws. A call inside a running transaction joins it.
     */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work}, which gives nothing back, in a transaction, as {@link #inTransaction}. */
    default void runInTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }
}
