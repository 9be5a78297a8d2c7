package io.github.clvss.core;

import static io.github.clvss.core.Fixtures.CLOCK;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.account.Pbkdf2Passwords;
import io.github.clvss.core.branding.Branding;
import io.github.clvss.core.branding.Colour;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.notification.Notification;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * vss on an in-memory H2 database of its own holding the whole demo file — Boulogne-Billancourt,
 * its contract, partners, référents, campaigns, circuits, deliberation, and the first year of
 * follow-up (obligation, actions, meeting, indicators, notes) — plus what the file does not carry:
 * the accounts of Boulogne's coordinator and of a platform administrator, a notification, a
 * branding, and a second territory with nothing of Boulogne's. Its tables can be read directly,
 * to tell whether a call changed anything and to scan the journal.
 */
final class FullDemo implements AutoCloseable {

    private final JdbcConnectionPool pool;
    final Vss vss;
    final TerritoryId boulogne;
    final TerritoryId elsewhere;
    final Contract contract;
    final Referent referent;
    final Account coordinatorAccount;
    final Account administratorAccount;
    final Notification notification;
    final io.github.clvss.core.institution.InstitutionProposal proposal;
    final io.github.clvss.core.path.VictimPath path;
    final io.github.clvss.core.path.Handover handover;

    FullDemo() {
        this.pool = JdbcConnectionPool.create("jdbc:h2:mem:full-demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        this.vss = Vss.builder().dataSource(pool).secretsKey(SecretsKey.generate()).clock(CLOCK)
                .passwordHashing(new Pbkdf2Passwords(1_000)).build();
        Actor system = Actor.system();
        this.boulogne = vss.contractFiles().importFile(system, ContractFiles.demoFile(), ImportMode.CREATE, false)
                .territory().orElseThrow();
        this.elsewhere = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.SEED).id();
        this.contract = vss.contracts().list(system, boulogne, PageRequest.first(1)).getFirst();
        this.referent = vss.referents().list(system, ReferentQuery.current(boulogne), PageRequest.first(1)).getFirst();
        this.coordinatorAccount = vss.accounts().open(system, Account.open(CLOCK, new Login("coordination.boulogne"),
                "Dominique Coordination", Optional.of(new EmailAddress("coordination@boulogne.example")), Language.FR,
                Set.of(Grant.coordinator(boulogne))), Optional.of("un mot de passe assez long".toCharArray()));
        this.administratorAccount = vss.accounts().open(system, Account.open(CLOCK, new Login("administration"),
                "Alix Administration", Optional.of(new EmailAddress("admin@vss.example")), Language.FR,
                Set.of(Grant.platformAdministrator())), Optional.empty());
        this.notification = vss.notifier().notify(system, coordinatorAccount.id(), "notification.confirm-partner",
                List.of("Centre hospitalier Ambroise-Paré")).notification();
        vss.branding().save(system, new Branding(boulogne, 0, Optional.of("Boulogne-Billancourt — CLVSS"),
                Optional.of(new Colour("#1f4e8c")), Optional.empty()));
        var partner = vss.partners().find(system, referent.partner());
        var institution = vss.institutions().find(system, partner.institution());
        this.proposal = vss.institutions().propose(coordinatorAccount.actor(),
                boulogne, institution.correct(institution.name() + " (nom proposé)", institution.sector(), institution.siret(),
                        institution.parent()));
        // a victim's path opened by the référent's partner and handed over, with consent, to another partner
        var opener = Actor.user("demo-partner-user", Grant.partner(boulogne, partner.id()));
        var receiving = vss.partners().list(system, contract.id(), PageRequest.first(10)).stream()
                .filter(p -> !p.id().equals(partner.id())).findFirst().orElseThrow().id();
        var opened = vss.paths().open(opener, boulogne, partner.id(),
                io.github.clvss.core.referral.Situation.builder(io.github.clvss.core.referral.Facts.AgeGroup.ADULT,
                        Set.of(io.github.clvss.core.referral.Facts.Capacity.SOCIAL_WORKER)).build(), Optional.empty());
        vss.paths().recordConsent(opener, opened.id(), io.github.clvss.core.path.ConsentStatus.GIVEN,
                io.github.clvss.core.path.ConsentScope.handoverTo(receiving));
        this.handover = vss.paths().handOver(opener, opened.id(), receiving, Optional.empty());
        this.path = vss.paths().find(opener, opened.id());
    }

    /** Boulogne's coordinator, as their account acts once signed in. */
    Actor coordinator() {
        return coordinatorAccount.actor();
    }

    /** A platform administrator, as their account acts once signed in. */
    Actor administrator() {
        return administratorAccount.actor();
    }

    /**
     * A fingerprint of every vss table but the journal's: a hash of each table's rows, by table,
     * so two fingerprints tell whether, and where, anything changed.
     */
    Map<String, Long> fingerprint() {
        Map<String, Long> tables = new TreeMap<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' and lower(table_name) like 'vss\\_%' "
                    + "and lower(table_name) not like 'vss\\_journal%' and lower(table_name) <> 'vss_schema_history'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                long sum = 0;
                try (ResultSet rs = statement.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        long row = 1;
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            row = 31 * row + (value instanceof byte[] bytes ? Arrays.hashCode(bytes) : java.util.Objects.hashCode(
                                    value == null ? null : value.toString()));
                        }
                        sum += row * 0x9E3779B97F4A7C15L;
                    }
                }
                tables.put(table.toLowerCase(java.util.Locale.ROOT), sum);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /** Every row of the journal, each column's value as text, straight from the table. */
    List<List<String>> journalRows() {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select * from vss_journal")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    @Override
    public void close() {
        vss.close();
        pool.dispose();
    }
}
