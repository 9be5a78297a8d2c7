package io.github.clvss.core;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;

/** The storage suite on a real PostgreSQL server (embedded binaries, PostgreSQL 18). */
class PostgresStorageIT extends StorageContract {

    private final EmbeddedPostgres server = start();

    @Override
    DataSource database() {
        return server.getDatabase("postgres", "vss");
    }

    @Override
    DataSource databaseWithHostTables() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database host");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return withHostTable(server.getDatabase("postgres", "host"));
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    /** A new embedded PostgreSQL server with an empty database {@code vss}; the other PostgreSQL suites start theirs here too. */
    static EmbeddedPostgres start() {
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
