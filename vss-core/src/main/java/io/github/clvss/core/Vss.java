package io.github.clvss.core;

import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.PasswordHashing;
import io.github.clvss.core.account.Pbkdf2Passwords;
import io.github.clvss.core.account.SignInLimits;
import io.github.clvss.core.branding.BrandingAdministration;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.csv.AccountsCsv;
import io.github.clvss.core.csv.DeliberationsCsv;
import io.github.clvss.core.deliberation.DeliberationRegister;
import io.github.clvss.core.csv.ReferentsCsv;
import io.github.clvss.core.csv.ResourcesCsv;
import io.github.clvss.core.document.DocumentRenderer;
import io.github.clvss.core.document.Documents;
import io.github.clvss.core.calendar.MeetingCalendar;
import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.core.followup.Compliance;
import io.github.clvss.core.followup.MeetingRegister;
import io.github.clvss.core.followup.ObligationWatch;
import io.github.clvss.core.csv.DiagnosticCsv;
import io.github.clvss.core.csv.MeasurementsCsv;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.csv.JournalCsv;
import io.github.clvss.core.indicator.ActionStates;
import io.github.clvss.core.indicator.Disclosure;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.notification.Mail;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.internal.seed.NationalResources;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.partner.ReferentRegister;
import io.github.clvss.core.resource.ResourceRegistry;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.internal.persistence.Persistence;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.journal.AuditTrail;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
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

    private final Clock clock;
    private final Optional<JdbcConnectionPool> ownPool;
    private final TerritoryAdministration territories;
    private final InstitutionDirectory institutions;
    private final ContractManagement contracts;
    private final io.github.clvss.core.contract.ContractLifecycle contractLifecycle;
    private final AuditTrail auditTrail;
    private final ContractFiles contractFiles;
    private final AccountAdministration accounts;
    private final AccountsCsv accountsCsv;
    private final Notifier notifier;
    private final BrandingAdministration branding;
    private final Documents documents;
    private final PartnerRegister partners;
    private final ReferentRegister referents;
    private final ResourceRegistry resources;
    private final ReferentsCsv referentsCsv;
    private final io.github.clvss.core.communication.CommunicationPlan communication;
    private final ResourcesCsv resourcesCsv;
    private final io.github.clvss.core.referral.LocalCircuits circuits;
    private final DeliberationRegister deliberations;
    private final DeliberationsCsv deliberationsCsv;
    private final ActionPlan actions;
    private final MeetingRegister meetings;
    private final ObligationWatch obligations;
    private final IndicatorBoard indicators;
    private final MeasurementsCsv measurementsCsv;
    private final DiagnosticCsv diagnosticCsv;
    private final JournalCsv journalCsv;
    private final CsvImport.Limits csvLimits;

    private Vss(DataSource dataSource, Clock clock, Optional<JdbcConnectionPool> ownPool, Mail mail,
            PasswordHashing passwords, List<io.github.clvss.core.referral.ReferralRule> referralPlugins, Period dueSoon,
            Disclosure disclosure, CsvImport.Limits csvLimits, SignInLimits signInLimits) {
        this.clock = clock;
        this.ownPool = ownPool;
        Persistence persistence = Persistence.open(dataSource);
        Acts acts = new Acts(persistence.journal(), clock);
        this.territories = new TerritoryAdministration(persistence.territories(), persistence.transactions(), acts, clock);
        this.institutions = new InstitutionDirectory(persistence.institutions(), persistence.institutionProposals(),
                persistence.transactions(), acts, clock);
        this.contracts = new ContractManagement(persistence.contracts(), persistence.territories(),
                persistence.transactions(), acts);
        this.contractLifecycle = new io.github.clvss.core.contract.ContractLifecycle(persistence.contracts(),
                persistence.contractTexts(), persistence.contractActs(), persistence.signatoryPartners(),
                persistence.deliberations(), persistence.territories(), persistence.transactions(), acts, clock);
        this.auditTrail = new AuditTrail(persistence.journal(), acts, persistence.transactions(), clock);
        this.contractFiles = new ContractFiles(persistence.territories(), persistence.contracts(), persistence.institutions(),
                persistence.partners(), persistence.referents(), persistence.resources(), persistence.campaigns(),
                persistence.circuits(), persistence.contractTexts(), persistence.contractActs(), persistence.deliberations(),
                new io.github.clvss.core.contractfile.FollowUpPorts(persistence.obligations(), persistence.actions(),
                        persistence.meetings(), persistence.indicators(), persistence.diagnosticNotes()),
                persistence.transactions(), acts, clock);
        this.accounts = new AccountAdministration(persistence.accounts(), passwords, persistence.transactions(), acts,
                persistence.signInCounters(), signInLimits, clock, persistence.secondFactors(), persistence.identityLinks());
        this.accountsCsv = new AccountsCsv(accounts, territories, acts, csvLimits, clock);
        this.notifier = new Notifier(persistence.notifications(), persistence.accounts(), mail, persistence.transactions(),
                acts, clock);
        this.branding = new BrandingAdministration(persistence.brandings(), persistence.transactions(), acts);
        this.partners = new PartnerRegister(persistence.partners(), persistence.contracts(), persistence.institutions(),
                persistence.accounts(), notifier, persistence.transactions(), acts, clock);
        this.referents = new ReferentRegister(persistence.referents(), persistence.partners(), persistence.territories(),
                persistence.transactions(), acts, clock);
        this.resources = new ResourceRegistry(persistence.resources(), persistence.territories(), persistence.transactions(),
                acts, clock);
        this.resources.ensureNational(NationalResources.load());
        this.referentsCsv = new ReferentsCsv(contracts, partners, institutions, referents, acts, csvLimits, clock);
        this.communication = new io.github.clvss.core.communication.CommunicationPlan(persistence.campaigns(),
                persistence.contracts(), persistence.transactions(), acts);
        this.resourcesCsv = new ResourcesCsv(resources, territories, acts, csvLimits, clock);
        this.circuits = new io.github.clvss.core.referral.LocalCircuits(persistence.circuits(), persistence.partners(),
                persistence.resources(), persistence.institutions(), persistence.transactions(), acts, clock, referralPlugins,
                persistence.territories());
        this.deliberations = new DeliberationRegister(persistence.deliberations(), persistence.territories(),
                persistence.transactions(), acts);
        this.deliberationsCsv = new DeliberationsCsv(deliberations, territories);
        this.actions = new ActionPlan(persistence.actions(), persistence.contracts(), persistence.contractTexts(),
                persistence.partners(), persistence.territories(), persistence.transactions(), acts, clock);
        this.meetings = new MeetingRegister(persistence.meetings(), persistence.actions(), actions, persistence.contracts(),
                persistence.contractTexts(), persistence.signatoryPartners(), persistence.partners(), persistence.institutions(),
                persistence.territories(), new MeetingCalendar(), persistence.transactions(), acts, clock);
        this.obligations = new ObligationWatch(persistence.obligations(), persistence.meetings(), persistence.contracts(),
                persistence.contractTexts(), persistence.signatoryPartners(), persistence.partners(), persistence.territories(),
                persistence.accounts(), notifier, persistence.transactions(), acts, clock, dueSoon);
        this.indicators = new IndicatorBoard(persistence.indicators(), persistence.diagnosticNotes(), persistence.contracts(),
                persistence.contractTexts(), actionStates(actions), disclosure, persistence.transactions(), acts);
        this.measurementsCsv = new MeasurementsCsv(contracts, indicators, acts, csvLimits);
        this.journalCsv = new JournalCsv(auditTrail);
        this.csvLimits = csvLimits;
        this.diagnosticCsv = new DiagnosticCsv(indicators);
        this.documents = new Documents(new DocumentRenderer(), contracts, territories,
                new Documents.Directory(partners, referents, institutions, resources, acts), circuits, contractLifecycle,
                indicators, clock);
    }

    /** The state of a contract's actions today, counted by commitment and state, for the diagnostic. */
    private static ActionStates actionStates(ActionPlan actions) {
        return (actor, contract, year) -> {
            java.util.Map<java.util.Map.Entry<String, String>, Long> counts = new java.util.TreeMap<>(
                    java.util.Map.Entry.<String, String>comparingByKey().thenComparing(java.util.Map.Entry.comparingByValue()));
            for (var action : io.github.clvss.core.shared.PageRequest.readAll(
                    page -> actions.list(actor, contract, Optional.empty(), page))) {
                counts.merge(java.util.Map.entry(action.commitment(), actions.state(action).name()), 1L, Long::sum);
            }
            return counts.entrySet().stream().map(e -> new ActionStates.Tally(e.getKey().getKey(), e.getKey().getValue(),
                    e.getValue().intValue())).toList();
        };
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
    public TerritoryAdministration territories() {
        return territories;
    }

    /** The shared directory of institutions. */
    public InstitutionDirectory institutions() {
        return institutions;
    }

    /** Contracts of each territory. */
    public ContractManagement contracts() {
        return contracts;
    }

    /**
     * Each contract's text and life: approval, signatures, amendments, termination, renewal,
     * and the status derived from them.
     */
    public io.github.clvss.core.contract.ContractLifecycle contractLifecycle() {
        return contractLifecycle;
    }

    /** The audit journal, for reading. */
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** Import and export of the contract file. */
    public ContractFiles contractFiles() {
        return contractFiles;
    }

    /** Accounts, their grants and sign-in. */
    public AccountAdministration accounts() {
        return accounts;
    }

    /** Opening accounts from a spreadsheet. */
    public AccountsCsv accountsCsv() {
        return accountsCsv;
    }

    /** Notifications, shown in the application and emailed when mail is configured. */
    public Notifier notifier() {
        return notifier;
    }

    /** Each territory's branding. */
    public BrandingAdministration branding() {
        return branding;
    }

    /** The partners of each contract. */
    public PartnerRegister partners() {
        return partners;
    }

    /** The référents of each partner. */
    public ReferentRegister referents() {
        return referents;
    }

    /** The registry of useful addresses. */
    public ResourceRegistry resources() {
        return resources;
    }

    /**
     * Each territory's local referral circuits and its rule set: vss's French rules, the
     * circuits, then the plug-ins (found by {@link java.util.ServiceLoader} and given to
     * {@link Builder#referralRule}).
     */
    public io.github.clvss.core.referral.LocalCircuits circuits() {
        return circuits;
    }

    /**
     * Each territory's register of council deliberations, with the legal check of each act
     * (quorum, proxies, majority, convocation, @ctes identifier).
     */
    public DeliberationRegister deliberations() {
        return deliberations;
    }

    /**
     * The follow-up actions of each contract, under its commitments: lead and contributing
     * partners, deadlines, status (late derived), progress, evidence and the history of every
     * change.
     */
    public ActionPlan actions() {
        return actions;
    }

    /**
     * The meetings of each contract (the yearly comité de pilotage and others): attendance,
     * minutes, decisions, "were all signatories there?", and the invitation (email text and
     * iCalendar file).
     */
    public MeetingRegister meetings() {
        return meetings;
    }

    /**
     * The recurring obligations of each contract's commitments ("at least once a year, all
     * signatory institutions meet"): compliance worked out from the meetings recorded, and the
     * coordinators notified once when one becomes overdue.
     */
    public ObligationWatch obligations() {
        return obligations;
    }

    /** Each territory's deliberations as SCDL "Délibérations" open data (CSV). */
    public DeliberationsCsv deliberationsCsv() {
        return deliberationsCsv;
    }

    /**
     * The indicators of each contract's commitments, their measurements, the diagnostic's notes,
     * and the yearly diagnostic with its small counts masked ({@link Builder#disclosure}).
     */
    public IndicatorBoard indicators() {
        return indicators;
    }

    /** Recording measurements from a spreadsheet, all or none. */
    public MeasurementsCsv measurementsCsv() {
        return measurementsCsv;
    }

    /** The yearly diagnostic as a spreadsheet, masked like the document. */
    public DiagnosticCsv diagnosticCsv() {
        return diagnosticCsv;
    }

    /** The audit journal as a spreadsheet. */
    public JournalCsv journalCsv() {
        return journalCsv;
    }

    /** How large a CSV file the imports accept. */
    public CsvImport.Limits csvLimits() {
        return csvLimits;
    }

    /** The communication plan of each contract. */
    public io.github.clvss.core.communication.CommunicationPlan communication() {
        return communication;
    }

    /** Appointing référents from a spreadsheet. */
    public ReferentsCsv referentsCsv() {
        return referentsCsv;
    }

    /** Adding resources from a spreadsheet. */
    public ResourcesCsv resourcesCsv() {
        return resourcesCsv;
    }

    /** Printable documents (HTML and tagged PDF). */
    public Documents documents() {
        return documents;
    }

    /** Texts for problem codes in {@code locale} (French by default, or English). */
    public Messages messages(Locale locale) {
        return Messages.of(locale);
    }

    /** The clock vss reads time from. */
    public Clock clock() {
        return clock;
    }

    /** Closes the connection pool if vss made it (in-memory or H2 file); a given data source is left open. */
    @Override
    public void close() {
        ownPool.ifPresent(JdbcConnectionPool::dispose);
    }

    /** Configures a {@link Vss}. */
    public static final class Builder {

        private @Nullable DataSource dataSource;
        private @Nullable JdbcConnectionPool ownPool;
        private Clock clock = Clock.systemUTC();
        private Mail mail = Mail.NONE;
        private PasswordHashing passwords = new Pbkdf2Passwords();
        private final List<io.github.clvss.core.referral.ReferralRule> referralRules = new java.util.ArrayList<>();
        private Period dueSoon = Compliance.DEFAULT_WINDOW;
        private Disclosure disclosure = Disclosure.DEFAULT;
        private CsvImport.Limits csvLimits = CsvImport.Limits.DEFAULT;
        private SignInLimits signInLimits = SignInLimits.DEFAULT;

        private Builder() {
        }

        /** The database to use (H2 or PostgreSQL); vss migrates its own tables in it. */
        public Builder dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            this.ownPool = null;
            return this;
        }

        /**
         * An H2 database in a file, created if missing: {@code file} is the path without
         * H2's {@code .mv.db} suffix.
         */
        public Builder h2File(Path file) {
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
            this.dataSource = pool;
            this.ownPool = pool;
            return this;
        }

        /** Where time comes from; the system clock in UTC by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How emails are sent; none by default (notifications are then shown in the application only). */
        public Builder mail(Mail value) {
            this.mail = Objects.requireNonNull(value, "mail");
            return this;
        }

        /** How passwords are hashed; PBKDF2 ({@link Pbkdf2Passwords}) by default. */
        public Builder passwordHashing(PasswordHashing value) {
            this.passwords = Objects.requireNonNull(value, "passwords");
            return this;
        }

        /** Adds a referral rule registered in code, after those {@link java.util.ServiceLoader} finds. */
        public Builder referralRule(io.github.clvss.core.referral.ReferralRule rule) {
            this.referralRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * How long before its due date a recurring obligation is "due soon"; 30 days by
         * default.
         */
        public Builder dueSoonWindow(Period value) {
            Objects.requireNonNull(value, "value");
            if (value.isNegative()) {
                throw new IllegalArgumentException("the due-soon window cannot be negative: " + value);
            }
            this.dueSoon = value;
            return this;
        }

        /**
         * The statistical disclosure control of what leaves vss (the diagnostic's documents and
         * files); counts below {@value Disclosure#DEFAULT_THRESHOLD} are masked by default.
         */
        public Builder disclosure(Disclosure value) {
            this.disclosure = Objects.requireNonNull(value, "disclosure");
            return this;
        }

        /**
         * How large a CSV file the imports accept (bytes and lines); {@link CsvImport.Limits#DEFAULT}
         * by default.
         */
        public Builder csvLimits(CsvImport.Limits value) {
            this.csvLimits = Objects.requireNonNull(value, "csvLimits");
            return this;
        }

        /**
         * When sign-ins slow down and lock after refused attempts, per login and per address
         * ({@link SignInLimits#DEFAULT} by default).
         */
        public Builder signInLimits(SignInLimits value) {
            this.signInLimits = Objects.requireNonNull(value, "signInLimits");
            return this;
        }

        /** Migrates the database and makes the services. */
        public Vss build() {
            List<io.github.clvss.core.referral.ReferralRule> plugins = new java.util.ArrayList<>(
                    io.github.clvss.core.referral.RuleSet.discovered(Thread.currentThread().getContextClassLoader()));
            plugins.addAll(referralRules);
            // a plug-in with a taken id fails here, at start, not at the first decision
            io.github.clvss.core.referral.RuleSet.Builder check = io.github.clvss.core.referral.RuleSet.builder();
            plugins.forEach(check::plugin);
            check.build();
            if (dataSource == null) {
                JdbcConnectionPool pool = JdbcConnectionPool.create(
                        "jdbc:h2:mem:vss-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
                return new Vss(pool, clock, Optional.of(pool), mail, passwords, plugins, dueSoon, disclosure, csvLimits,
                        signInLimits);
            }
            return new Vss(dataSource, clock, Optional.ofNullable(ownPool), mail, passwords, plugins, dueSoon, disclosure,
                    csvLimits, signInLimits);
        }
    }
}
