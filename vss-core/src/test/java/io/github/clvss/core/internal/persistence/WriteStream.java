package io.github.clvss.core.internal.persistence;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.Language;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A stream of writes for {@link CrashIT}, run in a process of its own: opens accounts
 * {@code writer-0}, {@code writer-1}… one transaction each, and prints {@code ACK n} once vss
 * has returned from the n-th, until it is killed.
 */
final class WriteStream {

    private WriteStream() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String url = args[0];
        javax.sql.DataSource database;
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl(url);
            postgres.setUser("postgres");
            database = postgres;
        } else {
            database = JdbcConnectionPool.create(url, "sa", "");
        }
        Clock clock = Clock.systemUTC();
        try (Vss vss = Vss.builder().dataSource(database).clock(clock).build()) {
            out.println("READY");
            for (int n = 0; ; n++) {
                vss.accounts().open(Actor.system(), Account.open(clock, new Login("writer-" + n), "Écriture " + n,
                        Optional.empty(), Language.FR, Set.of(Grant.platformAdministrator())), Optional.empty());
                out.println("ACK " + n);
            }
        }
    }
}
