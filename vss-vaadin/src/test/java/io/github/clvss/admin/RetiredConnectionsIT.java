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
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
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
 * been retired (H2 shows each connection only its own session: the one lent after the wait
 * must have been opened after it), then signs in through the browser and writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
        "spring.datasource.hikari.max-lifetime=30000", "spring.datasource.hikari.idle-timeout=10000",
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
    void sign_in_and_writes_still_work_once_the_connections_that_built_the_schema_are_retired() throws Exception {
        OffsetDateTime started = OffsetDateTime.now();
        // a connection of our own keeps the database open, as the pool's many connections do in a
        // running installation: were it to close, H2 would read the schema afresh and hide the defect
        try (Connection keeper = DriverManager.getConnection(url(), "sa", "")) {
            // every connection lives 30 s at most (less a random 2.5 %); the migrating one is long idle
            Thread.sleep(Duration.ofSeconds(45));
            assertThat(sessionStart()).as("the connection lent now was opened after the test began: the pool retires them")
                    .isAfter(started);
            signInAndWrite();
        }
    }

    private void signInAndWrite() {
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

    private String url() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    /** When the H2 session behind the connection the pool lends now began. */
    private OffsetDateTime sessionStart() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select session_start from information_schema.sessions"
                        + " where session_id = session_id()")) {
            assertThat(row.next()).isTrue();
            return row.getObject(1, OffsetDateTime.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
