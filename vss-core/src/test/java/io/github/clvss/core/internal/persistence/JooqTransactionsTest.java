package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.shared.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.junit.jupiter.api.Test;

/** Work kept for after the commit of vss's own transactions, on a real H2 database. */
class JooqTransactionsTest {

    private final JdbcDataSource database = new JdbcDataSource();
    private final List<String> log = new ArrayList<>();
    private final DSLContext db;
    private final Transactions transactions;

    JooqTransactionsTest() {
        database.setURL("jdbc:h2:mem:transactions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db = DSL.using(new DefaultConfiguration().set(SQLDialect.H2)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(database))));
        db.execute("create table thing (name varchar(20))");
        transactions = new JooqTransactions(db);
    }

    @Test
    void kept_work_runs_in_order_once_the_outermost_transaction_has_committed() {
        transactions.runInTransaction(() -> {
            insert("first");
            transactions.afterCommit(() -> log.add("first sees " + committed()));
            transactions.runInTransaction(() -> transactions.afterCommit(() -> log.add("nested sees " + committed())));
            insert("second");
            log.add("before the commit");
        });

        assertThat(log).containsExactly("before the commit", "first sees 2", "nested sees 2");
    }

    @Test
    void work_kept_in_a_transaction_that_rolls_back_never_runs_and_a_later_transaction_starts_clean() {
        assertThatThrownBy(() -> transactions.runInTransaction(() -> {
            transactions.afterCommit(() -> log.add("rolled back work"));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        transactions.runInTransaction(() -> transactions.afterCommit(() -> log.add("committed work")));

        assertThat(log).containsExactly("committed work");
    }

    @Test
    void a_failing_work_undoes_nothing_stops_no_other_and_does_not_reach_the_caller() {
        transactions.runInTransaction(() -> {
            insert("kept");
            transactions.afterCommit(() -> {
                throw new IllegalStateException("the mail server is down");
            });
            transactions.afterCommit(() -> log.add("second work"));
        });

        assertThat(log).containsExactly("second work");
        assertThat(committed()).isOne();
    }

    @Test
    void outside_a_transaction_work_runs_at_once() {
        transactions.afterCommit(() -> log.add("at once"));

        assertThat(log).containsExactly("at once");
    }

    private void insert(String name) {
        db.execute("insert into thing (name) values (?)", name);
    }

    /** The rows another connection sees committed. */
    private long committed() {
        try (Connection other = database.getConnection();
                ResultSet count = other.createStatement().executeQuery("select count(*) from thing")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
