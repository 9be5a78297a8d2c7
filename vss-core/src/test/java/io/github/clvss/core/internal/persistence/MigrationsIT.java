package io.github.clvss.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * vss's migrations apply from an empty database and from the schema of the previous release —
 * the schema at version 10, the last one before wave 2 — keeping what that schema held, on H2
 * and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationsIT {

    /** The last migration of the previous release. */
    private static final String PREVIOUS_RELEASE = "10";
    private static final UUID TERRITORY = UUID.fromString("018875f8-8001-7b4c-a55a-000000000001");
    private static final UUID ENTRY = UUID.fromString("018875f8-8001-7b4c-a55a-000000000002");
    private static final UUID SITE_WITHOUT_SCHEME = UUID.fromString("018875f8-8001-7b4c-a55a-000000000003");
    private static final UUID SCRIPT_ADDRESS = UUID.fromString("018875f8-8001-7b4c-a55a-000000000004");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    private final EmbeddedPostgres postgres = startPostgres();

    @AfterAll
    void stop() throws java.io.IOException {
        postgres.close();
    }

    @Test
    void an_empty_h2_database_is_migrated_to_the_latest_version() throws SQLException {
        assertMigratesFromEmpty(h2(), "h2");
    }

    @Test
    void an_empty_postgresql_database_is_migrated_to_the_latest_version() throws SQLException {
        assertMigratesFromEmpty(postgres.getDatabase("postgres", database("empty")), "postgresql");
    }

    @Test
    void an_h2_database_of_the_previous_release_is_migrated_with_its_data() throws SQLException {
        assertMigratesFromPreviousRelease(h2(), "h2");
    }

    @Test
    void a_postgresql_database_of_the_previous_release_is_migrated_with_its_data() throws SQLException {
        assertMigratesFromPreviousRelease(postgres.getDatabase("postgres", database("previous")), "postgresql");
    }

    private static void assertMigratesFromEmpty(DataSource database, String vendor) throws SQLException {
        try (Vss vss = Vss.builder().dataSource(database).clock(CLOCK).build()) {
            assertThat(vss.territories().list(Actor.system(), PageRequest.first(10))).isEmpty();
        }
        List<String> applied = applied(database);
        assertThat(applied).isEqualTo(available(vendor));
        assertThat(applied).contains(PREVIOUS_RELEASE);
    }

    private static void assertMigratesFromPreviousRelease(DataSource database, String vendor) throws SQLException {
        flyway(database, vendor).target(PREVIOUS_RELEASE).load().migrate();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into vss_territory (id, version, kind, name, insee_code, department, siren,"
                    + " time_zone, provenance) values ('" + TERRITORY + "', 3, 'COMMUNE', 'Boulogne-Billancourt', '92012',"
                    + " '92', '219200128', 'Europe/Paris', 'SEED')");
            statement.executeUpdate("insert into vss_journal (id, at, actor, action, record_type, record_id, territory_id,"
                    + " outcome) values ('" + ENTRY + "', timestamp with time zone '2026-06-01 10:00:00+00', 'system',"
                    + " 'territory.register', 'territory', '" + TERRITORY + "', '" + TERRITORY + "', 'DONE')");
            for (String[] resource : new String[][] {{SITE_WITHOUT_SCHEME.toString(), "www.cidff92.fr"},
                    {SCRIPT_ADDRESS.toString(), "javascript:alert(1)"}}) {
                statement.executeUpdate("insert into vss_resource (id, version, scope, territory_id, kind, name, web, is_free,"
                        + " is_anonymous, audiences, verified_at, verified_by, provenance) values ('" + resource[0] + "', 1,"
                        + " 'LOCAL', '" + TERRITORY + "', 'LISTENING', 'Écoute', '" + resource[1] + "', true, false, '',"
                        + " timestamp with time zone '2026-06-01 10:00:00+00', 'system', 'ENTERED')");
            }
        }
        assertThat(applied(database)).last().isEqualTo(PREVIOUS_RELEASE);

        try (Vss vss = Vss.builder().dataSource(database).clock(CLOCK).build()) {
            Territory kept = vss.territories().find(Actor.system(), new TerritoryId(TERRITORY));
            assertThat(kept.name()).isEqualTo("Boulogne-Billancourt");
            assertThat(kept.version()).isEqualTo(3);
            assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.territory(new TerritoryId(TERRITORY)),
                    PageRequest.first(10))).extracting(JournalEntry::id).contains(ENTRY);
        }
        assertThat(applied(database)).isEqualTo(available(vendor));
        assertThat(web(database, SITE_WITHOUT_SCHEME)).as("a site written without https://").contains("https://www.cidff92.fr");
        assertThat(web(database, SCRIPT_ADDRESS)).as("a script address, never a link").isEmpty();
    }

    private static Optional<String> web(DataSource database, UUID resource) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select web from vss_resource where id = '" + resource + "'")) {
            assertThat(rows.next()).as("resource %s kept", resource).isTrue();
            return Optional.ofNullable(rows.getString(1));
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource database, String vendor) {
        return Flyway.configure(Persistence.class.getClassLoader()).dataSource(database)
                .locations(Persistence.MIGRATIONS + "common", Persistence.MIGRATIONS + vendor)
                .table(Persistence.HISTORY_TABLE);
    }

    /** Every migration vss ships for this database, in order. */
    private static List<String> available(String vendor) {
        return java.util.Arrays.stream(flyway(h2(), vendor).load().info().all())
                .map(m -> m.getVersion().getVersion()).toList();
    }

    private static List<String> applied(DataSource database) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select \"version\" from \"" + Persistence.HISTORY_TABLE + "\""
                        + " where \"success\" and \"version\" is not null and \"version\" <> '0' order by \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private String database(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource h2() {
        return JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
