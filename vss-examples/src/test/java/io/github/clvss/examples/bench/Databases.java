package io.github.clvss.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Fresh databases the way the admin application uses them: H2 in a file, or PostgreSQL (embedded,
 * as the core's integration tests start it), each behind a Hikari pool.
 */
final class Databases implements AutoCloseable {

    private final String name;
    private final Optional<Path> h2Directory;
    private final Optional<EmbeddedPostgres> postgres;
    private final Map<String, HikariDataSource> pools = new HashMap<>();
    private final String h2Settings;

    private Databases(String name, Optional<Path> h2Directory, Optional<EmbeddedPostgres> postgres, String h2Settings) {
        this.name = name;
        this.h2Settings = h2Settings;
        this.h2Directory = h2Directory;
        this.postgres = postgres;
    }

    static Databases h2(Path work) throws IOException {
        return new Databases("H2 file", Optional.of(Files.createDirectories(work.resolve("h2"))), Optional.empty(), "");
    }

    /**
     * H2 in a file, without reusing results: by default H2 hands back the previous result of a
     * query run again on the same connection when its tables have not changed, and a repeated
     * read would measure that shortcut rather than the query.
     */
    static Databases h2WithoutResultReuse(Path work) throws IOException {
        return new Databases("H2 file", Optional.of(Files.createDirectories(work.resolve("h2"))), Optional.empty(),
                ";OPTIMIZE_REUSE_RESULTS=FALSE");
    }

    static Databases postgres() throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        return new Databases(postgresName(server), Optional.empty(), Optional.of(server), "");
    }

    private static String postgresName(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection()) {
            return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "PostgreSQL";
        }
    }

    String name() {
        return name;
    }

    /** A new, empty database called {@code db}. */
    DataSource fresh(String db) throws SQLException, IOException {
        drop(db);
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(4);
        config.setPoolName("bench-" + db);
        if (postgres.isPresent()) {
            try (Connection c = postgres.get().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + db.replace('-', '_'));
            }
            config.setJdbcUrl(postgres.get().getJdbcUrl("postgres", db.replace('-', '_')));
            config.setUsername("postgres");
            config.addDataSourceProperty("reWriteBatchedInserts", "true"); // the bench's seeds are written in batches
        } else {
            config.setJdbcUrl("jdbc:h2:file:" + h2Directory.orElseThrow().resolve(db).resolve("vss").toAbsolutePath() + h2Settings);
            config.setUsername("sa");
        }
        HikariDataSource pool = new HikariDataSource(config);
        pools.put(db, pool);
        return pool;
    }

    /** Closes and deletes {@code db}, if it exists. */
    void drop(String db) throws SQLException, IOException {
        HikariDataSource pool = pools.remove(db);
        if (pool != null) {
            pool.close();
        }
        if (postgres.isPresent()) {
            try (Connection c = postgres.get().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + db.replace('-', '_'));
            }
        } else {
            Path directory = h2Directory.orElseThrow().resolve(db);
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        for (String db : Map.copyOf(pools).keySet()) {
            drop(db);
        }
        if (postgres.isPresent()) {
            postgres.get().close();
        }
    }
}
