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

    /**
     * Runs {@code work} once the outermost transaction running on the calling thread has
     * committed, and never if it rolls back; at once when no transaction runs. Work registered
     * inside a nested unit that rolls back is dropped, even if the enclosing one commits. For
     * what must not happen unless the change is kept, such as sending an email about it. An
     * exception thrown by {@code work} undoes nothing, stops no other work waiting for the same
     * commit and does not reach the caller: it is logged, by its type only.
     */
    void afterCommit(Runnable work);

    /** Runs {@code work}, which gives nothing back, in a transaction, as {@link #inTransaction}. */
    default void runInTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }
}
