package io.github.clvss.core;

import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.PasswordHashing;
import io.github.clvss.core.account.SignInLimits;
import io.github.clvss.core.branding.BrandingAdministration;
import io.github.clvss.core.calendar.MeetingCalendar;
import io.github.clvss.core.communication.CommunicationPlan;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.FollowUpPorts;
import io.github.clvss.core.csv.AccountsCsv;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.csv.DeliberationsCsv;
import io.github.clvss.core.csv.DiagnosticCsv;
import io.github.clvss.core.csv.JournalCsv;
import io.github.clvss.core.csv.MeasurementsCsv;
import io.github.clvss.core.csv.ReferentsCsv;
import io.github.clvss.core.csv.ResourcesCsv;
import io.github.clvss.core.deliberation.DeliberationRegister;
import io.github.clvss.core.document.DocumentRenderer;
import io.github.clvss.core.document.Documents;
import io.github.clvss.core.followup.ActionPlan;
import io.github.clvss.core.followup.ActionTally;
import io.github.clvss.core.followup.MeetingRegister;
import io.github.clvss.core.followup.ObligationWatch;
import io.github.clvss.core.indicator.Disclosure;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.internal.persistence.Persistence;
import io.github.clvss.core.internal.persistence.SecretBox;
import io.github.clvss.core.internal.seed.NationalResources;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.journal.AuditTrail;
import io.github.clvss.core.notification.Mail;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.partner.ReferentRegister;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.referral.LocalCircuits;
import io.github.clvss.core.referral.ReferralRule;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.resource.ResourceRegistry;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The wiring of vss's services on one data source: the only place that calls their
 * constructors (an architecture test keeps it so). One method per feature, in the order the
 * features need one another; {@link Vss} hands the services out.
 */
final class Assembly {

    /** What the {@link Vss.Builder} gathered. */
    record Settings(Clock clock, Mail mail, PasswordHashing passwords, List<ReferralRule> referralPlugins, Period dueSoon,
            Disclosure disclosure, CsvImport.Limits csvLimits, SignInLimits signInLimits, Period pathRetention,
            Optional<SecretsKey> secretsKey, Optional<HostTransactions> hostTransactions) {

        Settings withPlugins(List<ReferralRule> plugins) {
            return new Settings(clock, mail, passwords, plugins, dueSoon, disclosure, csvLimits, signInLimits,
                    pathRetention, secretsKey, hostTransactions);
        }
    }

    /**
     * Opens vss on the H2 pool it made ({@link Vss.Builder#h2File}), else on the data source given,
     * else on a new in-memory H2 database. An in-memory database lives and dies with vss: it seals
     * second factors with a key of its own when given none, and joins no host's transactions.
     */
    static Assembly start(Optional<DataSource> given, Optional<H2Pool> ownPool, Settings settings) {
        Settings checked = settings.withPlugins(plugins(settings.referralPlugins()));
        if (ownPool.isPresent()) {
            return new Assembly(ownPool.get().dataSource(), ownPool, checked);
        }
        if (given.isPresent()) {
            return new Assembly(given.get(), Optional.empty(), checked);
        }
        H2Pool memory = H2Pool.memory();
        return new Assembly(memory.dataSource(), Optional.of(memory), new Settings(checked.clock(), checked.mail(),
                checked.passwords(), checked.referralPlugins(), checked.dueSoon(), checked.disclosure(),
                checked.csvLimits(), checked.signInLimits(), checked.pathRetention(),
                Optional.of(checked.secretsKey().orElseGet(SecretsKey::generate)), Optional.empty()));
    }

    /**
     * The referral plug-ins: those {@link java.util.ServiceLoader} finds, then those registered in code.
     * A plug-in with a taken id fails here, at start, not at the first decision.
     */
    private static List<ReferralRule> plugins(List<ReferralRule> registered) {
        List<ReferralRule> plugins = new ArrayList<>(RuleSet.discovered(Thread.currentThread().getContextClassLoader()));
        plugins.addAll(registered);
        RuleSet.Builder check = RuleSet.builder();
        plugins.forEach(check::plugin);
        check.build();
        return List.copyOf(plugins);
    }

    private static final System.Logger LOG = System.getLogger(Assembly.class.getName());

    private final Optional<H2Pool> ownPool;
    private final Persistence persistence;
    private final Transactions transactions;
    private final Acts acts;
    final Settings settings;
    final Clock clock;

