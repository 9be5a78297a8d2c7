package io.github.clvss.core;

import javax.sql.DataSource;

/**
 * The transactions of an application that embeds vss, for vss to join: given to
 * {@link Vss.Builder#hostTransactions}, they make vss's writes and the application's one unit.
 * Without them vss commits its own transactions. The Spring Boot auto-configuration
 * ({@code io.github.clvss.core.spring}) gives Spring's.
 *
 * <p>Each of vss's transactions {@linkplain #begin() begins} a unit: a transaction of its own when
 * the application runs none on the calling thread, otherwise a nested one (a savepoint) inside the
 * application's, which then commits or rolls back vss's writes with its own. What vss does only
 * once its writes are kept (its emails) waits for the application's commit ({@link #afterCommit}).
 */
public interface HostTransactions {

    /** Begins a unit of work on the calling thread, joining the application's running transaction if any. */
    Unit begin();

    /**
     * Runs {@code work} once the application's transaction running on the calling thread has
     * committed, and never if it rolls back; at once when the application runs none. vss calls it
     * once its own outermost unit has committed, for what must only happen when its writes are
     * kept (such as emailing a notification). {@code work} throws nothing: vss catches its failures.
     */
    void afterCommit(Runnable work);

    /**
     * The data source vss's statements go through: inside an application's transaction, its
     * connection; {@code dataSource} is the one given to {@link Vss.Builder#dataSource}.
     */
    DataSource joined(DataSource dataSource);

    /** One unit of work begun by {@link #begin()}: ended once, by {@link #commit()} or {@link #rollback()}. */
    interface Unit {

        /** Ends the unit keeping its writes (inside an application's transaction, until that one commits). */
        void commit();

        /** Ends the unit undoing its writes. */
        void rollback();
    }
}
