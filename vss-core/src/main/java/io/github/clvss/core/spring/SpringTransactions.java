package io.github.clvss.core.spring;

import io.github.clvss.core.HostTransactions;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's transactions for vss to join: each of vss's transactions is a nested one (a savepoint)
 * inside the application's running {@code @Transactional} method, or a transaction of its own
 * outside any; vss's statements go through the connection Spring bound to the thread. Work vss
 * keeps for after the commit is a transaction synchronization of the application's transaction.
 */
final class SpringTransactions implements HostTransactions {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager manager;

    SpringTransactions(PlatformTransactionManager manager) {
        this.manager = manager;
    }

    @Override
    public Unit begin() {
        TransactionStatus status = manager.getTransaction(NESTED);
        return new Unit() {
            @Override
            public void commit() {
                manager.commit(status);
            }

            @Override
            public void rollback() {
                manager.rollback(status);
            }
        };
    }

    @Override
    public void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    @Override
    public DataSource joined(DataSource dataSource) {
        return new TransactionAwareDataSourceProxy(dataSource);
    }
}