    final TerritoryAdministration territories;
    final InstitutionDirectory institutions;
    final Contract contract;
    final Journal journal;
    final Account account;
    final Notifier notifier;
    final BrandingAdministration branding;
    final Partner partner;
    final Resource resource;
    final CommunicationPlan communication;
    final LocalCircuits circuits;
    final Deliberation deliberation;
    final FollowUp followUp;
    final Indicator indicator;
    final ContractFiles contractFiles;
    final Documents documents;
    final PathRegister paths;
    final io.github.clvss.core.shared.ScheduledWork scheduledWork;

    record Contract(ContractManagement management, ContractLifecycle lifecycle) {
    }

    record Journal(AuditTrail trail, JournalCsv csv) {
    }

    record Account(AccountAdministration administration, AccountsCsv csv) {
    }

    record Partner(PartnerRegister partners, ReferentRegister referents, ReferentsCsv referentsCsv) {
    }

    record Resource(ResourceRegistry registry, ResourcesCsv csv) {
    }

    record Deliberation(DeliberationRegister register, DeliberationsCsv csv) {
    }

    record FollowUp(ActionPlan actions, MeetingRegister meetings, ObligationWatch obligations) {
    }

    record Indicator(IndicatorBoard board, MeasurementsCsv measurementsCsv, DiagnosticCsv diagnosticCsv) {
    }

    private Assembly(DataSource dataSource, Optional<H2Pool> ownPool, Settings settings) {
        this.ownPool = ownPool;
        this.persistence = Persistence.open(dataSource,
                settings.secretsKey().map(key -> SecretBox.with(key.key())).orElseGet(SecretBox::none),
                settings.hostTransactions());
        sealSecrets(persistence, settings.secretsKey().isPresent());
        this.transactions = persistence.transactions();
        this.settings = settings;
        this.clock = settings.clock();
        this.acts = new Acts(persistence.journal(), clock, transactions);
        this.territories = territory();
        this.institutions = institution();
        this.contract = contract();
        this.journal = journal();
        this.account = account();
        this.notifier = notification();
        this.branding = branding();
        this.partner = partner();
        this.resource = resource();
        this.communication = communication();
        this.circuits = referral();
        this.deliberation = deliberation();
        this.followUp = followUp();
        this.paths = path();
        this.indicator = indicator();
        this.contractFiles = contractFile();
        this.documents = document();
        this.scheduledWork = persistence.scheduledWork();
    }

    /** Closes the connection pool if vss made it; a given data source is left open. */
    void close() {
        ownPool.ifPresent(H2Pool::close);
    }

