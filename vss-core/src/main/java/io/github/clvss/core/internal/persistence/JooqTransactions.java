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
 * which constraint refused it. Work {@linkplain #afterCommit kept for the commit} runs once the
 * outermost transaction on the thread has committed.
 */
final class JooqTransactions implements Transactions {

    private final DSLContext db;
    private final AfterCommit afterCommit = new AfterCommit();

    JooqTransactions(DSLContext db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        afterCommit.begin();
        T result;
        try {
            result = db.transactionResult(() -> work.get());
        } catch (IntegrityConstraintViolationException e) {
            afterCommit.rolledBack();
            throw new ConflictException(Problem.general("record.constraint"), DatabaseRefusal.of(e));
        } catch (RuntimeException | Error e) {
            afterCommit.rolledBack();
            throw e;
        }
        afterCommit.committed().ifPresent(AfterCommit::runEach);
        return result;
    }

    @Override
    public void afterCommit(Runnable work) {
        if (!afterCommit.keep(work)) {
            AfterCommit.run(work);
        }
    }
}
