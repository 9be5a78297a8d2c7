package io.github.clvss.core;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/** Exports at scale on an H2 file, the embedded default. */
class H2ExportIT extends ExportContract {

    @TempDir
    static Path folder;

    private JdbcConnectionPool pool;

    @Override
    DataSource database() {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + folder.resolve("vss"), "sa", "");
        return pool;
    }

    @AfterAll
    void dispose() {
        pool.dispose();
    }
}
