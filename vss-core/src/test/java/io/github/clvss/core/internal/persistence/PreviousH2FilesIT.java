package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file written by the H2 of the previous release (2.4.240, loaded on its own from
 * {@code target/test-servers}) opens with today's H2 in place, without conversion: its rows,
 * its CHECK and unique constraints are all there, and it takes writes.
 */
class PreviousH2FilesIT {

    private static final Path PREVIOUS_H2 = Path.of("target", "test-servers", "h2-previous.jar");
    private static final UUID ID = UUID.fromString("018875f8-8001-7b4c-a55a-75eb92c7ad98");

    @TempDir
    Path folder;

    @Test
    void a_file_written_by_h2_2_4_240_opens_with_its_rows_and_constraints() throws Exception {
        assertThat(PREVIOUS_H2).exists();
        String url = "jdbc:h2:file:" + folder.resolve("vss").toAbsolutePath();
        try (URLClassLoader previous = new URLClassLoader(new URL[] {PREVIOUS_H2.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) previous.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
            Properties credentials = new Properties();
            credentials.setProperty("user", "sa");
            credentials.setProperty("password", "");
            try (Connection connection = driver.connect(url, credentials); Statement statement = connection.createStatement()) {
                assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith("2.4.240");
                statement.execute("create table vss_probe (id uuid primary key, at timestamp with time zone not null,"
                        + " outcome varchar(10) not null, name varchar(200), constraint vss_probe_name_uq unique (name),"
                        + " constraint vss_probe_outcome_ck check (outcome in ('DONE', 'REFUSED')))");
                statement.execute("insert into vss_probe values ('" + ID + "', timestamp with time zone"
                        + " '2026-06-01 18:00:00+02', 'DONE', 'Boulogne-Billancourt — délibération n° 136597')");
            }
        }
        assertThat(Files.exists(folder.resolve("vss.mv.db"))).isTrue();

        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith("2.5.");
            try (ResultSet row = statement.executeQuery("select id, at, outcome, name from vss_probe")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getObject(1, UUID.class)).isEqualTo(ID);
                assertThat(row.getObject(2, OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2026-06-01T18:00:00+02:00"));
                assertThat(row.getString(3)).isEqualTo("DONE");
                assertThat(row.getString(4)).isEqualTo("Boulogne-Billancourt — délibération n° 136597");
            }
            assertThat(statement.executeUpdate("insert into vss_probe values ('" + UUID.randomUUID()
                    + "', current_timestamp, 'REFUSED', 'autre')")).isEqualTo(1);
            assertThatThrownBy(() -> statement.executeUpdate("insert into vss_probe values ('" + UUID.randomUUID()
                    + "', current_timestamp, 'MAYBE', 'encore')")).isInstanceOf(SQLException.class).hasMessageContaining("VSS_PROBE_OUTCOME_CK");
            assertThatThrownBy(() -> statement.executeUpdate("insert into vss_probe values ('" + UUID.randomUUID()
                    + "', current_timestamp, 'DONE', 'autre')")).isInstanceOf(SQLException.class).hasMessageContaining("VSS_PROBE_NAME_UQ");
        }
    }
}
