package io.github.clvss.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;

/** The list pages suite on an H2 file database, as an installation keeps it. */
class H2ListPagesIT extends ListPagesContract {

    private final JdbcConnectionPool database = JdbcConnectionPool.create("jdbc:h2:file:"
            + Path.of("target", "list-pages", UUID.randomUUID().toString()).toAbsolutePath(), "sa", "");

    @Override
    DataSource database() {
        return database;
    }

    @Override
    String index(String name) {
        return "public." + name;
    }

    /** H2 says so in its plan: {@code /* index sorted *}{@code /} (and {@code index sorted: 1 of 3 columns} when it sorts after). */
    @Override
    boolean readInIndexOrder(String plan, String table) {
        return plan.contains("/* index sorted */");
    }

    @Override
    void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    @AfterAll
    void dispose() {
        database.dispose();
    }
}
