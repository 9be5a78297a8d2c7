package io.github.clvss.core;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;

/** The storage suite on H2, the embedded default. */
class H2StorageIT extends StorageContract {

    private final JdbcConnectionPool database = pool();
    private final JdbcConnectionPool host = pool();

    @Override
    DataSource database() {
        return database;
    }

    @Override
    DataSource databaseWithHostTables() {
        return withHostTable(host);
    }

    @AfterAll
    void dispose() {
        database.dispose();
        host.dispose();
    }

    private static JdbcConnectionPool pool() {
        return JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
