package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Login;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a stream of writes: a process writes through vss one account
 * per transaction and says which writes vss acknowledged; it is killed without warning after a
 * few hundred. On PostgreSQL no acknowledged write is lost. On the H2 file a bounded tail may be
 * lost — H2 writes committed changes to the file about once a second — and the database opens
 * again with every earlier write (docs/operations.md says so).
 */
class CrashIT {

    private static final int KILL_AFTER = 300;

    @TempDir
    Path folder;

    @Test
    void postgresql_loses_no_acknowledged_write_when_the_writer_is_killed() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            int acknowledged = writeThenKill(url).acknowledged();

            List<Integer> lost = lost(server.getPostgresDatabase(), acknowledged);

            assertThat(acknowledged).isGreaterThanOrEqualTo(KILL_AFTER);
            assertThat(lost).isEmpty();
        }
    }

    @Test
    void the_h2_file_reopens_after_the_writer_is_killed_and_loses_at_most_its_last_second() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("vss").toAbsolutePath();
        Run run = writeThenKill(url);
        int acknowledged = run.acknowledged();
        double perSecond = acknowledged / run.seconds();

        JdbcConnectionPool database = JdbcConnectionPool.create(url, "sa", "");
        try {
            List<Integer> lost = lost(database, acknowledged);

            assertThat(acknowledged).isGreaterThanOrEqualTo(KILL_AFTER);
            // only a tail may be missing: every write before it is there
            assertThat(lost).isEqualTo(IntStream.range(acknowledged - lost.size(), acknowledged).boxed().toList());
            assertThat(lost.size()).as("writes lost at %.0f writes/s", perSecond).isLessThanOrEqualTo((int) Math.ceil(perSecond * 2));
        } finally {
            database.dispose();
        }
    }

    /** How many writes were acknowledged, in how long from the first one's start. */
    private record Run(int acknowledged, double seconds) {
    }

    /** Starts the writer, reads its acknowledgements, kills it with SIGKILL after {@link #KILL_AFTER}. */
    private static Run writeThenKill(String url) throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriteStream.class.getName(), url)
                .redirectErrorStream(true).start();
        int acknowledged = 0;
        long ready = System.nanoTime();
        long killed = ready;
        List<String> other = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged = Integer.parseInt(line.substring(4)) + 1;
                    if (acknowledged == KILL_AFTER) {
                        killed = System.nanoTime();
                        // SIGKILL through the handle: Process.destroyForcibly would also close our end of its output
                        writer.toHandle().destroyForcibly();
                    }
                } else if (line.equals("READY")) {
                    ready = System.nanoTime();
                } else {
                    other.add(line);
                }
            }
        }
        writer.waitFor();
        assertThat(writer.exitValue()).as("killed by SIGKILL; it said %s", other).isEqualTo(137);
        return new Run(acknowledged, (killed - ready) / 1e9);
    }

    private static List<Integer> lost(DataSource database, int acknowledged) {
        try (Vss vss = Vss.builder().dataSource(database).clock(Clock.systemUTC()).build()) {
            return IntStream.range(0, acknowledged)
                    .filter(n -> vss.accounts().idOf(Actor.system(), new Login("writer-" + n)).isEmpty())
                    .boxed().toList();
        }
    }
}
