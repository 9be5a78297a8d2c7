package io.github.clvss.core;

import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.PasswordHashing;
import io.github.clvss.core.account.Pbkdf2Passwords;
import io.github.clvss.core.account.SignInLimits;
import io.github.clvss.core.branding.BrandingAdministration;
import io.github.clvss.core.communication.CommunicationPlan;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.csv.AccountsCsv;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.csv.DeliberationsCsv;
import io.github.clvss.core.csv.DiagnosticCsv;
import io.github.clvss.core.csv.JournalCsv;
import io.github.clvss.core.csv.MeasurementsCsv;
import io.github.clvss.core.csv.ReferentsCsv;
import io.github.clvss.core.csv.ResourcesCsv;
import io.github.clvss.core.deliberation.DeliberationRegister;
import io.github.clvss.core.document.Documents;
import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.core.followup.Compliance;
import io.github.clvss.core.followup.MeetingRegister;
import io.github.clvss.core.followup.ObligationWatch;
import io.github.clvss.core.indicator.Disclosure;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.journal.AuditTrail;
import io.github.clvss.core.notification.Mail;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.partner.ReferentRegister;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.referral.LocalCircuits;
import io.github.clvss.core.referral.ReferralRule;
import io.github.clvss.core.resource.ResourceRegistry;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The one entry point of vss-core, with or without Spring: give it a {@link DataSource} (or
 * nothing, for an in-memory H2 database) and a {@link Clock}; it migrates the database and
 * hands out the services.
 *
 * <pre>{@code
 * try (Vss vss = Vss.builder().dataSource(dataSource).clock(Clock.systemUTC()).build()) {
 *     Actor coordinator = Actor.user("account-42", Grant.coordinator(territoryId));
 *     List<Contract> contracts = vss.contracts().list(coordinator, territoryId, PageRequest.first(20));
 * }
 * }</pre>
 *
 * <p>Every service takes the {@code Actor} who calls, checks its grants and writes the audit
 * journal in the same transaction as the change.
 */
public final class Vss implements AutoCloseable {

    private final Assembly services;

    private Vss(Assembly services) {
        this.services = services;
    }

    /** Starts configuring vss. */
    public static Builder builder() {
        return new Builder();
    }

    /** vss on a new, empty in-memory H2 database, for tests and trials. */
    public static Vss inMemory(Clock clock) {
        return builder().clock(clock).build();
    }

    /** Territories: registration and facts. */
    public TerritoryAdministration territories() { return services.territories; }
    /** The shared directory of institutions. */
    public InstitutionDirectory institutions() { return services.institutions; }
    /** Contracts of each territory. */
    public ContractManagement contracts() { return services.contract.management(); }
    /** Each contract's text and life: approval, signatures, amendments, termination, renewal, status. */
    public ContractLifecycle contractLifecycle() { return services.contract.lifecycle(); }
    /** The audit journal, for reading. */ public AuditTrail auditTrail() { return services.journal.trail(); }
    /** Import and export of the contract file. */ public ContractFiles contractFiles() { return services.contractFiles; }
    /** Accounts, their grants and sign-in. */
    public AccountAdministration accounts() { return services.account.administration(); }
    /** Opening accounts from a spreadsheet. */ public AccountsCsv accountsCsv() { return services.account.csv(); }
    /** Notifications, shown in the application and emailed when mail is configured. */
    public Notifier notifier() { return services.notifier; }
    /** Each territory's branding. */ public BrandingAdministration branding() { return services.branding; }
    /** The partners of each contract. */ public PartnerRegister partners() { return services.partner.partners(); }
    /** The référents of each partner. */ public ReferentRegister referents() { return services.partner.referents(); }
    /** The registry of useful addresses. */ public ResourceRegistry resources() { return services.resource.registry(); }
    /**
     * Each territory's local referral circuits and its rule set: vss's French rules, the circuits, then the
     * plug-ins (found by {@link java.util.ServiceLoader} and given to {@link Builder#referralRule}).
     */
    public LocalCircuits circuits() { return services.circuits; }
    /** Council deliberations, each checked against the law (quorum, proxies, majority, convocation, @ctes). */
    public DeliberationRegister deliberations() { return services.deliberation.register(); }
    /**
     * The follow-up actions of each contract, under its commitments: lead and contributing partners,
     * deadlines, status (late derived), progress, evidence and the history of every change.
     */
    public ActionPlan actions() { return services.followUp.actions(); }
    /**
     * The meetings of each contract (the yearly comité de pilotage and others): attendance, minutes,
     * decisions, "were all signatories there?", and the invitation (email text and iCalendar file).
     */
    public MeetingRegister meetings() { return services.followUp.meetings(); }
    /**
     * The recurring obligations of each contract's commitments ("at least once a year, all signatory
     * institutions meet"): compliance from the meetings recorded; coordinators notified once when overdue.
     */
    public ObligationWatch obligations() { return services.followUp.obligations(); }
    /** Each territory's deliberations as SCDL "Délibérations" open data (CSV). */
    public DeliberationsCsv deliberationsCsv() { return services.deliberation.csv(); }
    /**
     * The indicators of each contract's commitments, their measurements, the diagnostic's notes, and the
     * yearly diagnostic with its small counts masked ({@link Builder#disclosure}).
     */
    public IndicatorBoard indicators() { return services.indicator.board(); }
    /** Recording measurements from a spreadsheet, all or none. */
    public MeasurementsCsv measurementsCsv() { return services.indicator.measurementsCsv(); }
    /** The yearly diagnostic as a spreadsheet, masked like the document. */
    public DiagnosticCsv diagnosticCsv() { return services.indicator.diagnosticCsv(); }
    /** The audit journal as a spreadsheet. */
    public JournalCsv journalCsv() { return services.journal.csv(); }
    /** How large a CSV file the imports accept. */
    public CsvImport.Limits csvLimits() { return services.settings.csvLimits(); }
    /** The communication plan of each contract. */
    public CommunicationPlan communication() { return services.communication; }
    /** Appointing référents from a spreadsheet. */ public ReferentsCsv referentsCsv() { return services.partner.referentsCsv(); }
    /** Adding resources from a spreadsheet. */ public ResourcesCsv resourcesCsv() { return services.resource.csv(); }
    /** Printable documents (HTML and tagged PDF). */ public Documents documents() { return services.documents; }
    /**
     * Victims' paths: pseudonymous, consent-gated handovers between partners followed to their end
     * ({@link Builder#pathRetention}).
     */
    public PathRegister paths() { return services.paths; }
    /** Texts for problem codes in {@code locale} (French by default, or English). */ public Messages messages(Locale locale) { return Messages.of(locale); }
    /** The clock vss reads time from. */ public Clock clock() { return services.clock; }
    /**
     * Scheduled work (reminders, purges) run by one instance at a time when several share the
     * database: a PostgreSQL advisory lock, held for the work's transaction.
     */
    public io.github.clvss.core.shared.ScheduledWork scheduledWork() { return services.scheduledWork; }
    /** Closes the connection pool if vss made it (in-memory or H2 file); a given data source is left open. */
    @Override
    public void close() {
        services.close();
    }

