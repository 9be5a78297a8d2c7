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
 * application's, which then commits or rolls back vss's writes with its own.
 */
public interface HostTransactions {

    /** Begins a unit of work on the calling thread, joining the application's running transaction if any. */
    Unit begin();

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
