package io.github.clvss.core;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;

/** Exports at scale on a real PostgreSQL server (embedded binaries, PostgreSQL 18). */
class PostgresExportIT extends ExportContract {

    private EmbeddedPostgres server;

    @Override
    DataSource database() {
        server = PostgresStorageIT.start();
        return server.getDatabase("postgres", "vss");
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }
}