    /** Configures a {@link Vss}. */
    public static final class Builder {

        private @Nullable DataSource dataSource;
        private @Nullable H2Pool ownPool;
        private Clock clock = Clock.systemUTC();
        private Mail mail = Mail.NONE;
        private PasswordHashing passwords = new Pbkdf2Passwords();
        private final List<ReferralRule> referralRules = new ArrayList<>();
        private Period dueSoon = Compliance.DEFAULT_WINDOW;
        private Disclosure disclosure = Disclosure.DEFAULT;
        private CsvImport.Limits csvLimits = CsvImport.Limits.DEFAULT;
        private SignInLimits signInLimits = SignInLimits.DEFAULT;
        private Period pathRetention = PathRegister.DEFAULT_RETENTION;
        private @Nullable SecretsKey secretsKey;
        private @Nullable HostTransactions hostTransactions;

        private Builder() {
        }

        /** The database to use (H2 or PostgreSQL); vss migrates its own tables in it. */
        public Builder dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            this.ownPool = null;
            return this;
        }

        /** An H2 database in a file, created if missing: {@code file} is the path without H2's {@code .mv.db}. */
        public Builder h2File(Path file) {
            this.ownPool = H2Pool.file(file);
            this.dataSource = null;
            return this;
        }

        /** Where time comes from; the system clock in UTC by default. */
        public Builder clock(Clock value) { clock = Objects.requireNonNull(value, "clock"); return this; }

        /** How emails are sent; none by default (notifications are then shown in the application only). */
        public Builder mail(Mail value) { mail = Objects.requireNonNull(value, "mail"); return this; }

        /** How passwords are hashed; PBKDF2 ({@link Pbkdf2Passwords}) by default. */
        public Builder passwordHashing(PasswordHashing value) { passwords = Objects.requireNonNull(value, "passwords"); return this; }

        /** Adds a referral rule registered in code, after those {@link java.util.ServiceLoader} finds. */
        public Builder referralRule(ReferralRule rule) { referralRules.add(Objects.requireNonNull(rule, "rule")); return this; }

        /** How long before its due date a recurring obligation is "due soon"; 30 days by default. */
        public Builder dueSoonWindow(Period value) { dueSoon = Compliance.window(value); return this; }

        /**
         * The statistical disclosure control of what leaves vss (the diagnostic's documents and
         * files); counts below {@value Disclosure#DEFAULT_THRESHOLD} are masked by default.
         */
        public Builder disclosure(Disclosure value) { disclosure = Objects.requireNonNull(value, "disclosure"); return this; }

        /** How large a CSV file the imports accept (bytes and lines); {@link CsvImport.Limits#DEFAULT} by default. */
        public Builder csvLimits(CsvImport.Limits value) { csvLimits = Objects.requireNonNull(value, "csvLimits"); return this; }

        /** When sign-ins slow down and lock after refused attempts, per login and address ({@link SignInLimits#DEFAULT}). */
        public Builder signInLimits(SignInLimits value) { signInLimits = Objects.requireNonNull(value, "signInLimits"); return this; }

        /** How long after its closure a victim's path is purged ({@link PathRegister#purge}); 12 months by default. */
        public Builder pathRetention(Period value) { pathRetention = PathRegister.retention(value); return this; }

        /**
         * The installation's key that seals the second factors' secrets ({@link SecretsKey}); without
         * one, only an in-memory database can enrol or check a second factor.
         */
        public Builder secretsKey(SecretsKey value) { secretsKey = Objects.requireNonNull(value, "secretsKey"); return this; }

        /**
         * Joins the embedding application's transactions: inside one, vss's writes commit or roll back
         * with the application's ({@link HostTransactions}; the Spring Boot auto-configuration sets
         * Spring's). Without them, vss commits its own transactions.
         */
        public Builder hostTransactions(HostTransactions value) { hostTransactions = Objects.requireNonNull(value, "hostTransactions"); return this; }

        /** Migrates the database and makes the services. */
        public Vss build() {
            return new Vss(Assembly.start(Optional.ofNullable(dataSource), Optional.ofNullable(ownPool),
                    new Assembly.Settings(clock, mail, passwords, referralRules, dueSoon, disclosure, csvLimits,
                            signInLimits, pathRetention, Optional.ofNullable(secretsKey), Optional.ofNullable(hostTransactions))));
        }
    }
}
