package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The defect that stopped every new installation: on the embedded H2 file, once the pool had
 * retired the connections that created the schema (after ~20–30 minutes with the default
 * lifetimes), every write into a table with a CHECK constraint failed — sign-in first. Here the
 * pool's lifetimes are cut to 30 s; the test waits until every connection open at start has
 * been retired, then signs in through the browser and writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
        "spring.datasource.hikari.max-lifetime=30s", "spring.datasource.hikari.idle-timeout=10s",
        "spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.maximum-pool-size=4"})
@ActiveProfiles("demo")
class RetiredConnectionsIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Vss vss;

    @Test
    void sign_in_and_writes_still_work_once_the_connections_that_built_the_schema_are_retired() {
        Set<Long> atStart = sessions();
        assertThat(atStart).isNotEmpty();

        waitUntilRetired(atStart, Duration.ofSeconds(150));

        try (Browser browser = new Browser(port)) {
            browser.signIn("coordination", "demo-coordination");
            browser.waitForText("Contrat local — Boulogne-Billancourt");
        }
        Account opened = vss.accounts().open(Actor.system(), Account.open(vss.clock(), new Login("apres.recyclage"),
                "Ouvert après le recyclage des connexions", Optional.empty(), Language.FR, Set.of()), Optional.empty());

        assertThat(vss.accounts().idOf(Actor.system(), new Login("apres.recyclage"))).contains(opened.id());
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.all().withAction("account.sign-in"), PageRequest.first(10)))
                .extracting(JournalEntry::outcome).contains(Outcome.DONE);
    }

    private void waitUntilRetired(Set<Long> sessions, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (sessions().stream().anyMatch(sessions::contains)) {
            assertThat(System.nanoTime()).as("the pool retired its first connections within %s", atMost).isLessThan(deadline);
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The ids of the H2 sessions open now, the pool's connections among them. */
    private Set<Long> sessions() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select session_id from information_schema.sessions")) {
            Set<Long> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
