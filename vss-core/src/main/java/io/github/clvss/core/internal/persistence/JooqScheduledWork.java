package io.github.clvss.core.internal.persistence;

import io.github.clvss.core.shared.ScheduledWork;
import io.github.clvss.core.shared.Transactions;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Scheduled work held by name. On PostgreSQL, a transaction-level advisory lock
 * ({@code pg_try_advisory_xact_lock}) taken at the start of the work's transaction: every
 * instance on the database sees it, and PostgreSQL releases it at commit, at rollback, or when
 * the holder's connection drops. On H2 one process owns the database file, so a lock in this
 * process per database and name is enough.
 */
final class JooqScheduledWork implements ScheduledWork {

    /** The advisory locks' first key: vss's own, so that a host's advisory locks never collide with vss's. */
    static final int VSS_KEY = 0x76737331; // "vss1"

    /** H2's holds, by database and name. */
    private static final ConcurrentMap<String, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private final DSLContext db;
    private final Transactions transactions;
    private final boolean advisory;
    private final String database;

    /**
     * @param db the adapters' context
     * @param transactions the adapters' transactions (vss's own, or the embedding application's)
     * @param advisory whether the database has advisory locks (PostgreSQL)
     * @param database the database's address, naming H2's holds
     */
    JooqScheduledWork(DSLContext db, Transactions transactions, boolean advisory, String database) {
        this.db = db;
        this.transactions = transactions;
        this.advisory = advisory;
        this.database = database;
    }

    @Override
    public boolean runAlone(String name, Runnable work) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        if (advisory) {
            return transactions.inTransaction(() -> {
                Boolean held = db.select(DSL.field("pg_try_advisory_xact_lock({0}, {1})", Boolean.class,
                        DSL.inline(VSS_KEY), DSL.val(key(name)))).fetchOne(0, Boolean.class);
                if (!Boolean.TRUE.equals(held)) {
                    return false;
                }
                work.run();
                return true;
            });
        }
        ReentrantLock lock = LOCAL.computeIfAbsent(database + "#" + name, k -> new ReentrantLock());
        if (!lock.tryLock()) {
            return false;
        }
        try {
            transactions.runInTransaction(work);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The advisory lock's second key: the name's CRC-32, the same in every instance and version. */
    static int key(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
