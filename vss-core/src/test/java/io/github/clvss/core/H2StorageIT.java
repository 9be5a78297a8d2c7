package io.github.clvss.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        try (Connection connection = host.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table host_orders (id int primary key, label varchar(20))");
            statement.execute("insert into host_orders values (1, 'kept')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return host;
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