    /**
     * Seals the second factors' secrets written in clear before vss sealed them, and refuses to
     * start when the key given does not open those already sealed (rather than failing at each
     * sign-in). Without a key (a tool such as the command line), vss starts but checks no second
     * factor.
     */
    private static void sealSecrets(Persistence persistence, boolean keyed) {
        SecretBox.Sealing sealing = persistence.sealSecondFactorSecrets();
        if (keyed && sealing.unopened() > 0) {
            throw new WrongSecretsKeyException(sealing.unopened(), sealing.stored());
        }
        if (!keyed && sealing.unopened() > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0} second factors are sealed and vss was given no secrets key:"
                    + " they cannot be checked", sealing.unopened());
        }
        if (sealing.sealedNow() > 0) {
            LOG.log(System.Logger.Level.INFO, "Sealed {0} second-factor secrets stored in clear", sealing.sealedNow());
        }
        if (sealing.leftClear() > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0} second-factor secrets stay in clear: vss was given no secrets key",
                    sealing.leftClear());
        }
    }

    private TerritoryAdministration territory() {
        return new TerritoryAdministration(persistence.territories(), acts, clock);
    }

    private InstitutionDirectory institution() {
        return new InstitutionDirectory(persistence.institutions(), persistence.institutionProposals(), transactions, acts,
                clock);
    }

    private Contract contract() {
        return new Contract(new ContractManagement(persistence.contracts(), persistence.territories(), acts),
                new ContractLifecycle(persistence.contracts(), persistence.contractTexts(), persistence.contractActs(),
                        persistence.signatoryPartners(), persistence.deliberations(), persistence.territories(),
                        transactions, acts, clock));
    }

    private Journal journal() {
        AuditTrail trail = new AuditTrail(persistence.journal(), acts, transactions, clock);
        return new Journal(trail, new JournalCsv(trail));
    }

    private Account account() {
        AccountAdministration accounts = new AccountAdministration(persistence.accounts(), settings.passwords(),
                transactions, acts, persistence.signInCounters(), settings.signInLimits(), clock, persistence.secondFactors(),
                persistence.identityLinks());
        return new Account(accounts, new AccountsCsv(accounts, territories, acts, settings.csvLimits(), clock));
    }

    private Notifier notification() {
        return new Notifier(persistence.notifications(), persistence.accounts(), settings.mail(), transactions, acts, clock);
    }

    private BrandingAdministration branding() {
        return new BrandingAdministration(persistence.brandings(), acts);
    }

    private Partner partner() {
        PartnerRegister partners = new PartnerRegister(persistence.partners(), persistence.contracts(),
                persistence.institutions(), persistence.accounts(), notifier, acts, clock);
        ReferentRegister referents = new ReferentRegister(persistence.referents(), persistence.partners(),
                persistence.territories(), transactions, acts, clock);
        return new Partner(partners, referents, new ReferentsCsv(contract.management(), partners, institutions, referents,
                acts, settings.csvLimits(), clock));
    }

    private Resource resource() {
        ResourceRegistry resources = new ResourceRegistry(persistence.resources(), persistence.territories(), transactions,
                acts, clock);
        // instances starting together on one database: one adds what is missing, the others go on
        persistence.scheduledWork().runAlone("national-resources", () -> resources.ensureNational(NationalResources.load()));
        return new Resource(resources, new ResourcesCsv(resources, territories, acts, settings.csvLimits(), clock));
    }

    private CommunicationPlan communication() {
        return new CommunicationPlan(persistence.campaigns(), persistence.contracts(), acts);
    }

    private LocalCircuits referral() {
        return new LocalCircuits(persistence.circuits(), persistence.partners(), persistence.resources(),
                persistence.institutions(), transactions, acts, clock, settings.referralPlugins(), persistence.territories());
    }

    private Deliberation deliberation() {
        DeliberationRegister register = new DeliberationRegister(persistence.deliberations(), persistence.territories(),
                transactions, acts);
        return new Deliberation(register, new DeliberationsCsv(register, territories));
    }

    private FollowUp followUp() {
        ActionPlan actions = new ActionPlan(persistence.actions(), persistence.contracts(), persistence.contractTexts(),
                persistence.partners(), persistence.territories(), transactions, acts, clock);
        MeetingRegister meetings = new MeetingRegister(persistence.meetings(), persistence.actions(), actions,
                persistence.contracts(), persistence.contractTexts(), persistence.signatoryPartners(),
                persistence.partners(), persistence.institutions(), persistence.territories(), new MeetingCalendar(),
                acts, clock);
        ObligationWatch obligations = new ObligationWatch(persistence.obligations(), persistence.meetings(),
                persistence.contracts(), persistence.contractTexts(), persistence.signatoryPartners(),
                persistence.partners(), persistence.territories(), persistence.accounts(), notifier, transactions, acts,
                clock, settings.dueSoon());
        return new FollowUp(actions, meetings, obligations);
    }

    private Indicator indicator() {
        IndicatorBoard board = new IndicatorBoard(persistence.indicators(), persistence.diagnosticNotes(),
                persistence.contracts(), persistence.contractTexts(), new ActionTally(followUp.actions()),
                settings.disclosure(), transactions, acts);
        return new Indicator(board, new MeasurementsCsv(contract.management(), board, acts, settings.csvLimits()),
                new DiagnosticCsv(board, new DiagnosticCsv.Paths(contract.management(), paths, partner.partners(), institutions)));
    }

    private ContractFiles contractFile() {
        return new ContractFiles(persistence.territories(), persistence.contracts(), persistence.institutions(),
                persistence.partners(), persistence.referents(), persistence.resources(), persistence.campaigns(),
                persistence.circuits(), persistence.contractTexts(), persistence.contractActs(),
                persistence.deliberations(), new FollowUpPorts(persistence.obligations(), persistence.actions(),
                        persistence.meetings(), persistence.indicators(), persistence.diagnosticNotes()),
                transactions, acts, clock);
    }

    private Documents document() {
        return new Documents(new DocumentRenderer(), contract.management(), territories,
                new Documents.Directory(partner.partners(), partner.referents(), institutions, resource.registry(), acts),
                circuits, contract.lifecycle(), indicator.board(), clock, Optional.of(paths));
    }

    private PathRegister path() {
        return new PathRegister(persistence.victimPaths(), persistence.pathTallies(), persistence.partners(),
                persistence.territories(), persistence.accounts(), notifier, circuits, transactions, acts, clock,
                settings.disclosure(), settings.pathRetention(), new java.security.SecureRandom());
    }
}
