package io.github.clvss.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.contractfile.ContractFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Spring Boot example on a real H2 file and on PostgreSQL (the newest, 18, and the oldest
 * supported, 14): the application's Flyway and vss's migrations share one schema, and the
 * application's {@code @Transactional} method that writes its row and imports a contract file is one
 * unit with vss's writes.
 */
class HostApplicationIT {

    private static final Runnable CHANGE_OF_MIND = () -> {
        throw new IllegalStateException("the application's last check refuses");
    };

    @Test
    void on_an_h2_file_a_failure_after_both_writes_leaves_neither_and_without_it_both_remain() {
        Path file = Path.of("target", "it-data", "spring-" + UUID.randomUUID(), "host").toAbsolutePath();
        checkOneUnit("--spring.datasource.url=jdbc:h2:file:" + file, "--spring.datasource.username=sa");
    }

    @Test
    void on_postgresql_18_a_failure_after_both_writes_leaves_neither_and_without_it_both_remain() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            assertThat(version(postgres)).startsWith("18.");
            checkOneUnit(postgres);
        }
    }

    @Test
    void on_postgresql_14_the_oldest_supported_the_same_holds() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPgBinaryResolver(HostApplicationIT::postgresql14).start()) {
            assertThat(version(postgres)).startsWith("14.");
            checkOneUnit(postgres);
        }
    }

    private static void checkOneUnit(EmbeddedPostgres postgres) {
        checkOneUnit("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres");
    }

    private static void checkOneUnit(String... args) {
        try (ConfigurableApplicationContext application = HostApplication.start(args)) {
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            TownOnboarding onboarding = application.getBean(TownOnboarding.class);
            assertThat(tables(jdbc)).as("both histories, one schema").contains("flyway_schema_history", "vss_schema_history",
                    "town_onboarding", "vss_contract");
            long vssRows = vssRows(jdbc);

            assertThatThrownBy(() -> onboarding.onboard("Boulogne-Billancourt", ContractFiles.demoFile(), CHANGE_OF_MIND))
                    .hasMessage("the application's last check refuses");
            assertThat(count(jdbc, "town_onboarding")).as("the application's row").isZero();
            assertThat(vssRows(jdbc)).as("every vss table, the journal included").isEqualTo(vssRows);

            onboarding.onboard("Boulogne-Billancourt", ContractFiles.demoFile(), () -> { });
            assertThat(count(jdbc, "town_onboarding")).isOne();
            assertThat(count(jdbc, "vss_territory")).isOne();
            assertThat(count(jdbc, "vss_contract")).isPositive();
            assertThat(vssRows(jdbc)).isGreaterThan(vssRows);
        }
        // the next start on the schema both migrated
        try (ConfigurableApplicationContext again = HostApplication.start(args)) {
            assertThat(count(again.getBean(JdbcTemplate.class), "town_onboarding")).isOne();
        }
    }

    private static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.queryForList("select lower(table_name) from information_schema.tables"
                + " where lower(table_schema) = 'public'", String.class);
    }

    /** The rows of every vss table but its migration history. */
    private static long vssRows(JdbcTemplate jdbc) {
        return tables(jdbc).stream()
                .filter(table -> table.startsWith("vss_") && !table.equals("vss_schema_history"))
                .mapToLong(table -> count(jdbc, table))
                .sum();
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String version(EmbeddedPostgres postgres) {
        return new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("show server_version", String.class);
    }

    /** PostgreSQL 14's binaries, copied from Maven Central by the build (the default server is the BOM's, 18). */
    private static InputStream postgresql14(String system, String hardware) throws IOException {
        try (ZipFile jar = new ZipFile(Path.of("target", "test-servers", "postgresql-14.jar").toFile())) {
            return new ByteArrayInputStream(jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz")).readAllBytes());
        }
    }
}
