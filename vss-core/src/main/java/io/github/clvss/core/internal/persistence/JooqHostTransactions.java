package io.github.clvss.core.internal.persistence;

import io.github.clvss.core.HostTransactions;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Transactions;
import java.util.function.Supplier;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Transactions that join the embedding application's ({@link HostTransactions}): the adapters'
 * statements go through the application's connection, and each unit is the application's
 * transaction or a savepoint in it. A refused constraint becomes a {@link ConflictException}, as
 * in {@link JooqTransactions}. Work {@linkplain #afterCommit kept for the commit} waits for vss's
 * outermost unit on the thread to commit, then for the application's transaction: it runs once
 * that one has committed (at once when the application runs none).
 */
final class JooqHostTransactions implements Transactions {

    private final HostTransactions host;
    private final AfterCommit afterCommit = new AfterCommit();

    JooqHostTransactions(HostTransactions host) {
        this.host = host;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        HostTransactions.Unit unit = host.begin();
        afterCommit.begin();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            afterCommit.rolledBack();
            try {
                unit.rollback();
            } catch (RuntimeException rollback) {
                e.addSuppressed(rollback);
            }
            if (e instanceof IntegrityConstraintViolationException refused) {
                throw new ConflictException(Problem.general("record.constraint"), DatabaseRefusal.of(refused));
            }
            throw e;
        }
        try {
            unit.commit();
        } catch (RuntimeException | Error e) {
            afterCommit.rolledBack();
            throw e;
        }
        afterCommit.committed().ifPresent(kept -> kept.forEach(this::afterHostCommit));
        return result;
    }

    @Override
    public void afterCommit(Runnable work) {
        if (!afterCommit.keep(work)) {
            afterHostCommit(work);
        }
    }

    /** Hands {@code work} to the application, whose running transaction (if any) decides when it runs. */
    private void afterHostCommit(Runnable work) {
        host.afterCommit(() -> AfterCommit.run(work));
    }
}
