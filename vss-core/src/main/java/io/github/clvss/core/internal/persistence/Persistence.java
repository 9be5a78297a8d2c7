package io.github.clvss.core.internal.persistence;

import io.github.clvss.core.HostTransactions;
import io.github.clvss.core.account.Accounts;
import io.github.clvss.core.branding.Brandings;
import io.github.clvss.core.contract.Contracts;
import io.github.clvss.core.notification.Notifications;
import io.github.clvss.core.partner.Partners;
import io.github.clvss.core.partner.Referents;
import io.github.clvss.core.resource.Resources;
import io.github.clvss.core.institution.Institutions;
import io.github.clvss.core.journal.Journal;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.territory.Territories;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * Opens vss's storage on a data source: runs vss's own migrations (their own location and
 * history table, so vss can share a host's database), then hands out the jOOQ adapters of
 * the ports. Internal: embedders go through {@code Vss}.
 */
public final class Persistence {

    /** Where the migrations are, in the jar. */
    public static final String MIGRATIONS = "classpath:io/github/clvss/core/db/migration/";
    /** vss's own Flyway history table. */
    public static final String HISTORY_TABLE = "vss_schema_history";

    private final JooqTerritories territories;
    private final JooqInstitutions institutions;
    private final JooqInstitutionProposals institutionProposals;
    private final JooqContracts contracts;
    private final JooqJournal journal;
    private final Transactions transactions;
    private final JooqAccounts accounts;
    private final JooqNotifications notifications;
    private final JooqBrandings brandings;
    private final JooqPartners partners;
    private final JooqReferents referents;
    private final JooqResources resources;
    private final JooqCampaigns campaigns;
    private final JooqCircuits circuits;
    private final JooqContractTexts contractTexts;
    private final JooqContractActs contractActs;
    private final JooqSignatoryPartners signatoryPartners;
    private final JooqDeliberations deliberations;
    private final JooqActions actions;
    private final JooqObligations obligations;
    private final JooqMeetings meetings;
    private final JooqIndicators indicators;
    private final JooqDiagnosticNotes diagnosticNotes;
    private final JooqSignInCounters signInCounters;
    private final JooqSecondFactors secondFactors;
    private final JooqIdentityLinks identityLinks;
    private final JooqVictimPaths victimPaths;
    private final JooqPathTallies pathTallies;
    private final JooqScheduledWork scheduledWork;

    private Persistence(DSLContext db, DSLContext independent, SecretBox box, Transactions transactions, Database database) {
        this.territories = new JooqTerritories(db);
        this.institutions = new JooqInstitutions(db);
        this.institutionProposals = new JooqInstitutionProposals(db);
        this.contracts = new JooqContracts(db);
        this.journal = new JooqJournal(db, independent);
        this.transactions = transactions;
        this.accounts = new JooqAccounts(db);
        this.notifications = new JooqNotifications(db);
        this.brandings = new JooqBrandings(db);
        this.partners = new JooqPartners(db);
        this.referents = new JooqReferents(db);
        this.resources = new JooqResources(db);
        this.campaigns = new JooqCampaigns(db);
        this.circuits = new JooqCircuits(db);
        this.contractTexts = new JooqContractTexts(db);
        this.contractActs = new JooqContractActs(db);
        this.signatoryPartners = new JooqSignatoryPartners(db);
        this.deliberations = new JooqDeliberations(db);
        this.actions = new JooqActions(db);
        this.obligations = new JooqObligations(db);
        this.meetings = new JooqMeetings(db);
        this.indicators = new JooqIndicators(db);
        this.diagnosticNotes = new JooqDiagnosticNotes(db);
        this.signInCounters = new JooqSignInCounters(db);
        this.secondFactors = new JooqSecondFactors(db, box);
        this.identityLinks = new JooqIdentityLinks(db);
        this.victimPaths = new JooqVictimPaths(db);
        this.pathTallies = new JooqPathTallies(db);
        this.scheduledWork = new JooqScheduledWork(db, transactions, database.vendor() == Vendor.POSTGRESQL, database.url());
    }

    /** Migrates the database behind {@code dataSource} and opens the adapters, with no secrets key. */
    public static Persistence open(DataSource dataSource) {
        return open(dataSource, SecretBox.none());
    }

    /** Migrates the database behind {@code dataSource} and opens the adapters; {@code box} seals stored secrets. */
    public static Persistence open(DataSource dataSource, SecretBox box) {
        return open(dataSource, box, Optional.empty());
    }

    /**
     * Migrates the database behind {@code dataSource} and opens the adapters; {@code box} seals stored
     * secrets; with {@code host}, vss's transactions join the embedding application's. The migrations
     * and the journal's independent entries use {@code dataSource} itself, outside the application's
     * transaction.
     */
    public static Persistence open(DataSource dataSource, SecretBox box, Optional<HostTransactions> host) {
        Database database = Vendor.of(dataSource);
        Vendor vendor = database.vendor();
        Flyway.configure(Persistence.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS + "common", MIGRATIONS + vendor.folder)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderSchema(false)
                .withExecuteLogging(false);
        DataSourceConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        DSLContext independent = DSL.using(new DefaultConfiguration()
                .set(vendor.dialect)
                .set(settings)
                .set(connections));
        if (host.isPresent()) {
            DSLContext joined = DSL.using(new DefaultConfiguration()
                    .set(vendor.dialect)
                    .set(settings)
                    .set(new DataSourceConnectionProvider(host.get().joined(dataSource))));
            return new Persistence(joined, independent, box, new JooqHostTransactions(host.get()), database);
        }
        DSLContext db = DSL.using(new DefaultConfiguration()
                .set(vendor.dialect)
                .set(settings)
                .set(new ThreadLocalTransactionProvider(connections)));
        return new Persistence(db, independent, box, new JooqTransactions(db), database);
    }

    /** Territories port. */
    public Territories territories() {
        return territories;
    }

    /** Institutions port. */
    public Institutions institutions() {
        return institutions;
    }

    /** Proposed changes to shared institutions port. */
    public io.github.clvss.core.institution.InstitutionProposals institutionProposals() {
        return institutionProposals;
    }

    /** Contracts port. */
    public Contracts contracts() {
        return contracts;
    }

    /** Journal port. */
    public Journal journal() {
        return journal;
    }

    /** Accounts port. */
    public Accounts accounts() {
        return accounts;
    }

    /** Notifications port. */
    public Notifications notifications() {
        return notifications;
    }

    /** Brandings port. */
    public Brandings brandings() {
        return brandings;
    }

    /** Partners port. */
    public Partners partners() {
        return partners;
    }

    /** Référents port. */
    public Referents referents() {
        return referents;
    }

    /** Resources port. */
    public Resources resources() {
        return resources;
    }

    /** Campaigns port. */
    public io.github.clvss.core.communication.Campaigns campaigns() {
        return campaigns;
    }

    /** Local circuits port. */
    public io.github.clvss.core.referral.Circuits circuits() {
        return circuits;
    }

    /** Contract texts port. */
    public io.github.clvss.core.contract.ContractTexts contractTexts() {
        return contractTexts;
    }

    /** Contract acts port. */
    public io.github.clvss.core.contract.ContractActs contractActs() {
        return contractActs;
    }

    /** Signatory partners port. */
    public io.github.clvss.core.contract.SignatoryPartners signatoryPartners() {
        return signatoryPartners;
    }

    /** Council deliberations port. */
    public io.github.clvss.core.deliberation.Deliberations deliberations() {
        return deliberations;
    }

    /** Follow-up actions port. */
    public io.github.clvss.core.followup.Actions actions() {
        return actions;
    }

    /** Recurring obligations port. */
    public io.github.clvss.core.followup.Obligations obligations() {
        return obligations;
    }

    /** Meetings port. */
    public io.github.clvss.core.followup.Meetings meetings() {
        return meetings;
    }

    /** Indicators and measurements port. */
    public io.github.clvss.core.indicator.Indicators indicators() {
        return indicators;
    }

    /** Diagnostic notes port. */
    public io.github.clvss.core.indicator.DiagnosticNotes diagnosticNotes() {
        return diagnosticNotes;
    }

    /** Refused sign-ins port. */
    public io.github.clvss.core.account.SignInCounters signInCounters() {
        return signInCounters;
    }

    /** Second factors port. */
    public io.github.clvss.core.account.SecondFactors secondFactors() {
        return secondFactors;
    }

    /**
     * Seals the second factors' secrets still stored in clear and checks that the box opens every
     * sealed one; run once at start.
     */
    public SecretBox.Sealing sealSecondFactorSecrets() {
        return transactions.inTransaction(secondFactors::sealStoredSecrets);
    }

    /** Identity links port. */
    public io.github.clvss.core.account.IdentityLinks identityLinks() {
        return identityLinks;
    }

    /** Victims' paths port. */
    public io.github.clvss.core.path.VictimPaths victimPaths() {
        return victimPaths;
    }

    /** Purged paths' anonymous counts port. */
    public io.github.clvss.core.path.PathTallies pathTallies() {
        return pathTallies;
    }

    /** Transactions port. */
    public Transactions transactions() {
        return transactions;
    }

    /** Scheduled work port: held by one instance at a time. */
    public io.github.clvss.core.shared.ScheduledWork scheduledWork() {
        return scheduledWork;
    }

    /** The database behind a data source: its vendor and its address. */
    private record Database(Vendor vendor, String url) {
    }

    private enum Vendor {
        H2("h2", SQLDialect.H2),
        POSTGRESQL("postgresql", SQLDialect.POSTGRES);

        private final String folder;
        private final SQLDialect dialect;

        Vendor(String folder, SQLDialect dialect) {
            this.folder = folder;
            this.dialect = dialect;
        }

        static Database of(DataSource dataSource) {
            String product;
            String url;
            try (Connection connection = dataSource.getConnection()) {
                product = connection.getMetaData().getDatabaseProductName();
                url = String.valueOf(connection.getMetaData().getURL());
            } catch (SQLException e) {
                throw new IllegalStateException("vss cannot connect to its database: " + e.getSQLState(), e);
            }
            return new Database(switch (product.toLowerCase(Locale.ROOT)) {
                case "h2" -> H2;
                case "postgresql" -> POSTGRESQL;
                default -> throw new IllegalStateException(
                        "vss runs on H2 or PostgreSQL, not on " + product);
            }, url);
        }
    }
}
