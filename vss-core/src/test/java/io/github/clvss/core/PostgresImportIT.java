package io.github.clvss.core;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;

/** Imports at scale on a real PostgreSQL server (embedded binaries, PostgreSQL 18). */
class PostgresImportIT extends ImportContract {

    private EmbeddedPostgres server;

    @Override
    DataSource database() {
        try {
            server = EmbeddedPostgres.builder().start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database vss");
            }
            return server.getDatabase("postgres", "vss");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }
}
