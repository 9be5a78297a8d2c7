package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure that stopped every write about 22 minutes after a first start: with H2 2.4.240 a
 * CHECK constraint created in one session turns "invalid" once that session closes, so every
 * later insert into its table fails. A connection pool retires the connection that ran the
 * migrations after a while, which is exactly that. These tests create the schema on one
 * connection, close it, and write through another — with plain JDBC (no vss involved), then
 * through vss, on an H2 file, in H2 memory and on PostgreSQL. Each also checks that the
 * constraint still refuses a bad row, so a constraint silently dropped would fail too.
 */
class ConstraintsAfterSessionCloseIT {

    /** The SQL state of a row a CHECK constraint refuses: H2 says 23513 (23514 is its "constraint invalid"). */
    private static final String H2_CHECK_VIOLATION = "23513";
    private static final String POSTGRESQL_CHECK_VIOLATION = "23514";

    private static final String TABLE = "create table probe (id int primary key, outcome varchar(10) not null,"
            + " constraint probe_outcome_ck check (outcome in ('DONE', 'REFUSED')))";

    @TempDir
    Path folder;

    @Test
    void a_check_constraint_created_by_a_closed_session_still_works_on_an_h2_file() throws SQLException {
        JdbcDataSource database = h2("jdbc:h2:file:" + folder.resolve("probe").toAbsolutePath());
        try (Connection keeper = database.getConnection()) {
            createThenClose(database);
            assertWritesAndRefusals(database, H2_CHECK_VIOLATION);
        }
    }

    @Test
    void a_check_constraint_created_by_a_closed_session_still_works_in_h2_memory() throws SQLException {
        JdbcDataSource database = h2("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        createThenClose(database);
        assertWritesAndRefusals(database, H2_CHECK_VIOLATION);
    }

    @Test
    void a_check_constraint_created_by_a_closed_session_still_works_on_postgresql() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            DataSource database = server.getPostgresDatabase();
            createThenClose(database);
            assertWritesAndRefusals(database, POSTGRESQL_CHECK_VIOLATION);
        }
    }

    @Test
    void vss_keeps_accepting_writes_after_the_migrating_connection_closed_on_an_h2_file() throws SQLException {
        JdbcDataSource database = h2("jdbc:h2:file:" + folder.resolve("vss").toAbsolutePath());
        try (Connection keeper = database.getConnection()) {
            assertVssWritesAfterMigration(database, H2_CHECK_VIOLATION);
        }
        assertThat(Files.exists(folder.resolve("vss.mv.db"))).isTrue();
    }

    @Test
    void vss_keeps_accepting_writes_after_the_migrating_connection_closed_in_h2_memory() {
        // the first DataSource a newcomer reaches for: every getConnection() is a new session
        assertVssWritesAfterMigration(h2("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), H2_CHECK_VIOLATION);
    }

    @Test
    void vss_keeps_accepting_writes_after_the_migrating_connection_closed_on_postgresql() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            assertVssWritesAfterMigration(server.getPostgresDatabase(), POSTGRESQL_CHECK_VIOLATION);
        }
    }

    private static void createThenClose(DataSource database) throws SQLException {
        try (Connection creator = database.getConnection(); Statement statement = creator.createStatement()) {
            statement.execute(TABLE);
        }
    }

    private static void assertWritesAndRefusals(DataSource database, String checkViolation) throws SQLException {
        try (Connection writer = database.getConnection(); Statement statement = writer.createStatement()) {
            assertThat(statement.executeUpdate("insert into probe values (1, 'DONE')")).isEqualTo(1);
            assertThatThrownBy(() -> statement.executeUpdate("insert into probe values (2, 'MAYBE')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(checkViolation))
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("probe_outcome_ck"));
        }
    }

    /**
     * vss migrates on connections it closes, then signs an unknown person in (a refusal written
     * to the journal, whose outcome column has a CHECK) and opens an account (a write).
     */
    private static void assertVssWritesAfterMigration(DataSource database, String checkViolation) {
        Actor system = Actor.system();
        try (Vss vss = Vss.builder().dataSource(database).clock(Clock.systemUTC()).build()) {
            assertThat(vss.accounts().signIn(new Login("personne"), "wrong-password".toCharArray())).isEmpty();
            Account opened = vss.accounts().open(system, Account.open(Clock.systemUTC(), new Login("coordination"),
                    "Coordination", Optional.empty(), Language.FR, Set.of(Grant.platformAdministrator())),
                    Optional.of("a-long-enough-password".toCharArray()));
            assertThat(vss.accounts().signIn(new Login("coordination"), "a-long-enough-password".toCharArray()))
                    .map(Account::id).contains(opened.id());
            assertThat(vss.auditTrail().find(system, JournalQuery.all(), PageRequest.first(50)))
                    .extracting(entry -> entry.act().action())
                    .contains("account.sign-in", "account.open");
        }
        try (Connection writer = database.getConnection(); Statement statement = writer.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("insert into vss_journal (id, at, actor, action, record_type, outcome)"
                    + " values ('" + UUID.randomUUID() + "', current_timestamp, 'probe', 'probe', 'probe', 'MAYBE')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(checkViolation))
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("vss_journal_outcome_ck"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(url);
        database.setUser("sa");
        database.setPassword("");
        return database;
    }
}
