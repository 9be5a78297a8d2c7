package io.github.clvss.core;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;

/** The list pages suite on a real PostgreSQL server (embedded binaries, PostgreSQL 18). */
class PostgresListPagesIT extends ListPagesContract {

    private final EmbeddedPostgres server = start();
    /** A few connections kept open, as an installation has: a read then pays for its query, not for a new connection. */
    private final HikariDataSource pool = pool(server);

    @Override
    DataSource database() {
        return pool;
    }

    @Override
    String index(String name) {
        return name;
    }

    /**
     * The table is read by an index scan, and no sort node (a {@code Sort} or an
     * {@code Incremental Sort}) stands above that scan: a sort in a sub-plan of the filter (the
     * territory's accounts, say) sorts other rows.
     */
    @Override
    boolean readInIndexOrder(String plan, String table) {
        java.util.List<String> lines = plan.lines().toList();
        int scan = -1;
        for (int i = 0; i < lines.size() && scan < 0; i++) {
            if (lines.get(i).contains("Index Scan") && lines.get(i).contains(" on " + table + " ")) {
                scan = i;
            }
        }
        return scan >= 0 && lines.subList(0, scan).stream().noneMatch(line -> line.contains("Sort  ("));
    }

    @Override
    void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    @AfterAll
    void stop() throws IOException {
        pool.close();
        server.close();
    }

    private static HikariDataSource pool(EmbeddedPostgres server) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(server.getDatabase("postgres", "vss"));
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database vss");
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
