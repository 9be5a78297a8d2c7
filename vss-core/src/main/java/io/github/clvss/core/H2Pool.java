package io.github.clvss.core;

import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The H2 connection pool vss makes itself ({@link Vss#inMemory}, {@link Vss.Builder#h2File}).
 * H2 is an optional dependency: only the nested {@link Pool} names it, so an embedder on
 * PostgreSQL without H2 on the class path never loads it, and one who asks for H2 without it is
 * told what to add.
 */
record H2Pool(DataSource dataSource, Runnable dispose) {

    static H2Pool memory() {
        return open("jdbc:h2:mem:vss-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    static H2Pool file(Path file) {
        return open("jdbc:h2:file:" + file.toAbsolutePath());
    }

    private static H2Pool open(String url) {
        try {
            Class.forName("org.h2.jdbcx.JdbcConnectionPool", false, H2Pool.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("vss makes its own database only with H2: add the dependency "
                    + "com.h2database:h2 (2.5.252 or newer), or give vss a DataSource", e);
        }
        return Pool.create(url);
    }

    void close() {
        dispose.run();
    }

    /** Loaded only once H2 is known to be there. */
    private static final class Pool {

        private Pool() {
        }

        static H2Pool create(String url) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            return new H2Pool(pool, pool::dispose);
        }
    }
}
