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
 * in {@link JooqTransactions}.
 */
final class JooqHostTransactions implements Transactions {

    private final HostTransactions host;

    JooqHostTransactions(HostTransactions host) {
        this.host = host;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        HostTransactions.Unit unit = host.begin();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
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
        unit.commit();
        return result;
    }
}
