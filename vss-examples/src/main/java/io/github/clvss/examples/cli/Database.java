package io.github.clvss.examples.cli;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Turns the command line's JDBC URL into a data source: H2 or PostgreSQL. */
final class Database {

    /** An H2 file database named {@code vss.mv.db} in the current directory. */
    static final String DEFAULT_URL = "jdbc:h2:file:./vss";

    private Database() {
    }

    static DataSource of(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user.isEmpty() ? "sa" : user);
            h2.setPassword(password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            if (!user.isEmpty()) {
                postgres.setUser(user);
            }
            if (!password.isEmpty()) {
                postgres.setPassword(password);
            }
            return postgres;
        }
        throw new IllegalArgumentException(url);
    }
}
