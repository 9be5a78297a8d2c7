package io.github.clvss.core.internal.persistence;

import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Transactions bound to the calling thread (jOOQ's thread-local transaction provider): every
 * adapter sharing the same {@link DSLContext} joins them. A constraint the database refuses
 * becomes a {@link ConflictException} whose cause says, without the refused values,
 * which constraint refused it.
 */
final class JooqTransactions implements Transactions {

    private final DSLContext db;

    JooqTransactions(DSLContext db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return db.transactionResult(() -> work.get());
        } catch (IntegrityConstraintViolationException e) {
            throw new ConflictException(Problem.general("record.constraint"), DatabaseRefusal.of(e));
        }
    }
}
