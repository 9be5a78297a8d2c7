package io.github.clvss.core;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.account.Pbkdf2Passwords;
import io.github.clvss.core.account.SignInAnswer;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractLifecycle;
import io.github.clvss.core.contract.ContractStatus;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.Lifecycle;
import io.github.clvss.core.contract.Signatory;
import io.github.clvss.core.deliberation.ActesId;
import io.github.clvss.core.deliberation.CheckedDeliberation;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.Finding;
import io.github.clvss.core.deliberation.PrefectureTransmission;
import io.github.clvss.core.deliberation.Proxy;
import io.github.clvss.core.deliberation.SeedDeliberation;
import io.github.clvss.core.deliberation.Session;
import io.github.clvss.core.indicator.Diagnostic;
import io.github.clvss.core.indicator.DiagnosticNote;
import io.github.clvss.core.indicator.Direction;
import io.github.clvss.core.indicator.Figure;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.indicator.ValueKind;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What vss-core's storage must do on every database it supports. Each database runs this same
 * suite through a subclass that says how to reach it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StorageContract {

    /** The installation's secrets key, the same for every {@link Vss} the suite opens on its database. */
    static final SecretsKey KEY = SecretsKey.generate();

    private final Actor system = Actor.system();
    private Vss vss;

    /** The suite's database, empty when the suite starts. */
    abstract DataSource database();

    /** The same database server, holding a host application's own table already. */
    abstract DataSource databaseWithHostTables();

    @BeforeAll
    void open() {
        vss = Vss.builder().dataSource(database()).secretsKey(KEY).clock(CLOCK).build();
    }

    @AfterAll
    void close() {
        vss.close();
    }

    @Test
    void a_registered_territory_reads_back_with_all_its_facts_and_version_one() {
        TerritoryFacts facts = withPopulation(Fixtures.anotherCommune());
        Territory registered = vss.territories().register(system, facts, Provenance.PUBLIC_RECORD);

        Territory read = vss.territories().find(system, registered.id());

        assertThat(read).isEqualTo(registered);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.facts().population()).contains(new Population(12_345, Year.of(2022)));
    }

    @Test
    void a_change_made_against_a_stale_version_is_refused_as_a_conflict() {
        Territory territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED);
        Contract contract = vss.contracts().create(system, Contract.draft(CLOCK, territory.id(), "Contrat local",
                Optional.empty(), Optional.empty(), Provenance.ENTERED));
        vss.contracts().retitle(system, contract.id(), 1, "Contrat local 2024");

        assertThatThrownBy(() -> vss.contracts().retitle(system, contract.id(), 1, "Contrat local 2025"))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problems().getFirst().code())
                .isEqualTo("record.changed");
        assertThat(vss.contracts().find(system, contract.id()).title()).isEqualTo("Contrat local 2024");
        assertThat(vss.contracts().find(system, contract.id()).version()).isEqualTo(2);
    }

    @Test
    void territories_and_institutions_are_locked_optimistically_too() {
        Territory territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED);
        Territory corrected = vss.territories().correct(system, territory.id(), 1, withPopulation(territory.facts()));
        Institution institution = vss.institutions().register(system, Institution.register(CLOCK, "CIDFF des Hauts-de-Seine",
                Sector.ASSOCIATION, Optional.empty(), Optional.empty(), Provenance.SEED));
        vss.institutions().correct(system, institution.correct("CIDFF 92 Sud", Sector.ASSOCIATION, Optional.empty(), Optional.empty()));

        assertThat(corrected.version()).isEqualTo(2);
        assertThatThrownBy(() -> vss.territories().correct(system, territory.id(), 1, territory.facts()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> vss.institutions().correct(system,
                institution.correct("CIDFF Nanterre", Sector.ASSOCIATION, Optional.empty(), Optional.empty())))
                .isInstanceOf(ConflictException.class);
        assertThat(vss.institutions().find(system, institution.id()).name()).isEqualTo("CIDFF 92 Sud");
        assertThat(vss.territories().find(system, territory.id()).facts().population()).isPresent();
    }

    @Test
    void a_siren_and_an_insee_code_belong_to_one_territory_only() {
        TerritoryFacts facts = Fixtures.anotherCommune();
        vss.territories().register(system, facts, Provenance.ENTERED);

        assertThatThrownBy(() -> vss.territories().register(system, facts, Provenance.ENTERED))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problems().getFirst().code())
                .isEqualTo("territory.siren.taken");
        TerritoryFacts sameCommuneOtherSiren = new TerritoryFacts(facts.kind(), facts.name(), facts.inseeCode(),
                facts.department(), Fixtures.anotherCommune().siren(), facts.siret(), facts.population(), facts.timeZone());
        assertThatThrownBy(() -> vss.territories().register(system, sameCommuneOtherSiren, Provenance.ENTERED))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problems().getFirst().code())
                .isEqualTo("territory.insee.taken");
    }

    @Test
    void lists_are_paged_in_sql_and_never_show_another_territorys_contracts() {
        TerritoryId mine = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        TerritoryId theirs = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        for (int i = 1; i <= 5; i++) {
            vss.contracts().create(system, Contract.draft(CLOCK, mine, "Mine " + i, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        }
        vss.contracts().create(system, Contract.draft(CLOCK, theirs, "Theirs", Optional.empty(), Optional.empty(), Provenance.ENTERED));
        Actor coordinator = Fixtures.coordinatorOf(mine);

        List<Contract> first = vss.contracts().list(coordinator, mine, PageRequest.first(2));
        List<Contract> second = vss.contracts().list(coordinator, mine, PageRequest.first(2).next());
        List<Contract> last = vss.contracts().list(coordinator, mine, new PageRequest(4, 2));

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
        assertThat(last).hasSize(1);
        assertThat(vss.contracts().count(coordinator, mine)).isEqualTo(5);
        assertThat(List.of(first, second, last)).flatMap(page -> page)
                .allSatisfy(c -> assertThat(c.territory()).isEqualTo(mine));
        assertThat(vss.territories().list(coordinator, PageRequest.first(50)))
                .extracting(Territory::id).containsExactly(mine);
    }

    @Test
    void an_observers_write_and_a_cross_territory_read_are_refused_in_the_service_and_journaled() {
        TerritoryId boulogne = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        TerritoryId elsewhere = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Contract contract = vss.contracts().create(system, Contract.draft(CLOCK, boulogne, "Contrat local",
                Optional.empty(), Optional.empty(), Provenance.ENTERED));
        Actor observer = Fixtures.observerOf(boulogne);
        Actor otherCoordinator = Fixtures.coordinatorOf(elsewhere);

        assertThatThrownBy(() -> vss.contracts().retitle(observer, contract.id(), 1, "Changed by an observer"))
                .isInstanceOf(AccessRefusedException.class)
                .extracting(e -> ((AccessRefusedException) e).problems()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(p -> ((Problem) p).code()).containsExactly(AccessPolicy.READ_ONLY);
        assertThatThrownBy(() -> vss.contracts().list(otherCoordinator, boulogne, PageRequest.first(10)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.contracts().find(otherCoordinator, contract.id()))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(vss.contracts().find(system, contract.id()).title()).isEqualTo("Contrat local");
        List<JournalEntry> refusals = vss.auditTrail().find(system,
                JournalQuery.territory(boulogne).withOutcome(Outcome.REFUSED), PageRequest.first(10));
        assertThat(refusals).extracting(e -> e.actor() + " " + e.act().action() + " " + e.reason().orElseThrow())
                .containsExactlyInAnyOrder(
                        observer.id() + " contract.retitle " + AccessPolicy.READ_ONLY,
                        otherCoordinator.id() + " contract.list " + AccessPolicy.NOT_GRANTED,
                        otherCoordinator.id() + " contract.read " + AccessPolicy.NOT_GRANTED);
    }

    @Test
    void a_partner_user_reads_the_territory_but_changes_none_of_its_contracts() {
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Actor partner = Actor.user("partner-1", Grant.partner(territory, PartnerId.next(CLOCK)));

        assertThat(vss.territories().find(partner, territory).id()).isEqualTo(territory);
        assertThatThrownBy(() -> vss.contracts().create(partner, Contract.draft(CLOCK, territory, "Contrat",
                Optional.empty(), Optional.empty(), Provenance.ENTERED)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(vss.contracts().count(partner, territory)).isZero();
    }

    @Test
    void every_change_is_journaled_with_who_what_and_which_record_but_no_content() {
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Actor coordinator = Fixtures.coordinatorOf(territory);
        Contract contract = vss.contracts().create(coordinator, Contract.draft(CLOCK, territory, "Titre confidentiel",
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty(), Provenance.ENTERED));

        List<JournalEntry> entries = vss.auditTrail().find(coordinator, JournalQuery.territory(territory), PageRequest.first(10));

        assertThat(entries).extracting(e -> e.actor() + " " + e.act().action() + " " + e.act().recordId().orElseThrow())
                .containsExactlyInAnyOrder(
                        "system territory.register " + territory,
                        coordinator.id() + " contract.create " + contract.id());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.at()).isEqualTo(CLOCK.instant());
            assertThat(e.toString()).doesNotContain("Titre confidentiel");
        });
    }

    @Test
    void the_actions_of_a_territorys_journal_are_listed_once_each_in_the_order_of_their_codes() {
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Actor coordinator = Fixtures.coordinatorOf(territory);
        for (String title : List.of("Premier", "Second")) {
            vss.contracts().create(coordinator, Contract.draft(CLOCK, territory, title, Optional.of(LocalDate.of(2024, 1, 1)),
                    Optional.empty(), Provenance.ENTERED));
        }

        assertThat(vss.auditTrail().actions(coordinator, JournalQuery.territory(territory)))
                .containsExactly("contract.create", "territory.register");
    }

    @Test
    void refused_sign_ins_are_counted_in_the_database_shared_by_two_instances_and_read_by_the_territorys_coordinator() {
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now = new java.util.concurrent.atomic.AtomicReference<>(CLOCK.instant());
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return java.time.Clock.fixed(now.get(), zone);
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        Actor administrator = Actor.user("admin-storage", Grant.platformAdministrator());
        try (Vss first = Vss.builder().dataSource(database()).secretsKey(KEY).clock(clock).passwordHashing(new Pbkdf2Passwords(1_000)).build();
                Vss second = Vss.builder().dataSource(database()).secretsKey(KEY).clock(clock).passwordHashing(new Pbkdf2Passwords(1_000)).build()) {
            TerritoryId territory = first.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
            Login login = new Login("partage.connexion");
            Account account = first.accounts().open(system, Account.open(clock, login, "Compte partagé", Optional.empty(),
                    Language.FR, java.util.Set.of(Grant.coordinator(territory))), Optional.of("correct horse battery".toCharArray()));

            for (int i = 0; i < 10; i++) {
                (i % 2 == 0 ? first : second).accounts().signIn(login, "wrong password".toCharArray(), Optional.of("192.0.2.10"));
            }

            assertThat(second.accounts().signIn(login, "correct horse battery".toCharArray(), Optional.of("192.0.2.10")))
                    .isEqualTo(new SignInAnswer.Refused(SignInAnswer.Reason.TOO_MANY_ATTEMPTS));
            assertThat(first.accounts().lockedUntil(administrator, account.id()))
                    .contains(CLOCK.instant().plus(java.time.Duration.ofMinutes(15)));
            List<JournalEntry> seen = vss.auditTrail().find(account.actor(),
                    JournalQuery.territory(territory).withRecordType(AccountAdministration.SIGN_IN), PageRequest.first(50));
            assertThat(seen).hasSize(12).allSatisfy(e -> assertThat(e.act().recordId()).contains(account.id().toString()));
            assertThat(seen).extracting(e -> e.act().action()).containsOnlyOnce("account.lock");

            first.accounts().unlock(administrator, account.id());
            assertThat(second.accounts().signIn(login, "correct horse battery".toCharArray(), Optional.of("192.0.2.10")).account())
                    .isPresent();
            assertThat(first.accounts().lockedUntil(administrator, account.id())).isEmpty();
        }
    }

    @Test
    void a_second_factor_its_recovery_codes_and_an_identity_link_are_kept_and_a_code_is_never_accepted_twice() {
        Login login = new Login("deux.facteurs");
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Account account = vss.accounts().open(system, Account.open(CLOCK, login, "Deux facteurs",
                Optional.of(new io.github.clvss.core.shared.EmailAddress("deux.facteurs@ville.example")), Language.FR,
                java.util.Set.of(Grant.coordinator(territory))), Optional.of("correct horse battery".toCharArray()));
        io.github.clvss.core.account.Enrolment enrolment = vss.accounts().startSecondFactor(account.actor(), account.id(), "vss");
        String code = AuthenticatorApp.code(enrolment.secret(), CLOCK.instant());

        List<String> recovery = vss.accounts().confirmSecondFactor(account.actor(), account.id(), code);
        SignInAnswer first = vss.accounts().signIn(login, "correct horse battery".toCharArray(), Optional.empty());

        assertThat(first).isInstanceOf(SignInAnswer.SecondFactorNeeded.class);
        SignInAnswer.SecondFactorNeeded pending = (SignInAnswer.SecondFactorNeeded) first;
        assertThat(vss.accounts().confirmSignIn(pending, code, Optional.empty()))
                .as("the code that confirmed the enrolment, once more")
                .isEqualTo(new SignInAnswer.Refused(SignInAnswer.Reason.WRONG_CODE));
        assertThat(vss.accounts().confirmSignIn(pending, recovery.get(5), Optional.empty()).account()).isPresent();
        assertThat(vss.accounts().secondFactor(account.actor(), account.id()))
                .isEqualTo(new AccountAdministration.SecondFactorState(true, 7));

        String issuer = "http://localhost:1/fournisseur";
        assertThat(vss.accounts().signInWith(new io.github.clvss.core.account.ExternalIdentity(issuer, "sujet-1",
                account.email(), Optional.empty()), Optional.empty(), true)).isInstanceOf(SignInAnswer.SecondFactorNeeded.class);
        vss.accounts().removeSecondFactor(Actor.user("admin-storage-2f", Grant.platformAdministrator()), account.id());
        assertThat(vss.accounts().signInWith(new io.github.clvss.core.account.ExternalIdentity(issuer, "sujet-1",
                Optional.empty(), Optional.empty()), Optional.empty(), false).account())
                .as("signed in by the stored link").map(Account::id).contains(account.id());
        Actor platform = Actor.user("admin-storage-2f", Grant.platformAdministrator());
        vss.accounts().linkIdentity(platform, account.id(), "http://localhost:2/autre", "sujet-2");
        assertThat(vss.accounts().identities(platform, account.id()))
                .extracting(io.github.clvss.core.account.LinkedIdentity::issuer, io.github.clvss.core.account.LinkedIdentity::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(issuer, "sujet-1"),
                        org.assertj.core.groups.Tuple.tuple("http://localhost:2/autre", "sujet-2"));
        vss.accounts().unlinkIdentity(platform, account.id(), issuer, "sujet-1");
        assertThat(vss.accounts().identities(platform, account.id()))
                .extracting(io.github.clvss.core.account.LinkedIdentity::subject).containsExactly("sujet-2");
    }

    @Test
    void a_second_factor_secret_is_stored_sealed_and_its_codes_still_sign_in() throws SQLException {
        Login login = new Login("scelle.facteur");
        Account account = secondFactorHolder(login);
        io.github.clvss.core.account.Enrolment enrolment = vss.accounts().startSecondFactor(account.actor(), account.id(), "vss");
        vss.accounts().confirmSecondFactor(account.actor(), account.id(), AuthenticatorApp.code(enrolment.secret(), CLOCK.instant()));

        String stored = storedSecret(account);

        assertThat(stored).startsWith("gcm1:");
        assertThat(revealsSecret(stored, enrolment.secret())).as("the stored column holds the secret").isFalse();
        SignInAnswer first = vss.accounts().signIn(login, "correct horse battery".toCharArray(), Optional.empty());
        assertThat(vss.accounts().confirmSignIn((SignInAnswer.SecondFactorNeeded) first,
                AuthenticatorApp.code(enrolment.secret(), CLOCK.instant().plusSeconds(30)), Optional.empty()).account())
                .map(Account::id).contains(account.id());
    }

    @Test
    void a_second_factor_secret_stored_in_clear_by_an_older_vss_is_sealed_at_start_and_still_signs_in() throws SQLException {
        Login login = new Login("ancien.facteur");
        Account account = secondFactorHolder(login);
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        try (Connection connection = database().getConnection();
                var insert = connection.prepareStatement("insert into vss_second_factor (account_id, secret, active, last_step,"
                        + " started_at) values (?, ?, true, 0, ?)")) {
            insert.setObject(1, account.id().value());
            insert.setString(2, secret);
            insert.setObject(3, CLOCK.instant().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }

        try (Vss restarted = Vss.builder().dataSource(database()).secretsKey(KEY).clock(CLOCK).build()) {
            String stored = storedSecret(account);
            assertThat(stored).startsWith("gcm1:");
            assertThat(revealsSecret(stored, secret)).as("the stored column holds the secret").isFalse();
            SignInAnswer first = restarted.accounts().signIn(login, "correct horse battery".toCharArray(), Optional.empty());
            assertThat(restarted.accounts().confirmSignIn((SignInAnswer.SecondFactorNeeded) first,
                    AuthenticatorApp.code(secret, CLOCK.instant()), Optional.empty()).account())
                    .map(Account::id).contains(account.id());
        }
    }

    @Test
    void vss_refuses_to_start_with_a_key_that_does_not_open_the_stored_secrets_and_says_so_without_the_secret() {
        Account account = secondFactorHolder(new Login("autre.cle"));
        io.github.clvss.core.account.Enrolment enrolment = vss.accounts().startSecondFactor(account.actor(), account.id(), "vss");

        assertThatThrownBy(() -> Vss.builder().dataSource(database()).secretsKey(SecretsKey.generate()).clock(CLOCK).build())
                .isInstanceOf(WrongSecretsKeyException.class)
                .hasMessageContaining("secrets key does not open")
                .hasMessageNotContaining(enrolment.secret());
        try (Vss tool = Vss.builder().dataSource(database()).clock(CLOCK).build()) {
            assertThat(tool.territories().count(system)).as("a tool given no key still starts").isPositive();
            assertThatThrownBy(() -> tool.accounts().signIn(new Login("autre.cle"), "correct horse battery".toCharArray(),
                    Optional.empty())).as("but checks no second factor").isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining(enrolment.secret());
        }
    }

    private Account secondFactorHolder(Login login) {
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        return vss.accounts().open(system, Account.open(CLOCK, login, "Deux facteurs", Optional.empty(), Language.FR,
                java.util.Set.of(Grant.coordinator(territory))), Optional.of("correct horse battery".toCharArray()));
    }

    private String storedSecret(Account account) throws SQLException {
        try (Connection connection = database().getConnection();
                var query = connection.prepareStatement("select secret from vss_second_factor where account_id = ?")) {
            query.setObject(1, account.id().value());
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    /** Whether {@code stored} shows the Base32 secret, or its bytes in Base64 or hexadecimal, in any case. */
    private static boolean revealsSecret(String stored, String base32) {
        byte[] bytes = AuthenticatorApp.bytes(base32);
        String lower = stored.toLowerCase(java.util.Locale.ROOT);
        return lower.contains(base32.toLowerCase(java.util.Locale.ROOT))
                || stored.contains(java.util.Base64.getEncoder().withoutPadding().encodeToString(bytes))
                || lower.contains(java.util.HexFormat.of().formatHex(bytes));
    }

    @Test
    void the_database_refuses_to_update_or_delete_journal_entries() throws SQLException {
        vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED);
        DataSource database = database();

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update vss_journal set actor = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from vss_journal"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(vss.auditTrail().count(system, JournalQuery.all().withActor("someone-else"))).isZero();
        assertThat(vss.auditTrail().count(system, JournalQuery.all())).isPositive();
    }

    @Test
    void the_database_refuses_to_truncate_the_journal() throws SQLException {
        vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED);
        long before = vss.auditTrail().count(system, JournalQuery.all());

        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("truncate table vss_journal")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeUpdate("truncate table vss_journal_territory")).isInstanceOf(SQLException.class);
        }
        assertThat(vss.auditTrail().count(system, JournalQuery.all())).isEqualTo(before);
    }

    @Test
    void the_retention_purge_removes_only_entries_past_the_retention() {
        Instant longAgo = Instant.parse("2025-01-10T08:00:00Z");
        TerritoryId old;
        try (Vss then = Vss.builder().dataSource(database()).secretsKey(KEY).clock(Clock.fixed(longAgo, ZoneOffset.UTC)).build()) {
            old = then.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
            // an act on a shared record: its entry names the coordinator's territory in vss_journal_territory
            then.institutions().register(Fixtures.coordinatorOf(old), Institution.register(Clock.fixed(longAgo, ZoneOffset.UTC),
                    "Association d'aide aux victimes (ancienne)", Sector.ASSOCIATION, Optional.empty(), Optional.empty(),
                    Provenance.ENTERED));
        }
        Territory recent = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED);
        assertThat(vss.auditTrail().count(system, JournalQuery.all().during(longAgo, longAgo.plusSeconds(1)))).isPositive();
        assertThat(vss.auditTrail().count(system, JournalQuery.territory(old))).isPositive();

        int removed = vss.auditTrail().purge(system, java.time.Period.ofMonths(12));

        assertThat(removed).isPositive();
        assertThat(vss.auditTrail().count(system, JournalQuery.all().during(longAgo, longAgo.plusSeconds(1)))).isZero();
        assertThat(vss.auditTrail().count(system, JournalQuery.territory(old))).isZero();
        assertThat(rowsOf("vss_journal_territory", "territory_id = '" + old.value() + "'")).isZero();
        assertThat(vss.auditTrail().find(system, JournalQuery.all().withAction("territory.register"), PageRequest.first(500)))
                .anySatisfy(e -> assertThat(e.act().recordId()).contains(recent.id().toString()));
        assertThat(vss.auditTrail().find(system, JournalQuery.all().withAction("journal.purge"), PageRequest.first(10)))
                .anySatisfy(e -> assertThat(e.act().recordId()).contains("2025-11-27T09:00:00Z"));
    }

    private long rowsOf(String table, String condition) {
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet count = statement.executeQuery("select count(*) from " + table + " where " + condition)) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_purge_path_cannot_remove_an_entry_younger_than_six_months() throws SQLException {
        vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED);
        long before = vss.auditTrail().count(system, JournalQuery.all());

        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            statement.execute(postgres ? "select set_config('vss.journal_purge', 'retention', true)"
                    : "set @vss_journal_purge = 'retention'");
            assertThatThrownBy(() -> statement.executeUpdate("delete from vss_journal"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            connection.rollback();
        }
        assertThat(vss.auditTrail().count(system, JournalQuery.all())).isEqualTo(before);
    }

    @Test
    void a_retention_outside_six_to_twelve_months_or_a_purge_by_a_coordinator_is_refused() {
        Territory territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED);

        assertThatThrownBy(() -> vss.auditTrail().purge(system, java.time.Period.ofMonths(3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("journal.retention.range");
        assertThatThrownBy(() -> vss.auditTrail().purge(system, java.time.Period.ofMonths(24)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("journal.retention.range");
        assertThatThrownBy(() -> vss.auditTrail().purge(Fixtures.coordinatorOf(territory.id()), java.time.Period.ofMonths(12)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void institutions_are_shared_with_their_parent_and_a_parent_cycle_is_refused() {
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Actor coordinator = Fixtures.coordinatorOf(territory);
        Institution directorate = vss.institutions().register(coordinator, Institution.register(CLOCK,
                "Direction territoriale de la police nationale des Hauts-de-Seine", Sector.SECURITY,
                Optional.empty(), Optional.empty(), Provenance.SEED));
        Institution station = vss.institutions().register(coordinator, Institution.register(CLOCK,
                "Commissariat central de Boulogne-Billancourt", Sector.SECURITY,
                Optional.empty(), Optional.of(directorate.id()), Provenance.SEED));

        assertThat(vss.institutions().find(Fixtures.observerOf(territory), station.id()).parent())
                .contains(directorate.id());
        Institution looped = directorate.correct(directorate.name(), directorate.sector(), directorate.siret(),
                Optional.of(station.id()));
        assertThatThrownBy(() -> vss.institutions().correct(coordinator, looped))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().getFirst().code())
                .isEqualTo("institution.parent.cycle");
        assertThat(vss.institutions().list(coordinator, Optional.of("commissariat"), PageRequest.first(10)))
                .extracting(Institution::id).contains(station.id());
        assertThat(vss.institutions().find(coordinator, directorate.id()).parent()).isEmpty();
    }

    @Test
    void vss_migrates_into_a_database_that_already_holds_the_host_applications_tables() throws SQLException {
        DataSource host = databaseWithHostTables();
        try (Vss hosted = Vss.builder().dataSource(host).clock(CLOCK).build()) {
            hosted.territories().register(system, Fixtures.boulogne(), Provenance.SEED);
            assertThat(hosted.territories().count(system)).isEqualTo(1);
        }
        try (Connection connection = host.getConnection(); Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select count(*) from host_orders");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
            var history = statement.executeQuery("select count(*) from \"vss_schema_history\" where \"success\"");
            history.next();
            assertThat(history.getInt(1)).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void after_erasing_a_referent_their_name_is_in_no_table_of_the_database() throws SQLException {
        var partner = hospitalInANewTerritory();
        TerritoryId territory = partner.territory();
        String name = "Zéphyrine Quatrebarbes";
        var referent = vss.referents().appoint(system, io.github.clvss.core.partner.Referent.appoint(CLOCK, partner.id(),
                territory, new io.github.clvss.core.partner.ReferentDetails(name, "Cadre de santé",
                        Optional.of(new io.github.clvss.core.shared.PhoneNumber("+33146090000")),
                        Optional.of(new io.github.clvss.core.shared.EmailAddress("zquatrebarbes@hopital.example")),
                        Optional.of("Lundi")), Optional.empty(), true, Provenance.ENTERED));
        vss.referents().export(Fixtures.coordinatorOf(territory), referent.id());
        assertThat(tablesContaining("Quatrebarbes")).containsExactly("vss_referent");

        vss.referents().erase(Fixtures.coordinatorOf(territory), referent.id());

        assertThat(tablesContaining("Quatrebarbes")).isEmpty();
        assertThat(tablesContaining("zquatrebarbes")).isEmpty();
        assertThat(tablesContaining("+33146090000")).isEmpty();
    }

    @Test
    void a_circuit_defined_through_the_service_changes_the_next_decision_and_its_version() {
        var partner = hospitalInANewTerritory();
        TerritoryId territory = partner.territory();
        var situation = new io.github.clvss.core.referral.Situation(io.github.clvss.core.referral.Facts.AgeGroup.ADULT,
                io.github.clvss.core.referral.Facts.Vulnerability.NONE, io.github.clvss.core.referral.Facts.Relation.PARTNER,
                java.util.Set.of(io.github.clvss.core.referral.Facts.Violence.SEXUAL),
                io.github.clvss.core.referral.Facts.Recency.WITHIN_72_HOURS, true, true, false, false, false,
                io.github.clvss.core.referral.Facts.Consent.REFUSED,
                java.util.Set.of(io.github.clvss.core.referral.Facts.Capacity.HEALTH_PROFESSIONAL),
                io.github.clvss.core.referral.Facts.Context.HEALTH_CARE);
        var before = vss.circuits().decide(territory, situation);
        var urgences = new io.github.clvss.core.referral.Circuit("urgences", io.github.clvss.core.referral.CircuitCondition.ANY
                .violences(io.github.clvss.core.referral.Facts.Violence.SEXUAL).immediateDanger(true),
                "partner:" + partner.id().value(), io.github.clvss.core.referral.Urgency.IMMEDIATE, "visit",
                "Urgences gynécologiques, 24 h/24");

        var plan = vss.circuits().define(Fixtures.coordinatorOf(territory), territory, urgences);
        var after = vss.circuits().decide(territory, situation);

        assertThat(before.ruleSetVersion()).contains("circuits 0");
        assertThat(plan.revision()).isEqualTo(1);
        assertThat(after.ruleSetVersion()).contains("circuits 1");
        assertThat(after.referrals()).extracting(io.github.clvss.core.referral.Referral::target)
                .contains("partner:" + partner.id().value());
        assertThat(after.reports()).isEqualTo(before.reports());
        assertThat(vss.circuits().plan(Fixtures.coordinatorOf(territory), territory).circuits()).containsExactly(urgences);

        var elsewhere = new io.github.clvss.core.referral.Circuit("ailleurs", io.github.clvss.core.referral.CircuitCondition.ANY,
                "partner:" + java.util.UUID.randomUUID(),
                io.github.clvss.core.referral.Urgency.WITHIN_DAYS, "visit", "Nulle part");
        assertThatThrownBy(() -> vss.circuits().define(Fixtures.coordinatorOf(territory), territory, elsewhere))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("circuit.target.missing"));
        assertThat(vss.circuits().plan(Fixtures.coordinatorOf(territory), territory).revision()).isEqualTo(1);

        var everyFact = new io.github.clvss.core.referral.Circuit("tous-les-faits", new io.github.clvss.core.referral.CircuitCondition(
                java.util.EnumSet.allOf(io.github.clvss.core.referral.Facts.AgeGroup.class),
                java.util.Set.of(io.github.clvss.core.referral.Facts.Vulnerability.AGE),
                java.util.Set.of(io.github.clvss.core.referral.Facts.Relation.FAMILY),
                java.util.Set.of(io.github.clvss.core.referral.Facts.Violence.ONLINE),
                java.util.Set.of(io.github.clvss.core.referral.Facts.Recency.OLDER), java.util.Set.of(true, false),
                java.util.Set.of(true), java.util.Set.of(false), java.util.Set.of(true), java.util.Set.of(false),
                java.util.Set.of(io.github.clvss.core.referral.Facts.Consent.NOT_ASKED),
                java.util.Set.of(io.github.clvss.core.referral.Facts.Capacity.NURSE),
                java.util.Set.of(io.github.clvss.core.referral.Facts.Context.REMOTE),
                java.util.Set.of(io.github.clvss.core.referral.Facts.Offence.CRIME, io.github.clvss.core.referral.Facts.Offence.DELIT),
                java.util.Set.of(true), java.util.Set.of(false), java.util.Set.of(true), java.util.Set.of(true, false),
                java.util.Set.of(io.github.clvss.core.referral.Facts.Institution.CCAS), java.util.Set.of(true),
                java.util.Set.of(false)),
                "partner:" + partner.id().value(), io.github.clvss.core.referral.Urgency.WITHIN_DAYS, "phone", "Tous les faits");
        vss.circuits().define(Fixtures.coordinatorOf(territory), territory, everyFact);
        assertThat(vss.circuits().plan(Fixtures.coordinatorOf(territory), territory).find("tous-les-faits")).contains(everyFact);
        vss.circuits().remove(Fixtures.coordinatorOf(territory), territory, "tous-les-faits");

        vss.circuits().remove(Fixtures.coordinatorOf(territory), territory, "urgences");
        assertThat(vss.circuits().decide(territory, situation).ruleSetVersion()).contains("circuits 4");
        assertThat(vss.circuits().decide(territory, situation).referrals()).isEqualTo(before.referrals());
    }

    @Test
    void a_draft_of_circuits_is_reviewed_published_as_one_revision_and_kept_in_the_history() {
        var partner = hospitalInANewTerritory();
        TerritoryId territory = partner.territory();
        Actor coordinator = Fixtures.coordinatorOf(territory);
        var hospital = "partner:" + partner.id().value();
        var sexual = new io.github.clvss.core.referral.Circuit("urgences", io.github.clvss.core.referral.CircuitCondition.ANY
                .violences(io.github.clvss.core.referral.Facts.Violence.SEXUAL), hospital,
                io.github.clvss.core.referral.Urgency.IMMEDIATE, "visit", "Urgences gynécologiques");
        var everything = new io.github.clvss.core.referral.Circuit("accueil", io.github.clvss.core.referral.CircuitCondition.ANY,
                hospital, io.github.clvss.core.referral.Urgency.WITHIN_DAYS, "phone", "Accueil de jour");
        var nowhere = new io.github.clvss.core.referral.Circuit("ailleurs", io.github.clvss.core.referral.CircuitCondition.ANY
                .ages(io.github.clvss.core.referral.Facts.AgeGroup.MINOR), "partner:" + java.util.UUID.randomUUID(),
                io.github.clvss.core.referral.Urgency.WITHIN_DAYS, "visit", "Nulle part");

        var review = vss.circuits().review(coordinator, territory, List.of(sexual, everything, nowhere));

        assertThat(review).extracting(p -> p.code() + "@" + p.path().orElse("") + ":" + p.severity() + p.arguments())
                .containsExactlyInAnyOrder(
                        "circuit.target.missing@$.circuits[2].target:ERROR[" + nowhere.target() + "]",
                        "circuit.any-situation@$.circuits[1].when:WARNING[accueil]",
                        "circuit.overlap@$.circuits[1].when:WARNING[accueil, urgences]",
                        "circuit.overlap@$.circuits[2].when:WARNING[ailleurs, urgences]",
                        "circuit.overlap@$.circuits[2].when:WARNING[ailleurs, accueil]");
        assertThatThrownBy(() -> vss.circuits().publish(coordinator, territory, 0, List.of(sexual, nowhere)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("circuit.target.missing"));
        assertThat(vss.circuits().countRevisions(coordinator, territory)).isZero();
        assertThatThrownBy(() -> vss.circuits().publish(Fixtures.observerOf(territory), territory, 0, List.of(sexual)))
                .isInstanceOf(AccessRefusedException.class);

        var first = vss.circuits().publish(coordinator, territory, 0, List.of(sexual, everything));
        var second = vss.circuits().publish(coordinator, territory, 1, List.of(everything));

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThatThrownBy(() -> vss.circuits().publish(coordinator, territory, 1, List.of(sexual)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> vss.circuits().publish(coordinator, territory, 2, List.of(everything)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("circuit.publish.unchanged"));
        var history = vss.circuits().history(Fixtures.observerOf(territory), territory, PageRequest.first(10));
        assertThat(history).extracting(r -> r.revision()).containsExactly(2L, 1L);
        assertThat(history.getFirst().plan().circuits()).containsExactly(everything);
        assertThat(history.getFirst().publishedAt()).isEqualTo(CLOCK.instant());
        // "accueil" keeps its place among the circuits that stayed: only the removal is a change
        assertThat(history.getFirst().changes()).containsExactly(new io.github.clvss.core.referral.CircuitChange("urgences",
                io.github.clvss.core.referral.CircuitChange.Kind.REMOVED, List.of()));
        assertThat(history.get(1).changes()).extracting(c -> c.circuit() + ":" + c.kind())
                .containsExactly("urgences:ADDED", "accueil:ADDED");
        assertThat(vss.circuits().history(coordinator, territory, new PageRequest(1, 1)).getFirst().changes())
                .hasSize(2);
        assertThat(vss.circuits().countRevisions(coordinator, territory)).isEqualTo(2);
        assertThat(vss.auditTrail().find(system, JournalQuery.territory(territory), PageRequest.first(50)))
                .extracting(e -> e.act().action() + ":" + e.outcome())
                .contains("circuit.publish:DONE", "circuit.publish:REFUSED");
    }

    @Test
    void a_referral_target_reads_as_whom_to_contact() {
        var partner = hospitalInANewTerritory();
        var fr = java.util.Locale.FRENCH;

        assertThat(vss.circuits().contact("partner:" + partner.id().value(), fr).name()).startsWith("Hôpital ");
        assertThat(vss.circuits().contact("tel:3919", fr)).isEqualTo(
                new io.github.clvss.core.referral.LocalCircuits.Contact("tel:3919", "3919", Optional.empty()));
        assertThat(vss.circuits().contact("tel:116006", fr).name()).isEqualTo("116 006");
        assertThat(vss.circuits().contact("sms:114", fr).name()).isEqualTo("114 par SMS");
        assertThat(vss.circuits().contact("service:cidff", java.util.Locale.ENGLISH).name()).startsWith("CIDFF");
        assertThat(vss.circuits().contact("partner:" + java.util.UUID.randomUUID(), fr).name())
                .isEqualTo("Destinataire retiré du territoire");
    }

    @Test
    void a_decision_reads_in_words_with_whom_to_contact_and_whether_a_report_is_possible_now() {
        var partner = hospitalInANewTerritory();
        TerritoryId territory = partner.territory();
        vss.circuits().publish(Fixtures.coordinatorOf(territory), territory, 0, List.of(new io.github.clvss.core.referral.Circuit(
                "urgences", io.github.clvss.core.referral.CircuitCondition.ANY.immediateDanger(true),
                "partner:" + partner.id().value(), io.github.clvss.core.referral.Urgency.IMMEDIATE, "visit", "Urgences, 24 h/24")));
        var underEmprise = io.github.clvss.core.referral.Asked.aDoctorAboutViolenceWithinTheCouple().inImmediateDanger()
                .underEmprise();

        var words = vss.circuits().explain(territory, underEmprise.situation(), java.util.Locale.FRENCH);
        var withoutEmprise = vss.circuits().explain(territory, io.github.clvss.core.referral.Asked
                .aDoctorAboutViolenceWithinTheCouple().inImmediateDanger().situation(), java.util.Locale.FRENCH);

        assertThat(words.ruleSetVersion()).contains("circuits 1");
        assertThat(words.contacts()).anySatisfy(c -> {
            assertThat(c.name()).startsWith("Hôpital ");
            assertThat(c.why()).isEqualTo("Urgences, 24 h/24");
            assertThat(c.when()).isEqualTo("immédiatement");
        });
        assertThat(words.reports()).filteredOn(r -> r.legalBasis().startsWith("art. 226-14 3°")).singleElement()
                .satisfies(r -> {
                    assertThat(r.possible()).isTrue();
                    assertThat(r.sentence()).startsWith("Peut signaler au procureur").contains("sans que l’accord");
                    assertThat(r.duties()).containsExactly("S’efforcer d’obtenir l’accord de la victime.",
                            "À défaut d’accord, informer la victime du signalement.");
                });
        assertThat(withoutEmprise.reports()).filteredOn(r -> r.legalBasis().startsWith("art. 226-14"))
                .allSatisfy(r -> assertThat(r.possible()).isFalse()).isNotEmpty();
        assertThat(words.situation()).contains(new io.github.clvss.core.referral.Explanation.Fact("Emprise", "Oui"));
        assertThat(words.toTellTheVictim()).contains(
                "Même si vous pouvez signaler sans son accord, cherchez d’abord à l’obtenir.",
                "Si vous signalez sans son accord, dites-le-lui : la loi vous l’impose.");
        var agreed = vss.circuits().explain(territory, underEmprise.consent(io.github.clvss.core.referral.Facts.Consent.GIVEN)
                .situation(), java.util.Locale.FRENCH);
        assertThat(agreed.toTellTheVictim()).noneMatch(line -> line.contains("sans son accord"));
        assertThat(agreed.reports()).allMatch(io.github.clvss.core.referral.Explanation.Report::possible);
        assertThat(words.rules()).extracting(io.github.clvss.core.referral.Explanation.Rule::id)
                .contains("fr.223-6", "fr.226-14-3", "local.urgences");
    }

    @Test
    void the_boulogne_contract_is_approved_signed_by_each_signatory_and_in_force_from_its_start_date() {
        TerritoryId boulogne = demoBoulogne();
        Contract demo = vss.contracts().list(system, boulogne, PageRequest.first(1)).getFirst();
        Actor coordinator = Fixtures.coordinatorOf(boulogne);
        Vss june = Vss.builder().dataSource(database()).secretsKey(KEY).clock(on(LocalDate.of(2023, 6, 20))).build();
        Vss july = Vss.builder().dataSource(database()).secretsKey(KEY).clock(on(LocalDate.of(2023, 7, 1))).build();
        ContractLifecycle lifecycle = june.contractLifecycle();
        DeliberationId council = adopted(boulogne, LocalDate.of(2023, 6, 1));
        Contract dated = vss.contracts().reschedule(coordinator, demo.id(), demo.version(),
                Optional.of(LocalDate.of(2023, 7, 1)), Optional.of(LocalDate.of(2026, 6, 30)));

        Contract written = lifecycle.writeText(coordinator, demo.id(), dated.version(), DemoContractText.boulogne());
        assertThat(lifecycle.status(coordinator, demo.id())).isEqualTo(ContractStatus.DRAFT);
        lifecycle.approve(coordinator, demo.id(), council, LocalDate.of(2023, 6, 1));
        assertThat(lifecycle.status(coordinator, demo.id())).isEqualTo(ContractStatus.APPROVED);

        assertThatThrownBy(() -> lifecycle.writeText(coordinator, demo.id(), written.version() + 1, DemoContractText.boulogne()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("contract.text.not-draft"));
        assertThatThrownBy(() -> lifecycle.approve(coordinator, demo.id(), DeliberationId.next(june.clock()), LocalDate.of(2023, 6, 2)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("contract.approve.not-draft"));
        PartnerId observerPartner = nonSignatoryPartner(boulogne, demo);
        assertThatThrownBy(() -> lifecycle.sign(coordinator, demo.id(), observerPartner, LocalDate.of(2023, 6, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("contract.sign.not-required"));

        List<Signatory> toSign = lifecycle.signatories(Fixtures.observerOf(boulogne), demo.id());
        assertThat(toSign).hasSize(8).allSatisfy(s -> assertThat(s.signedOn()).isEmpty());
        List<ContractStatus> afterEach = new java.util.ArrayList<>();
        for (int i = 0; i < toSign.size(); i++) {
            lifecycle.sign(coordinator, demo.id(), toSign.get(i).partner().partner(), LocalDate.of(2023, 6, 5 + i));
            afterEach.add(lifecycle.status(coordinator, demo.id()));
        }

        assertThat(afterEach).containsExactly(ContractStatus.APPROVED, ContractStatus.APPROVED, ContractStatus.APPROVED,
                ContractStatus.APPROVED, ContractStatus.APPROVED, ContractStatus.APPROVED, ContractStatus.APPROVED,
                ContractStatus.SIGNED);
        assertThat(july.contractLifecycle().status(Fixtures.observerOf(boulogne), demo.id())).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(vss.contractLifecycle().status(coordinator, demo.id())).as("on 27 November 2026").isEqualTo(ContractStatus.EXPIRED);
        assertThat(lifecycle.signatories(coordinator, demo.id())).extracting(s -> s.partner().representativeName().orElseThrow()
                + ":" + s.signedOn().orElseThrow()).contains("M. Pierre-Christophe BAGUET:2023-06-05",
                "M. Laurent HOTTIAUX:2023-06-06", "Lucile GOLDSCHMIDT:2023-06-12");
        assertThat(lifecycle.acts(coordinator, demo.id())).hasSize(9).first()
                .isEqualTo(new ContractAct.Approved(council, LocalDate.of(2023, 6, 1)));
        assertThat(lifecycle.text(Fixtures.observerOf(boulogne), demo.id())).isEqualTo(DemoContractText.boulogne());
        assertThat(lifecycle.textHistory(coordinator, demo.id())).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.deliberation()).contains(council);
            assertThat(v.approvedOn()).contains(LocalDate.of(2023, 6, 1));
        });
        assertThat(vss.auditTrail().find(system, JournalQuery.territory(boulogne), PageRequest.first(100)))
                .filteredOn(e -> e.act().action().startsWith("contract.") && !e.act().action().equals("contract.read"))
                .extracting(e -> e.act().action() + ":" + e.outcome())
                .containsOnlyOnce("contract.write-text:DONE", "contract.approve:DONE", "contract.write-text:REFUSED",
                        "contract.approve:REFUSED", "contract.sign:REFUSED")
                .filteredOn(a -> a.equals("contract.sign:DONE")).hasSize(8);
        june.close();
        july.close();
    }

    @Test
    void an_amendment_keeps_the_text_history_and_a_renewal_is_a_new_draft_linked_to_the_old_contract() {
        var signatory = hospitalInANewTerritory();
        TerritoryId territory = signatory.territory();
        Actor coordinator = Fixtures.coordinatorOf(territory);
        ContractLifecycle lifecycle = vss.contractLifecycle();
        io.github.clvss.core.contract.ContractId id = signatory.contract();
        ContractText first = DemoContractText.boulogne();
        ContractText second = new ContractText(first.preamble(), first.references(), List.of(new io.github.clvss.core.contract.Axis(
                Optional.of(1), "Échanges", List.of(new io.github.clvss.core.contract.Commitment("1.1", "Se réunir deux fois par an")))),
                List.of());
        DeliberationId approval = adopted(territory, LocalDate.of(2026, 1, 15));
        DeliberationId avenant = adopted(territory, LocalDate.of(2026, 9, 1));
        lifecycle.writeText(coordinator, id, vss.contracts().find(coordinator, id).version(), first);
        lifecycle.approve(coordinator, id, approval, LocalDate.of(2026, 1, 15));
        lifecycle.sign(coordinator, id, signatory.id(), LocalDate.of(2026, 2, 1));

        assertThatThrownBy(() -> lifecycle.amend(coordinator, id, approval, LocalDate.of(2026, 9, 1), second))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("contract.amend.same-deliberation"));
        Lifecycle amended = lifecycle.amend(coordinator, id, avenant, LocalDate.of(2026, 9, 1), second);

        assertThat(amended.textVersion()).isEqualTo(2);
        assertThat(amended.status(LocalDate.of(2026, 11, 27))).isEqualTo(ContractStatus.IN_FORCE);
        assertThat(lifecycle.text(coordinator, id)).isEqualTo(second);
        assertThat(lifecycle.textHistory(coordinator, id)).extracting(v -> v.number() + ":" + v.deliberation().orElseThrow())
                .containsExactly("1:" + approval, "2:" + avenant);
        assertThat(lifecycle.textHistory(coordinator, id).getFirst().text()).isEqualTo(first);
        assertThat(lifecycle.signatories(coordinator, id)).singleElement().satisfies(s -> {
            assertThat(s.textVersion()).isEqualTo(2);
            assertThat(s.signedOn()).isEmpty();
        });
        lifecycle.sign(coordinator, id, signatory.id(), LocalDate.of(2026, 9, 15));
        assertThat(lifecycle.signatories(coordinator, id).getFirst().signedOn()).contains(LocalDate.of(2026, 9, 15));
        assertThat(lifecycle.lifecycle(coordinator, id).signatures(1)).containsEntry(signatory.id(), LocalDate.of(2026, 2, 1));

        Contract renewal = lifecycle.renew(coordinator, id, "Contrat local 2027-2029", Optional.of(LocalDate.of(2027, 1, 1)),
                Optional.of(LocalDate.of(2029, 12, 31)));

        assertThat(lifecycle.status(coordinator, renewal.id())).isEqualTo(ContractStatus.DRAFT);
        assertThat(lifecycle.text(coordinator, renewal.id())).isEqualTo(second);
        assertThat(lifecycle.lifecycle(coordinator, renewal.id()).renews()).contains(id);
        assertThat(lifecycle.lifecycle(coordinator, id).renewedBy()).contains(renewal.id());
        assertThatThrownBy(() -> lifecycle.renew(coordinator, id, "Encore", Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("contract.renew.twice"));
        assertThatThrownBy(() -> lifecycle.terminate(Fixtures.observerOf(territory), id, LocalDate.of(2026, 10, 1), "Fusion"))
                .isInstanceOf(AccessRefusedException.class);
        lifecycle.terminate(coordinator, id, LocalDate.of(2026, 10, 1), "Fusion des communes");
        assertThat(lifecycle.status(coordinator, id)).isEqualTo(ContractStatus.TERMINATED);
        assertThatThrownBy(() -> lifecycle.sign(coordinator, id, signatory.id(), LocalDate.of(2026, 10, 2)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("contract.terminated"));
        assertThat(lifecycle.acts(coordinator, id)).extracting(a -> a.getClass().getSimpleName()).containsExactly(
                "Approved", "Signed", "Amended", "Signed", "Renewed", "Terminated");
    }

    @Test
    void an_invalid_text_is_refused_with_its_paths_and_nothing_is_written() {
        var partner = hospitalInANewTerritory();
        Actor coordinator = Fixtures.coordinatorOf(partner.territory());
        Contract contract = vss.contracts().find(coordinator, partner.contract());
        ContractText twice = new ContractText("", List.of(), List.of(new io.github.clvss.core.contract.Axis(Optional.of(1), "Axe",
                List.of(new io.github.clvss.core.contract.Commitment("1.1", "Un"),
                        new io.github.clvss.core.contract.Commitment("1.1", "Deux")))), List.of());

        assertThatThrownBy(() -> vss.contractLifecycle().writeText(coordinator, contract.id(), contract.version(), twice))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code() + "@" + p.path().orElseThrow())
                        .containsExactly("contract.commitment.id.duplicate@$.axes[0].commitments[1].id"));
        assertThat(vss.contractLifecycle().text(coordinator, contract.id())).isEqualTo(ContractText.EMPTY);
        assertThatThrownBy(() -> vss.contractLifecycle().approve(coordinator, contract.id(), DeliberationId.next(CLOCK),
                LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("contract.approve.no-text"));
        assertThatThrownBy(() -> vss.contractLifecycle().writeText(coordinator, contract.id(), contract.version() - 1,
                DemoContractText.boulogne())).isInstanceOf(ConflictException.class);
    }

    @Test
    void removing_a_contract_removes_its_text_versions_and_acts_with_it() {
        var signatory = hospitalInANewTerritory();
        Actor coordinator = Fixtures.coordinatorOf(signatory.territory());
        io.github.clvss.core.contract.ContractId id = signatory.contract();
        vss.contractLifecycle().writeText(coordinator, id, vss.contracts().find(coordinator, id).version(),
                DemoContractText.boulogne());
        vss.contractLifecycle().approve(coordinator, id, adopted(signatory.territory(), LocalDate.of(2026, 1, 15)),
                LocalDate.of(2026, 1, 15));
        var storage = io.github.clvss.core.internal.persistence.Persistence.open(database());
        storage.partners().remove(signatory.id());

        storage.contracts().remove(id);

        assertThat(storage.contracts().find(id)).isEmpty();
        assertThat(storage.contractTexts().all(id)).isEmpty();
        assertThat(storage.contractActs().of(id)).isEmpty();
    }

    @Test
    void a_contract_file_can_clear_one_contracts_text_versions_and_acts_and_no_other_contracts() {
        var one = hospitalInANewTerritory();
        var other = hospitalInANewTerritory();
        for (var signatory : List.of(one, other)) {
            Actor coordinator = Fixtures.coordinatorOf(signatory.territory());
            vss.contractLifecycle().writeText(coordinator, signatory.contract(),
                    vss.contracts().find(coordinator, signatory.contract()).version(), DemoContractText.boulogne());
            vss.contractLifecycle().approve(coordinator, signatory.contract(),
                    adopted(signatory.territory(), LocalDate.of(2026, 1, 15)), LocalDate.of(2026, 1, 15));
        }
        var storage = io.github.clvss.core.internal.persistence.Persistence.open(database());

        storage.transactions().inTransaction(() -> {
            storage.contractTexts().removeAll(one.contract());
            storage.contractActs().removeAll(one.contract());
            return null;
        });

        assertThat(storage.contractTexts().all(one.contract())).isEmpty();
        assertThat(storage.contractActs().of(one.contract())).isEmpty();
        assertThat(storage.contractTexts().all(other.contract())).containsOnlyKeys(1);
        assertThat(storage.contractActs().of(other.contract())).hasSize(1);
        storage.contractActs().append(one.contract(), new ContractAct.Terminated(LocalDate.of(2026, 2, 1), "Essai"));
        assertThat(storage.contractActs().of(one.contract())).as("numbering starts again").singleElement()
                .isEqualTo(new ContractAct.Terminated(LocalDate.of(2026, 2, 1), "Essai"));
    }

    /** A partner of the contract that does not sign it. */
    private PartnerId nonSignatoryPartner(TerritoryId territory, Contract contract) {
        Institution association = vss.institutions().register(system, Institution.register(CLOCK, "Association " + territory,
                Sector.ASSOCIATION, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        return vss.partners().add(system, io.github.clvss.core.partner.Partner.join(CLOCK, "system", territory,
                contract.id(), association.id(), "Écoute", List.of(), io.github.clvss.core.partner.PublicContact.NONE,
                Optional.empty(), false, Provenance.ENTERED)).id();
    }

    private static java.time.Clock on(LocalDate day) {
        return java.time.Clock.fixed(day.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC);
    }

    @Test
    void only_an_adopted_deliberation_of_the_territory_without_errors_and_of_that_day_approves_a_contract() {
        var signatory = hospitalInANewTerritory();
        TerritoryId territory = signatory.territory();
        Actor coordinator = Fixtures.coordinatorOf(territory);
        io.github.clvss.core.contract.ContractId id = signatory.contract();
        vss.contractLifecycle().writeText(coordinator, id, vss.contracts().find(coordinator, id).version(),
                DemoContractText.boulogne());
        LocalDate day = LocalDate.of(2026, 1, 15);
        DeliberationId elsewhere = adopted(hospitalInANewTerritory().territory(), day);
        DeliberationId rejected = vss.deliberations().record(system, SeedDeliberation.adoptedIn(territory, day, CLOCK).toBuilder()
                .result(Optional.of(Deliberation.Result.REJECTED)).build()).deliberation().id();
        Deliberation seed = SeedDeliberation.adoptedIn(territory, day, CLOCK);
        DeliberationId withoutQuorum = vss.deliberations().record(system, seed.toBuilder()
                .present(seed.present().subList(0, 7)).build()).deliberation().id();
        DeliberationId good = adopted(territory, day);

        for (var refused : List.of(
                java.util.Map.entry(DeliberationId.next(CLOCK), "contract.deliberation.unknown"),
                java.util.Map.entry(elsewhere, "contract.deliberation.unknown"),
                java.util.Map.entry(rejected, "contract.deliberation.not-adopted"),
                java.util.Map.entry(withoutQuorum, "contract.deliberation.invalid"))) {
            assertThatThrownBy(() -> vss.contractLifecycle().approve(coordinator, id, refused.getKey(), day))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(Problem::code).containsExactly(refused.getValue()));
        }
        assertThatThrownBy(() -> vss.contractLifecycle().approve(coordinator, id, good, day.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("contract.deliberation.other-day"));
        assertThat(vss.contractLifecycle().status(coordinator, id)).isEqualTo(ContractStatus.DRAFT);

        vss.contractLifecycle().approve(coordinator, id, good, day);

        assertThat(vss.contractLifecycle().status(coordinator, id)).isEqualTo(ContractStatus.APPROVED);
    }

    /** The demo territory (Boulogne-Billancourt, its contract and partners), imported by the first test that needs it. */
    private TerritoryId demoBoulogne() {
        return vss.territories().findByInseeCode(system, new io.github.clvss.core.territory.InseeCode("92012"))
                .map(Territory::id)
                .orElseGet(() -> vss.contractFiles().importFile(system, io.github.clvss.core.contractfile.ContractFiles.demoFile(),
                        io.github.clvss.core.contractfile.ImportMode.CREATE, false).territory().orElseThrow());
    }

    /** Records, in a territory, a deliberation taken on a day that the checks find no error in. */
    private DeliberationId adopted(TerritoryId territory, LocalDate on) {
        return vss.deliberations().record(system, SeedDeliberation.adoptedIn(territory, on, CLOCK)).deliberation().id();
    }

    /** A hospital, partner of a new territory's contract. */
    private io.github.clvss.core.partner.Partner hospitalInANewTerritory() {
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Contract contract = vss.contracts().create(system, Contract.draft(CLOCK, territory, "Contrat local",
                Optional.empty(), Optional.empty(), Provenance.ENTERED));
        Institution hospital = vss.institutions().register(system, Institution.register(CLOCK, "Hôpital " + territory,
                Sector.HEALTH, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        return vss.partners().add(system, io.github.clvss.core.partner.Partner.join(CLOCK, "system", territory,
                contract.id(), hospital.id(), "Soins", List.of(), io.github.clvss.core.partner.PublicContact.NONE,
                Optional.empty(), true, Provenance.ENTERED));
    }

    // ---- victims' paths

    @Test
    void a_victim_path_reads_back_whole_and_once_purged_leaves_nothing_but_anonymous_counts() throws SQLException {
        var hospital = hospitalInANewTerritory();
        TerritoryId territory = hospital.territory();
        Institution cidffInstitution = vss.institutions().register(system, Institution.register(CLOCK, "CIDFF " + territory,
                Sector.ASSOCIATION, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        PartnerId cidff = vss.partners().add(system, io.github.clvss.core.partner.Partner.join(CLOCK, "system", territory,
                hospital.contract(), cidffInstitution.id(), "Accueil", List.of(), io.github.clvss.core.partner.PublicContact.NONE,
                Optional.empty(), true, Provenance.ENTERED)).id();
        Actor hospitalUser = Actor.user("hospital-user", Grant.partner(territory, hospital.id()));
        Actor cidffUser = Actor.user("cidff-user", Grant.partner(territory, cidff));
        var situation = io.github.clvss.core.referral.Situation.builder(io.github.clvss.core.referral.Facts.AgeGroup.ADULT,
                java.util.Set.of(io.github.clvss.core.referral.Facts.Capacity.DOCTOR))
                .relation(io.github.clvss.core.referral.Facts.Relation.PARTNER)
                .violences(io.github.clvss.core.referral.Facts.Violence.PHYSICAL)
                .yes(io.github.clvss.core.referral.Facts.Flag.LIFE_IN_DANGER, io.github.clvss.core.referral.Facts.Flag.EMPRISE)
                .unknown(io.github.clvss.core.referral.Facts.Flag.CHILDREN_EXPOSED).build();
        var path = vss.paths().open(hospitalUser, territory, hospital.id(), situation,
                Optional.of(new io.github.clvss.core.path.PathNote("Note de test zx81quokka")));
        vss.paths().recordConsent(hospitalUser, path.id(), io.github.clvss.core.path.ConsentStatus.REFUSED,
                io.github.clvss.core.path.ConsentScope.handoverTo(cidff));
        var sent = vss.paths().handOver(hospitalUser, path.id(), cidff, Optional.of(new io.github.clvss.core.path.LegalException(
                "fr.226-14-3", new io.github.clvss.core.path.PathNote("Motif de test yq42walrus"))));
        vss.paths().accept(cidffUser, sent.id());
        vss.paths().closeHandover(cidffUser, sent.id(), io.github.clvss.core.path.HandoverOutcome.SERVICE_PROVIDED);
        var closed = vss.paths().close(hospitalUser, path.id());
        var read = vss.paths().find(hospitalUser, path.reference());
        int year = java.time.LocalDate.ofInstant(CLOCK.instant(), java.time.ZoneId.of("Europe/Paris")).getYear();
        var before = vss.paths().statistics(Fixtures.coordinatorOf(territory), territory, year);

        assertThat(read).isEqualTo(closed);
        assertThat(read.situation()).isEqualTo(situation);
        assertThat(read.decision()).isEqualTo(path.decision());
        assertThat(read.handovers()).singleElement().satisfies(h -> {
            assertThat(h.override().orElseThrow().reason().text()).isEqualTo("Motif de test yq42walrus");
            assertThat(h.steps()).hasSize(4);
        });
        assertThat(tablesHolding(path.reference().value(), true)).containsExactly("vss_victim_path");
        assertThat(tablesHolding(path.id().toString(), true)).contains("vss_victim_path", "vss_path_consent",
                "vss_path_handover", "vss_journal");
        assertThat(tablesHolding(sent.id().toString(), true)).contains("vss_path_handover", "vss_path_handover_step");
        // the counts themselves, unmasked (a threshold of 1 masks nothing): the masked figures alone would hide a change
        var unmasked = new io.github.clvss.core.indicator.Disclosure(1);
        io.github.clvss.core.path.PathStatistics countsBefore;
        try (Vss counting = Vss.builder().dataSource(database()).secretsKey(KEY).clock(CLOCK).disclosure(unmasked).build()) {
            countsBefore = counting.paths().statistics(Fixtures.coordinatorOf(territory), territory, year);
        }
        assertThat(countsBefore.total()).isEqualTo(new Figure.Shown(java.math.BigDecimal.ONE));
        assertThat(countsBefore.byPartner()).singleElement().satisfies(row -> {
            assertThat(row.partner()).isEqualTo(cidff);
            assertThat(row.byStatus().get(io.github.clvss.core.path.HandoverStatus.CLOSED))
                    .isEqualTo(new Figure.Shown(java.math.BigDecimal.ONE));
        });
        try (Vss later = Vss.builder().dataSource(database()).secretsKey(KEY).clock(java.time.Clock.offset(CLOCK, java.time.Duration.ofDays(367)))
                .build()) {
            assertThat(later.paths().purge(system)).isEqualTo(1);
            assertThat(later.paths().statistics(Fixtures.coordinatorOf(territory), territory, year)).isEqualTo(before);
        }
        try (Vss counting = Vss.builder().dataSource(database()).secretsKey(KEY)
                .clock(java.time.Clock.offset(CLOCK, java.time.Duration.ofDays(367))).disclosure(unmasked).build()) {
            assertThat(counting.paths().statistics(Fixtures.coordinatorOf(territory), territory, year)).isEqualTo(countsBefore);
            assertThat(counting.paths().purge(system)).as("nothing left to purge").isZero();
        }

        for (String trace : List.of(path.reference().value(), "zx81quokka", "yq42walrus")) {
            assertThat(tablesHolding(trace, true)).as(trace).isEmpty();
        }
        // the journal keeps the ids of what it journaled (append-only, with its own retention), nothing else does
        for (String id : List.of(path.id().toString(), sent.id().toString())) {
            assertThat(tablesHolding(id, true)).as(id).containsOnly("vss_journal");
        }
        assertThat(before.total()).isEqualTo(new Figure.Masked(Figure.Reason.BELOW_THRESHOLD));
    }

    /** Every vss table with a column ({@code everyColumn}: of any type, as text) holding {@code text} (any case). */
    private List<String> tablesHolding(String text, boolean everyColumn) throws SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (Connection connection = database().getConnection()) {
            var columns = new java.util.LinkedHashMap<String, List<String>>();
            try (var rows = connection.getMetaData().getColumns(null, null, "%", "%")) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    int type = rows.getInt("DATA_TYPE");
                    boolean textual = type == java.sql.Types.VARCHAR || type == java.sql.Types.CLOB
                            || type == java.sql.Types.LONGVARCHAR || type == java.sql.Types.CHAR;
                    boolean binary = type == java.sql.Types.BLOB || type == java.sql.Types.LONGVARBINARY;
                    if (table.toLowerCase().startsWith("vss_") && (textual || everyColumn && !binary)) {
                        columns.computeIfAbsent(table, t -> new java.util.ArrayList<>()).add(rows.getString("COLUMN_NAME"));
                    }
                }
            }
            assertThat(columns.keySet().stream().map(String::toLowerCase)).contains("vss_victim_path", "vss_path_handover",
                    "vss_path_handover_step", "vss_path_consent", "vss_path_tally", "vss_journal", "vss_notification");
            for (var table : columns.entrySet()) {
                String where = table.getValue().stream().map(c -> "lower(cast(\"" + c + "\" as varchar(20000))) like ?")
                        .collect(java.util.stream.Collectors.joining(" or "));
                try (var query = connection.prepareStatement("select count(*) from \"" + table.getKey() + "\" where " + where)) {
                    for (int i = 1; i <= table.getValue().size(); i++) {
                        query.setString(i, "%" + text.toLowerCase() + "%");
                    }
                    try (var result = query.executeQuery()) {
                        result.next();
                        if (result.getInt(1) > 0) {
                            found.add(table.getKey().toLowerCase());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every vss table with a text column holding {@code text} (any case). */
    private List<String> tablesContaining(String text) throws SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (Connection connection = database().getConnection()) {
            var columns = new java.util.LinkedHashMap<String, List<String>>();
            try (var rows = connection.getMetaData().getColumns(null, null, "%", "%")) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    int type = rows.getInt("DATA_TYPE");
                    boolean textual = type == java.sql.Types.VARCHAR || type == java.sql.Types.CLOB
                            || type == java.sql.Types.LONGVARCHAR || type == java.sql.Types.CHAR;
                    if (table.toLowerCase().startsWith("vss_") && textual) {
                        columns.computeIfAbsent(table, t -> new java.util.ArrayList<>()).add(rows.getString("COLUMN_NAME"));
                    }
                }
            }
            assertThat(columns.keySet().stream().map(String::toLowerCase)).contains("vss_referent", "vss_journal", "vss_notification");
            for (var table : columns.entrySet()) {
                String where = table.getValue().stream().map(c -> "lower(cast(\"" + c + "\" as varchar(20000))) like ?")
                        .collect(java.util.stream.Collectors.joining(" or "));
                try (var query = connection.prepareStatement("select count(*) from \"" + table.getKey() + "\" where " + where)) {
                    for (int i = 1; i <= table.getValue().size(); i++) {
                        query.setString(i, "%" + text.toLowerCase() + "%");
                    }
                    try (var result = query.executeQuery()) {
                        result.next();
                        if (result.getInt(1) > 0) {
                            found.add(table.getKey().toLowerCase());
                        }
                    }
                }
            }
        }
        return found;
    }

    // ---- council deliberations

    @Test
    void a_nominations_ballot_unknown_counts_the_scope_of_unanimity_and_the_presidents_vote_read_back_as_recorded() {
        TerritoryId boulogne = demoBoulogne();
        Actor coordinator = Fixtures.coordinatorOf(boulogne);
        Deliberation seed = SeedDeliberation.seed();
        io.github.clvss.core.deliberation.VoteTally vote = new io.github.clvss.core.deliberation.VoteTally(30, 0, 0, 0, 0,
                true, false).with(java.util.Set.of(io.github.clvss.core.deliberation.VoteTally.Count.ABSTENTIONS,
                        io.github.clvss.core.deliberation.VoteTally.Count.NOT_TAKING_PART),
                io.github.clvss.core.deliberation.VoteTally.UnanimityOf.PRESENT_AND_REPRESENTED,
                java.util.Optional.of(io.github.clvss.core.deliberation.VoteTally.PresidentVote.FOR),
                java.util.Optional.of(new io.github.clvss.core.deliberation.VoteTally.Nomination(3, false,
                        java.util.Optional.of(25), false)));
        Deliberation nomination = seed.toBuilder().id(DeliberationId.next(CLOCK)).territory(boulogne)
                .transmission(PrefectureTransmission.NONE).vote(vote)
                .session(new Session(seed.session().date(), seed.session().time(), seed.session().place(),
                        seed.session().president(), true)).build();

        vss.deliberations().record(coordinator, nomination);
        Deliberation read = vss.deliberations().find(coordinator, nomination.id());

        assertThat(read.vote()).isEqualTo(vote);
        assertThat(read.session().remote()).isTrue();
    }

    @Test
    void the_seeds_deliberation_comes_with_the_demo_file_and_reads_back_with_every_fact_and_no_error() {
        TerritoryId boulogne = demoBoulogne();
        Actor coordinator = Fixtures.coordinatorOf(boulogne);
        Deliberation seed = SeedDeliberation.seed().toBuilder().territory(boulogne).build();
        long before = vss.deliberations().count(coordinator, boulogne);

        Deliberation read = vss.deliberations().find(coordinator, seed.id());

        assertThat(read).isEqualTo(seed.withVersion(read.version()));
        assertThat(read.present()).hasSize(49).startsWith("Pierre-Christophe BAGUET").endsWith("Remi LESCOEUR");
        assertThat(read.proxies()).hasSize(6).first().isEqualTo(new Proxy("Emmanuel BAVIERE", "Jean-Claude MARQUEZ"));
        assertThat(read.session().time()).contains(java.time.LocalTime.of(18, 0));
        assertThat(read.transmission().actesId().map(ActesId::value)).contains("092-219200128-20230601-136597-DE-1-1");
        assertThat(vss.deliberations().councilOf(coordinator, boulogne)).isEqualTo(seed.membersInOffice());
        assertThat(vss.deliberations().check(coordinator, read)).noneMatch(Finding::isError);
        // its id and its ACTES identifier are taken: recording it again, or another act with that identifier, is refused
        assertThatThrownBy(() -> vss.deliberations().record(coordinator, seed))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problems().getFirst().code())
                .isEqualTo("deliberation.id.taken");
        Deliberation copy = seed.toBuilder().id(DeliberationId.next(CLOCK)).build();
        assertThatThrownBy(() -> vss.deliberations().record(coordinator, copy))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problems().getFirst().code())
                .isEqualTo("deliberation.actes.taken");
        assertThat(vss.deliberations().count(coordinator, boulogne)).isEqualTo(before);
    }

    @Test
    void a_deliberation_with_errors_is_recorded_all_the_same_then_corrected_against_its_version_and_journaled() {
        TerritoryId territory = vss.territories().register(system, withPopulation(Fixtures.anotherCommune()), Provenance.ENTERED).id();
        Actor coordinator = Fixtures.coordinatorOf(territory);
        Deliberation seed = SeedDeliberation.seed();
        Deliberation seven = seed.toBuilder().id(DeliberationId.next(CLOCK)).territory(territory)
                .present(seed.present().subList(0, 7)).transmission(PrefectureTransmission.NONE).build();

        CheckedDeliberation recorded = vss.deliberations().record(coordinator, seven);
        CheckedDeliberation corrected = vss.deliberations().correct(coordinator,
                recorded.deliberation().toBuilder().present(seed.present()).build());

        assertThat(recorded.findings()).filteredOn(Finding::isError).extracting(Finding::rule).contains("quorum");
        assertThat(recorded.deliberation().version()).isEqualTo(1);
        assertThat(corrected.findings()).noneMatch(f -> f.rule().equals("quorum"));
        assertThat(corrected.deliberation().version()).isEqualTo(2);
        assertThat(corrected.deliberation().provenance()).isEqualTo(Provenance.ENTERED);
        assertThat(vss.deliberations().find(coordinator, seven.id()).present()).hasSize(49);
        assertThatThrownBy(() -> vss.deliberations().correct(coordinator, recorded.deliberation()))
                .isInstanceOf(ConflictException.class);
        assertThat(vss.auditTrail().find(coordinator, JournalQuery.territory(territory), PageRequest.first(10)))
                .extracting(e -> e.actor() + " " + e.act().action() + " " + e.act().recordId().orElseThrow())
                .contains(coordinator.id() + " deliberation.record " + seven.id(),
                        coordinator.id() + " deliberation.correct " + seven.id());
    }

    @Test
    void deliberations_are_listed_latest_session_first_paged_in_sql_and_never_shown_to_another_territory() {
        TerritoryId mine = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        TerritoryId theirs = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Actor coordinator = Fixtures.coordinatorOf(mine);
        Deliberation older = dated(mine, "2023-03-30", List.of("Ann A", "Bob B"));
        Deliberation newer = dated(mine, "2024-02-01", List.of("Cid C", "Dan D", "Eve E"));
        Deliberation undated = Deliberation.draft(CLOCK, mine).toBuilder().object("Brouillon").build();
        for (Deliberation d : List.of(undated, older, newer)) {
            vss.deliberations().record(coordinator, d);
        }
        vss.deliberations().record(Fixtures.coordinatorOf(theirs), dated(theirs, "2025-01-01", List.of("Zoe Z")));

        assertThat(vss.deliberations().list(coordinator, mine, PageRequest.first(2))).extracting(Deliberation::id)
                .containsExactly(newer.id(), older.id());
        assertThat(vss.deliberations().list(coordinator, mine, PageRequest.first(2).next())).extracting(Deliberation::id)
                .containsExactly(undated.id());
        assertThat(vss.deliberations().count(coordinator, mine)).isEqualTo(3);
        assertThat(vss.deliberations().councilOf(coordinator, mine)).containsExactly("Cid C", "Dan D", "Eve E");
        Actor other = Fixtures.coordinatorOf(theirs);
        assertThatThrownBy(() -> vss.deliberations().list(other, mine, PageRequest.first(10)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.deliberations().find(other, newer.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.deliberations().record(other, dated(mine, "2024-05-05", List.of("X"))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(vss.deliberations().count(other, theirs)).isEqualTo(1);
    }

    @Test
    void an_observer_reads_deliberations_but_recording_or_correcting_one_is_refused_and_journaled() {
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Deliberation recorded = vss.deliberations().record(system, dated(territory, "2024-06-01", List.of("Ann A"))).deliberation();
        Actor observer = Fixtures.observerOf(territory);

        assertThatThrownBy(() -> vss.deliberations().record(observer, dated(territory, "2024-07-01", List.of("Ann A"))))
                .isInstanceOf(AccessRefusedException.class)
                .extracting(e -> ((AccessRefusedException) e).problems().getFirst().code())
                .isEqualTo(AccessPolicy.READ_ONLY);
        assertThatThrownBy(() -> vss.deliberations().correct(observer, recorded.toBuilder().object("Changé").build()))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(vss.deliberations().find(observer, recorded.id()).object()).isEqualTo("Délibération");
        assertThat(vss.deliberations().councilOf(observer, territory)).containsExactly("Ann A");
        assertThat(vss.deliberations().count(system, territory)).isEqualTo(1);
        assertThat(vss.auditTrail().find(system, JournalQuery.territory(territory).withOutcome(Outcome.REFUSED), PageRequest.first(10)))
                .extracting(e -> e.actor() + " " + e.act().action() + " " + e.reason().orElseThrow())
                .containsExactlyInAnyOrder(
                        observer.id() + " deliberation.record " + AccessPolicy.READ_ONLY,
                        observer.id() + " deliberation.correct " + AccessPolicy.READ_ONLY);
    }

    @Test
    void actions_are_paged_in_sql_by_deadline_read_back_whole_and_listed_late_or_upcoming_by_the_territorys_day() {
        FollowedContract mine = followedContract();
        FollowedContract theirs = followedContract();
        Actor coordinator = Fixtures.coordinatorOf(mine.territory());
        var plan = vss.actions();
        var first = plan.add(coordinator, action(mine, "1.3", "Circuit aux urgences", LocalDate.of(2026, 10, 31)));
        var second = plan.add(coordinator, new io.github.clvss.core.followup.Action(
                io.github.clvss.core.followup.ActionId.next(CLOCK), 0, mine.territory(), mine.contract(), "2.1",
                "Document unique", mine.lead(), List.of(mine.contributor()), Optional.of(LocalDate.of(2026, 12, 15)),
                io.github.clvss.core.followup.ActionStatus.IN_PROGRESS, Optional.empty(), 40,
                List.of(new io.github.clvss.core.followup.Evidence.Note("Relu par le CIDFF"),
                        new io.github.clvss.core.followup.Evidence.Document("Document unique v1")), Provenance.ENTERED));
        var undated = plan.add(coordinator, action(mine, "1.1", "Sans échéance", null));
        var done = plan.add(coordinator, action(mine, "1.2", "Faite", LocalDate.of(2026, 1, 31)));
        plan.changeStatus(coordinator, done.id(), done.version(), io.github.clvss.core.followup.ActionStatus.DONE, Optional.empty());
        plan.add(Fixtures.coordinatorOf(theirs.territory()), action(theirs, "1.3", "Ailleurs", LocalDate.of(2026, 1, 1)));

        assertThat(plan.list(coordinator, mine.contract(), Optional.empty(), PageRequest.first(2)))
                .extracting(io.github.clvss.core.followup.Action::id).containsExactly(done.id(), first.id());
        assertThat(plan.list(coordinator, mine.contract(), Optional.empty(), PageRequest.first(2).next()))
                .extracting(io.github.clvss.core.followup.Action::id).containsExactly(second.id(), undated.id());
        assertThat(plan.find(Fixtures.observerOf(mine.territory()), second.id())).isEqualTo(second);
        assertThat(plan.late(coordinator, mine.contract(), PageRequest.first(10)))
                .extracting(io.github.clvss.core.followup.Action::id).as("on 27 November 2026").containsExactly(first.id());
        assertThat(plan.nextDeadlines(coordinator, mine.contract(), PageRequest.first(10)))
                .extracting(io.github.clvss.core.followup.Action::id).containsExactly(second.id());
        assertThat(plan.history(coordinator, done.id(), PageRequest.first(10))).hasSize(2).last()
                .satisfies(change -> assertThat(change.fields()).extracting(f -> f.field() + "=" + f.after().orElseThrow())
                        .containsExactly("status=DONE", "progress=100"));
        assertThatThrownBy(() -> plan.list(Fixtures.coordinatorOf(theirs.territory()), mine.contract(), Optional.empty(),
                PageRequest.first(10))).isInstanceOf(AccessRefusedException.class);
        assertThat(plan.count(system, theirs.contract(), Optional.empty())).isEqualTo(1);
    }

    @Test
    void a_territory_uses_of_a_sector_the_institutions_of_its_partners_and_meeting_guests_and_no_other() {
        FollowedContract mine = followedContract();
        Actor coordinator = Fixtures.coordinatorOf(mine.territory());
        Institution guest = vss.institutions().register(system, Institution.register(CLOCK, "Barreau " + mine.territory(),
                Sector.JUSTICE, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        Institution court = vss.institutions().register(system, Institution.register(CLOCK, "Tribunal " + mine.territory(),
                Sector.JUSTICE, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        vss.institutions().register(system, Institution.register(CLOCK, "Parquet sans contrat " + mine.territory(),
                Sector.JUSTICE, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        vss.meetings().record(coordinator, new io.github.clvss.core.followup.Meeting(
                io.github.clvss.core.followup.MeetingId.next(CLOCK), 0, mine.territory(), mine.contract(),
                io.github.clvss.core.followup.MeetingKind.OTHER, "Réunion", java.time.LocalDateTime.of(2026, 6, 11, 18, 0),
                java.time.LocalDateTime.of(2026, 6, 11, 20, 0), Optional.empty(), List.of(), List.of(), List.of(guest.id()),
                Optional.empty(), List.of(), Provenance.ENTERED));
        TerritoryId courtsTown = anotherTerritoryUsing(court);
        var storage = io.github.clvss.core.internal.persistence.Persistence.open(database());

        assertThat(storage.institutions().usedBy(mine.territory(), Sector.JUSTICE)).extracting(Institution::id)
                .containsExactly(guest.id());
        assertThat(storage.institutions().usedBy(courtsTown, Sector.JUSTICE)).extracting(Institution::id)
                .containsExactly(court.id());
        assertThat(storage.institutions().usedBy(courtsTown, Sector.HEALTH)).extracting(Institution::id)
                .doesNotContain(court.id());
        assertThat(storage.institutions().findAll(java.util.Set.of(court.id(), guest.id(),
                new io.github.clvss.core.institution.InstitutionId(new java.util.UUID(0, 1)))))
                .as("those that exist, by name, in one read").extracting(Institution::id).containsExactly(guest.id(), court.id());
    }

    @Test
    void a_meeting_reads_back_with_its_agenda_attendance_guests_minutes_and_decisions_latest_first() {
        FollowedContract mine = followedContract();
        Actor coordinator = Fixtures.coordinatorOf(mine.territory());
        Institution guest = vss.institutions().register(system, Institution.register(CLOCK, "Barreau " + mine.territory(),
                Sector.JUSTICE, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        var decided = vss.actions().add(coordinator, action(mine, "1.3", "Décidée en comité", LocalDate.of(2027, 3, 31)));
        var older = vss.meetings().record(coordinator, meeting(mine, java.time.LocalDateTime.of(2025, 6, 12, 18, 0), List.of()));
        var steering = vss.meetings().record(coordinator, new io.github.clvss.core.followup.Meeting(
                io.github.clvss.core.followup.MeetingId.next(CLOCK), 0, mine.territory(), mine.contract(),
                io.github.clvss.core.followup.MeetingKind.STEERING_COMMITTEE, "Comité de pilotage 2026",
                java.time.LocalDateTime.of(2026, 6, 11, 18, 0), java.time.LocalDateTime.of(2026, 6, 11, 20, 0),
                Optional.of("Hôtel de ville"), List.of("Bilan", "Programme"),
                List.of(new io.github.clvss.core.followup.Invitee(mine.lead(), Optional.of(io.github.clvss.core.followup.Attendance.PRESENT)),
                        new io.github.clvss.core.followup.Invitee(mine.contributor(), Optional.of(io.github.clvss.core.followup.Attendance.REPRESENTED))),
                List.of(guest.id()), Optional.of("Compte rendu"),
                List.of(new io.github.clvss.core.followup.MeetingDecision("Sans action", Optional.empty()),
                        new io.github.clvss.core.followup.MeetingDecision("Avec action", Optional.of(decided.id()))),
                Provenance.ENTERED));

        assertThat(vss.meetings().find(Fixtures.observerOf(mine.territory()), steering.id())).isEqualTo(steering);
        assertThat(vss.meetings().list(coordinator, mine.contract(), PageRequest.first(1)))
                .extracting(io.github.clvss.core.followup.Meeting::id).containsExactly(steering.id());
        assertThat(vss.meetings().list(coordinator, mine.contract(), PageRequest.first(1).next()))
                .extracting(io.github.clvss.core.followup.Meeting::id).containsExactly(older.id());
        assertThat(vss.meetings().signatoriesThere(coordinator, steering.id()).all()).isTrue();
        assertThat(vss.meetings().signatoriesThere(coordinator, older.id()).missing())
                .containsExactlyInAnyOrder(mine.lead(), mine.contributor());
        var moved = vss.meetings().recordAttendance(coordinator, steering.id(), steering.version(), mine.contributor(),
                io.github.clvss.core.followup.Attendance.EXCUSED);
        assertThat(vss.meetings().find(coordinator, steering.id())).isEqualTo(moved);
        assertThat(vss.meetings().signatoriesThere(coordinator, steering.id()).missing()).containsExactly(mine.contributor());
        assertThatThrownBy(() -> vss.meetings().recordAttendance(coordinator, steering.id(), steering.version(), mine.lead(),
                io.github.clvss.core.followup.Attendance.ABSENT)).isInstanceOf(ConflictException.class);
    }

    @Test
    void thirteen_months_after_the_demo_comite_the_yearly_meeting_is_overdue_and_told_once_to_the_coordinators() {
        TerritoryId boulogne = demoBoulogne();
        if (vss.actions().count(system, io.github.clvss.core.followup.DemoFollowUp.CONTRACT, Optional.empty()) == 0) {
            io.github.clvss.core.followup.DemoFollowUp.load(system, vss.obligations(), vss.actions(), vss.meetings());
        }
        var account = vss.accounts().open(system, io.github.clvss.core.account.Account.open(CLOCK,
                new io.github.clvss.core.account.Login("coordination-suivi"), "Coordination", Optional.empty(),
                io.github.clvss.core.shared.Language.FR, java.util.Set.of(Grant.coordinator(boulogne))), Optional.empty());
        Vss july2025 = Vss.builder().dataSource(database()).secretsKey(KEY).clock(on(LocalDate.of(2025, 7, 13))).build();
        Vss june2025 = Vss.builder().dataSource(database()).secretsKey(KEY).clock(on(LocalDate.of(2025, 6, 1))).build();
        var contract = io.github.clvss.core.followup.DemoFollowUp.CONTRACT;

        assertThat(june2025.obligations().compliance(system, contract)).singleElement()
                .extracting(io.github.clvss.core.followup.Compliance::status)
                .isEqualTo(io.github.clvss.core.followup.ComplianceStatus.DUE_SOON);
        assertThat(july2025.obligations().compliance(Fixtures.observerOf(boulogne), contract)).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(io.github.clvss.core.followup.ComplianceStatus.OVERDUE);
                    assertThat(c.lastFulfilled()).contains(LocalDate.of(2024, 6, 13));
                });
        assertThat(july2025.obligations().notifyOverdue(system, contract)).hasSize(1);
        assertThat(july2025.obligations().notifyOverdue(system, contract)).isEmpty();
        assertThat(vss.notifier().mine(account.actor(), PageRequest.first(10)))
                .extracting(io.github.clvss.core.notification.Notification::code)
                .containsExactly("notification.obligation-overdue");
        assertThatThrownBy(() -> july2025.obligations().notifyOverdue(Fixtures.observerOf(boulogne), contract))
                .isInstanceOf(AccessRefusedException.class);
        july2025.close();
        june2025.close();
    }

    @Test
    void removing_a_contract_removes_its_actions_meetings_and_obligations_with_it() {
        FollowedContract mine = followedContract();
        Actor coordinator = Fixtures.coordinatorOf(mine.territory());
        var action = vss.actions().add(coordinator, action(mine, "1.3", "Action", LocalDate.of(2026, 10, 31)));
        var meeting = vss.meetings().record(coordinator, meeting(mine, java.time.LocalDateTime.of(2026, 6, 11, 18, 0), List.of()));
        vss.meetings().decide(coordinator, meeting.id(), meeting.version(), "Suivre l’action", Optional.empty());
        vss.obligations().carry(coordinator, io.github.clvss.core.followup.Obligation.yearlyMeetingOfSignatories(
                mine.territory(), mine.contract(), "1.1", LocalDate.of(2024, 1, 1), Provenance.ENTERED));
        vss.obligations().notifyOverdue(coordinator, mine.contract());
        var storage = io.github.clvss.core.internal.persistence.Persistence.open(database());
        for (PartnerId partner : List.of(mine.lead(), mine.contributor())) {
            storage.partners().remove(partner);
        }

        storage.contracts().remove(mine.contract());

        assertThat(storage.actions().find(action.id())).isEmpty();
        assertThat(storage.meetings().find(meeting.id())).isEmpty();
        assertThat(storage.obligations().of(mine.contract())).isEmpty();
    }

    /** A new territory's contract with the demo text and two partners: a lead and a contributor, both signatories. */
    private FollowedContract followedContract() {
        var hospital = hospitalInANewTerritory();
        Actor coordinator = Fixtures.coordinatorOf(hospital.territory());
        vss.contractLifecycle().writeText(coordinator, hospital.contract(),
                vss.contracts().find(coordinator, hospital.contract()).version(), DemoContractText.boulogne());
        Institution police = vss.institutions().register(system, Institution.register(CLOCK, "Police " + hospital.territory(),
                Sector.SECURITY, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        PartnerId contributor = vss.partners().add(system, io.github.clvss.core.partner.Partner.join(CLOCK, "system",
                hospital.territory(), hospital.contract(), police.id(), "Plaintes", List.of(),
                io.github.clvss.core.partner.PublicContact.NONE, Optional.empty(), true, Provenance.ENTERED)).id();
        return new FollowedContract(hospital.territory(), hospital.contract(), hospital.id(), contributor);
    }

    private record FollowedContract(TerritoryId territory, io.github.clvss.core.contract.ContractId contract, PartnerId lead,
            PartnerId contributor) {
    }

    private static io.github.clvss.core.followup.Action action(FollowedContract c, String commitment, String title,
            LocalDate deadline) {
        return io.github.clvss.core.followup.Action.plan(CLOCK, c.territory(), c.contract(), commitment, title, c.lead(),
                List.of(), Optional.ofNullable(deadline), Provenance.ENTERED);
    }

    private static io.github.clvss.core.followup.Meeting meeting(FollowedContract c, java.time.LocalDateTime start,
            List<String> agenda) {
        return io.github.clvss.core.followup.Meeting.plan(CLOCK, c.territory(), c.contract(),
                io.github.clvss.core.followup.MeetingKind.OTHER, "Réunion", start, start.plusHours(2), Optional.empty(),
                agenda, List.of(c.lead(), c.contributor()), List.of(), Provenance.ENTERED);
    }

    private static Deliberation dated(TerritoryId territory, String date, List<String> council) {
        return Deliberation.draft(CLOCK, territory).toBuilder().object("Délibération")
                .session(new Session(Optional.of(LocalDate.parse(date)), Optional.empty(), Optional.empty(), Optional.empty()))
                .membersInOffice(council).present(council).build();
    }

    /** Gives {@code host} a table of the host application's, with one row, before vss arrives. */
    static DataSource withHostTable(DataSource host) {
        try (Connection connection = host.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table host_orders (id int primary key, label varchar(20))");
            statement.execute("insert into host_orders values (1, 'kept')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return host;
    }

    private static TerritoryFacts withPopulation(TerritoryFacts f) {
        return new TerritoryFacts(f.kind(), f.name(), f.inseeCode(), f.department(), f.siren(), f.siret(),
                Optional.of(new Population(12_345, Year.of(2022))), f.timeZone());
    }

    /** A new territory with a contract holding the seed's text, and its coordinator. */
    private record Indicated(TerritoryId territory, Contract contract, Actor coordinator) {
    }

    private Indicated contractWithText() {
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Actor coordinator = Fixtures.coordinatorOf(territory);
        Contract contract = vss.contracts().create(coordinator, Contract.draft(CLOCK, territory, "Contrat local",
                Optional.empty(), Optional.empty(), Provenance.ENTERED));
        contract = vss.contractLifecycle().writeText(coordinator, contract.id(), contract.version(), DemoContractText.boulogne());
        return new Indicated(territory, contract, coordinator);
    }

    private Indicator indicator(Indicated at, String commitment, String name, ValueKind kind, Optional<java.math.BigDecimal> target) {
        return vss.indicators().define(at.coordinator(), Indicator.define(CLOCK, at.territory(), at.contract().id(), commitment,
                name, "unités", kind, Direction.HIGHER_IS_BETTER, target, "Mairie", Optional.empty(), Provenance.ENTERED));
    }

    @Test
    void indicators_read_back_with_every_field_paged_by_commitment_in_definition_order_and_never_in_another_contract() {
        Indicated mine = contractWithText();
        Indicated theirs = contractWithText();
        Indicator delay = indicator(mine, "obj-1", "Délai", ValueKind.DECIMAL, Optional.of(new java.math.BigDecimal("12.25")));
        Indicator trained = indicator(mine, "1.2", "Professionnels formés", ValueKind.COUNT, Optional.empty());
        Indicator meetings = indicator(mine, "1.1", "Réunions", ValueKind.PUBLIC_COUNT, Optional.of(java.math.BigDecimal.ONE));
        Indicator minors = vss.indicators().define(mine.coordinator(), Indicator.define(CLOCK, mine.territory(),
                mine.contract().id(), "1.2", "dont mineurs", "personnes", ValueKind.COUNT, Direction.NEUTRAL, Optional.empty(),
                "CIDFF", Optional.of(trained.id()), Provenance.DEMO));
        indicator(theirs, "1.1", "Réunions", ValueKind.PUBLIC_COUNT, Optional.empty());

        assertThat(vss.indicators().find(mine.coordinator(), delay.id())).isEqualTo(delay);
        assertThat(vss.indicators().find(mine.coordinator(), minors.id()).partOf()).contains(trained.id());
        assertThat(delay.version()).isEqualTo(1);
        assertThat(vss.indicators().list(mine.coordinator(), mine.contract().id(), PageRequest.first(2)))
                .containsExactly(meetings, trained);
        assertThat(vss.indicators().list(mine.coordinator(), mine.contract().id(), new PageRequest(2, 2)))
                .containsExactly(minors, delay);
        assertThat(vss.indicators().count(mine.coordinator(), mine.contract().id())).isEqualTo(4);
        assertThatThrownBy(() -> vss.indicators().list(mine.coordinator(), theirs.contract().id(), PageRequest.first(10)))
                .isInstanceOf(AccessRefusedException.class);
        Indicator renamed = vss.indicators().correct(mine.coordinator(), new Indicator(delay.id(), delay.version(),
                mine.territory(), mine.contract().id(), "obj-1", "Délai moyen", "jours", ValueKind.DECIMAL,
                Direction.LOWER_IS_BETTER, Optional.empty(), "CIDFF", Optional.empty(), Provenance.ENTERED));
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.id()).isEqualTo(delay.id());
        assertThatThrownBy(() -> vss.indicators().correct(mine.coordinator(), delay)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_period_recorded_again_is_replaced_and_measurements_read_back_year_quarter_month_in_order() {
        Indicated at = contractWithText();
        Indicator trained = indicator(at, "1.2", "Professionnels formés", ValueKind.COUNT, Optional.empty());
        Indicator delay = indicator(at, "1.2", "Délai", ValueKind.DECIMAL, Optional.empty());
        for (Period period : List.of(Period.month(2024, 2), Period.quarter(2024, 1), Period.year(2024), Period.year(2023))) {
            vss.indicators().record(at.coordinator(), new Measurement(trained.id(), period, java.math.BigDecimal.TEN,
                    Provenance.ENTERED));
        }
        vss.indicators().record(at.coordinator(), new Measurement(trained.id(), Period.year(2024),
                java.math.BigDecimal.valueOf(12), Provenance.ENTERED), Optional.of(new java.math.BigDecimal("10.0")));
        vss.indicators().record(at.coordinator(), new Measurement(delay.id(), Period.year(2024), new java.math.BigDecimal("6.1234"),
                Provenance.ENTERED));

        assertThat(vss.indicators().measurements(at.coordinator(), trained.id(), PageRequest.first(10)))
                .extracting(m -> m.period().toString() + "=" + m.value().toPlainString())
                .containsExactly("2023=10", "2024=12", "2024-Q1=10", "2024-02=10");
        assertThat(vss.indicators().measurements(at.coordinator(), trained.id(), new PageRequest(1, 2)))
                .extracting(m -> m.period().toString()).containsExactly("2024", "2024-Q1");
        assertThat(vss.indicators().measurements(at.coordinator(), delay.id(), PageRequest.first(10)))
                .extracting(m -> m.value().toPlainString()).containsExactly("6.1234");
        assertThat(((io.github.clvss.core.indicator.Change.Relative) vss.indicators().change(at.coordinator(), trained.id(),
                Period.year(2024))).percent()).isEqualByComparingTo("20.0");
        assertThat(vss.auditTrail().count(system, JournalQuery.territory(at.territory()))).isEqualTo(
                1 + 1 + 1 + 2 + 6);
    }

    @Test
    void the_stored_demo_diagnostic_masks_the_3_and_its_total_shows_the_12_and_keeps_its_notes() {
        Indicated at = contractWithText();
        io.github.clvss.core.indicator.DemoIndicators.addTo(vss.indicators(), at.coordinator(), at.territory(),
                at.contract().id(), CLOCK);
        DiagnosticNote first = vss.indicators().writeNote(at.coordinator(), new DiagnosticNote(at.contract().id(), 2023,
                Optional.of("1.2"), "Formations réalisées.", Provenance.ENTERED));
        vss.indicators().writeNote(at.coordinator(), new DiagnosticNote(at.contract().id(), 2023, Optional.of("1.2"),
                "Formations réalisées au second semestre.", Provenance.ENTERED, first.version()));
        vss.indicators().removeNote(at.coordinator(), at.contract().id(), 2023, Optional.of("obj-1"), 1);

        Diagnostic diagnostic = vss.indicators().diagnostic(Fixtures.observerOf(at.territory()), at.contract().id(), 2023);

        var rows = diagnostic.sections().stream().flatMap(s -> s.rows().stream())
                .collect(java.util.stream.Collectors.toMap(r -> r.indicator().name(), r -> r));
        assertThat(rows.get("dont victimes mineures").current()).isInstanceOf(Figure.Masked.class);
        assertThat(rows.get("Victimes orientées vers le CIDFF 92 Sud").current()).isInstanceOf(Figure.Masked.class);
        assertThat(rows.get("Professionnels formés au repérage des violences").current())
                .isEqualTo(new Figure.Shown(java.math.BigDecimal.valueOf(12)));
        assertThat(vss.indicators().notes(at.coordinator(), at.contract().id(), 2023))
                .extracting(n -> n.commitment().orElse("*") + " " + n.text())
                .containsExactly("* " + diagnostic.generalNote().orElseThrow(), "1.2 Formations réalisées au second semestre.");
        assertThat(diagnostic.sections().stream().filter(s -> s.commitment().equals("obj-1")).findFirst().orElseThrow().note())
                .isEmpty();
    }

    @Test
    void a_note_written_or_removed_against_a_version_changed_meanwhile_is_a_conflict_and_the_stored_note_stays() {
        Indicated at = contractWithText();
        DiagnosticNote mine = new DiagnosticNote(at.contract().id(), 2023, Optional.empty(), "Ma note", Provenance.ENTERED);
        DiagnosticNote stored = vss.indicators().writeNote(at.coordinator(), mine);
        assertThat(stored.version()).isEqualTo(1);

        assertThatThrownBy(() -> vss.indicators().writeNote(at.coordinator(), new DiagnosticNote(at.contract().id(), 2023,
                Optional.empty(), "Une autre note écrite sans voir la première", Provenance.ENTERED)))
                .as("a new note over one that exists").isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problems().getFirst().code()).isEqualTo("diagnostic.note.changed");
        DiagnosticNote theirs = vss.indicators().writeNote(at.coordinator(), new DiagnosticNote(at.contract().id(), 2023,
                Optional.empty(), "Leur note", Provenance.ENTERED, stored.version()));
        assertThat(theirs.version()).isEqualTo(2);
        assertThatThrownBy(() -> vss.indicators().writeNote(at.coordinator(), new DiagnosticNote(at.contract().id(), 2023,
                Optional.empty(), "Ma note corrigée", Provenance.ENTERED, stored.version())))
                .as("a second save against the version before").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> vss.indicators().removeNote(at.coordinator(), at.contract().id(), 2023, Optional.empty(),
                stored.version())).as("a removal against the version before").isInstanceOf(ConflictException.class);
        assertThat(vss.indicators().notes(at.coordinator(), at.contract().id(), 2023))
                .extracting(n -> n.text() + " v" + n.version()).containsExactly("Leur note v2");

        vss.indicators().removeNote(at.coordinator(), at.contract().id(), 2023, Optional.empty(), theirs.version());
        assertThat(vss.indicators().notes(at.coordinator(), at.contract().id(), 2023)).isEmpty();
        assertThatThrownBy(() -> vss.indicators().writeNote(at.coordinator(), theirs))
                .as("a save over a note removed meanwhile").isInstanceOf(ConflictException.class);
        vss.indicators().removeNote(at.coordinator(), at.contract().id(), 2023, Optional.empty(), theirs.version());
        assertThat(vss.indicators().notes(at.coordinator(), at.contract().id(), 2023)).as("removing nothing is nothing").isEmpty();
    }

    @Test
    void a_measurement_over_a_value_its_recorder_did_not_see_is_a_conflict_and_the_stored_value_stays() {
        Indicated at = contractWithText();
        Indicator trained = indicator(at, "1.2", "Professionnels formés", ValueKind.COUNT, Optional.empty());
        vss.indicators().record(at.coordinator(), new Measurement(trained.id(), Period.year(2024), java.math.BigDecimal.TEN,
                Provenance.ENTERED));

        assertThatThrownBy(() -> vss.indicators().record(at.coordinator(), new Measurement(trained.id(), Period.year(2024),
                java.math.BigDecimal.ONE, Provenance.ENTERED)))
                .as("a new value over one not seen").isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).problems().getFirst().code()).isEqualTo("indicator.measurement.changed");
        assertThatThrownBy(() -> vss.indicators().record(at.coordinator(), new Measurement(trained.id(), Period.year(2024),
                java.math.BigDecimal.ONE, Provenance.ENTERED), Optional.of(java.math.BigDecimal.valueOf(9))))
                .as("a replacement of a value that is not the stored one").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> vss.indicators().record(at.coordinator(), new Measurement(trained.id(), Period.year(2023),
                java.math.BigDecimal.ONE, Provenance.ENTERED), Optional.of(java.math.BigDecimal.TEN)))
                .as("a replacement of a value that nobody recorded").isInstanceOf(ConflictException.class);
        assertThat(vss.indicators().measurements(at.coordinator(), trained.id(), PageRequest.first(10)))
                .extracting(m -> m.period() + "=" + m.value().stripTrailingZeros().toPlainString()).containsExactly("2024=10");

        vss.indicators().record(at.coordinator(), new Measurement(trained.id(), Period.year(2024), java.math.BigDecimal.valueOf(11),
                Provenance.ENTERED), Optional.of(new java.math.BigDecimal("10.00")));
        assertThat(vss.indicators().measurement(at.coordinator(), trained.id(), Period.year(2024)).orElseThrow().value())
                .as("the value seen, compared as a number, is replaced").isEqualByComparingTo("11");
    }

    @Test
    void removing_a_contract_removes_its_indicators_measurements_and_notes() {
        Indicated at = contractWithText();
        io.github.clvss.core.indicator.DemoIndicators.addTo(vss.indicators(), at.coordinator(), at.territory(),
                at.contract().id(), CLOCK);
        var storage = io.github.clvss.core.internal.persistence.Persistence.open(database());

        storage.contracts().remove(at.contract().id());

        assertThat(storage.indicators().count(at.contract().id())).isZero();
        assertThat(storage.diagnosticNotes().of(at.contract().id(), 2023)).isEmpty();
    }

    @Test
    void a_contracts_indicators_are_removed_with_their_measurements_and_its_notes_read_back_by_year_general_first() {
        Indicated at = contractWithText();
        Indicated other = contractWithText();
        io.github.clvss.core.indicator.DemoIndicators.addTo(vss.indicators(), at.coordinator(), at.territory(),
                at.contract().id(), CLOCK);
        Indicator kept = indicator(other, "1.1", "Réunions", ValueKind.PUBLIC_COUNT, Optional.empty());
        vss.indicators().record(other.coordinator(), new Measurement(kept.id(), Period.year(2023), java.math.BigDecimal.ONE,
                Provenance.ENTERED));
        vss.indicators().writeNote(at.coordinator(), new DiagnosticNote(at.contract().id(), 2022, Optional.of("1.2"),
                "Avant le contrat.", Provenance.ENTERED));
        var storage = io.github.clvss.core.internal.persistence.Persistence.open(database());

        assertThat(storage.diagnosticNotes().all(at.contract().id()))
                .extracting(n -> n.year() + " " + n.commitment().orElse("*"))
                .containsExactly("2022 1.2", "2023 *", "2023 obj-1");
        storage.indicators().removeAll(at.contract().id());

        assertThat(storage.indicators().count(at.contract().id())).isZero();
        assertThat(storage.indicators().yearly(at.contract().id(), 2000, 2100)).isEmpty();
        assertThat(storage.diagnosticNotes().all(at.contract().id())).as("notes are removed on their own").hasSize(3);
        assertThat(storage.indicators().measurements(kept.id(), PageRequest.first(10))).hasSize(1);
        storage.diagnosticNotes().removeAll(at.contract().id());
        assertThat(storage.diagnosticNotes().all(at.contract().id())).isEmpty();
    }

    /** A new territory whose contract has the institution as a partner: it uses it too. */
    private TerritoryId anotherTerritoryUsing(Institution institution) {
        TerritoryId territory = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Contract contract = vss.contracts().create(system, Contract.draft(CLOCK, territory, "Contrat local",
                Optional.empty(), Optional.empty(), Provenance.ENTERED));
        vss.partners().add(system, io.github.clvss.core.partner.Partner.join(CLOCK, "system", territory, contract.id(),
                institution.id(), "Soins", List.of(), io.github.clvss.core.partner.PublicContact.NONE, Optional.empty(), true,
                Provenance.ENTERED));
        return territory;
    }

    @Test
    void an_entry_about_a_shared_institution_is_found_paged_in_sql_in_the_journal_of_every_territory_concerned() {
        var one = hospitalInANewTerritory();
        Institution hospital = vss.institutions().find(system, one.institution());
        TerritoryId two = anotherTerritoryUsing(hospital);
        TerritoryId outsider = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        TerritoryId unrelated = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Actor outsiderCoordinator = Fixtures.coordinatorOf(outsider);

        assertThatThrownBy(() -> vss.institutions().correct(outsiderCoordinator,
                hospital.correct("Renommé d’ailleurs", hospital.sector(), hospital.siret(), hospital.parent())))
                .isInstanceOf(AccessRefusedException.class);
        Institution current = hospital;
        for (String name : List.of("Hôpital A", "Hôpital B", "Hôpital C")) {
            current = vss.institutions().correct(system, current.correct(name, current.sector(), current.siret(), current.parent()));
        }

        JournalQuery corrections = JournalQuery.all().withAction("institution.correct");
        for (TerritoryId territory : List.of(one.territory(), two)) {
            assertThat(vss.auditTrail().count(system, corrections.withTerritory(territory))).isEqualTo(4);
            List<JournalEntry> first = vss.auditTrail().find(system, corrections.withTerritory(territory), PageRequest.first(3));
            List<JournalEntry> second = vss.auditTrail().find(system, corrections.withTerritory(territory),
                    PageRequest.first(3).next());
            List<JournalEntry> both = new java.util.ArrayList<>(first);
            both.addAll(second);
            assertThat(first).hasSize(3);
            assertThat(second).hasSize(1);
            assertThat(both).extracting(JournalEntry::id).doesNotHaveDuplicates();
            assertThat(both).allSatisfy(e -> assertThat(e.act().territories()).contains(one.territory(), two));
            assertThat(both).filteredOn(e -> e.outcome() == Outcome.REFUSED).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo(outsiderCoordinator.id());
                assertThat(e.act().territories()).containsExactlyInAnyOrder(one.territory(), two, outsider);
            });
        }
        assertThat(vss.auditTrail().find(system, corrections.withTerritory(outsider), PageRequest.first(5)))
                .singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.REFUSED));
        assertThat(vss.auditTrail().count(system, corrections.withTerritory(unrelated))).isZero();
        assertThat(vss.auditTrail().count(system, JournalQuery.territory(unrelated))).as("its registration only").isEqualTo(1);
    }

    @Test
    void the_database_refuses_to_update_or_delete_the_territories_of_a_journal_entry() throws SQLException {
        var partner = hospitalInANewTerritory();
        Institution hospital = vss.institutions().find(system, partner.institution());
        vss.institutions().correct(system, hospital.correct("Hôpital renommé", hospital.sector(), hospital.siret(),
                hospital.parent()));

        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update vss_journal_territory set territory_id = journal_id"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from vss_journal_territory"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(vss.auditTrail().count(system, JournalQuery.territory(partner.territory())
                .withAction("institution.correct"))).isEqualTo(1);
    }

    @Test
    void a_proposal_reads_back_with_every_value_and_proposals_list_by_territory_and_status_newest_first_paged_in_sql() {
        var partner = hospitalInANewTerritory();
        Institution hospital = vss.institutions().find(system, partner.institution());
        Institution group = vss.institutions().register(system, Institution.register(CLOCK, "Groupe hospitalier " + partner.territory(),
                Sector.HEALTH, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        TerritoryId elsewhere = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Actor coordinator = Fixtures.coordinatorOf(elsewhere);
        io.github.clvss.core.territory.Siret siret = siretWithCheck(partner.territory());

        var first = vss.institutions().propose(coordinator, elsewhere, hospital.correct("Hôpital proposé", Sector.SOCIAL,
                Optional.of(siret), Optional.of(group.id())));
        var second = vss.institutions().propose(coordinator, elsewhere, hospital.correct("Autre nom", hospital.sector(),
                hospital.siret(), hospital.parent()));
        var rejected = vss.institutions().reject(system, second.id(), second.version());

        List<io.github.clvss.core.institution.InstitutionProposal> both = new java.util.ArrayList<>(vss.institutions()
                .proposals(coordinator, Optional.of(elsewhere), Optional.empty(), PageRequest.first(1)));
        both.addAll(vss.institutions().proposals(coordinator, Optional.of(elsewhere), Optional.empty(),
                PageRequest.first(1).next()));
        assertThat(both).as("one per page, read back whole").containsExactlyInAnyOrder(rejected, first);
        assertThat(first.proposed().siret()).contains(siret);
        assertThat(first.proposed().parent()).contains(group.id());
        assertThat(first.proposed().version()).isEqualTo(hospital.version());
        assertThat(vss.institutions().proposals(system, Optional.empty(),
                Optional.of(io.github.clvss.core.institution.ProposalStatus.PENDING), PageRequest.first(500)))
                .contains(first).doesNotContain(rejected);
        assertThat(vss.institutions().countProposals(coordinator, Optional.of(elsewhere),
                Optional.of(io.github.clvss.core.institution.ProposalStatus.REJECTED))).isEqualTo(1);

        var accepted = vss.institutions().accept(system, first.id(), first.version());
        Institution applied = vss.institutions().find(system, hospital.id());
        assertThat(applied.name()).isEqualTo("Hôpital proposé");
        assertThat(applied.siret()).contains(siret);
        assertThat(applied.parent()).contains(group.id());
        assertThat(accepted.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(() -> vss.institutions().accept(system, first.id(), first.version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void an_institution_invited_to_a_territorys_meeting_is_used_by_that_territory_and_its_coordinator_alone_no_longer_corrects_it() {
        FollowedContract mine = followedContract();
        Institution guest = vss.institutions().register(system, Institution.register(CLOCK, "Ordre des avocats " + mine.territory(),
                Sector.JUSTICE, Optional.empty(), Optional.empty(), Provenance.ENTERED));
        TerritoryId other = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Actor otherCoordinator = Fixtures.coordinatorOf(other);
        assertThat(vss.institutions().mayCorrect(otherCoordinator, guest.id())).as("used by no territory yet").isTrue();

        vss.meetings().record(Fixtures.coordinatorOf(mine.territory()), io.github.clvss.core.followup.Meeting.plan(CLOCK,
                mine.territory(), mine.contract(), io.github.clvss.core.followup.MeetingKind.OTHER, "Réunion",
                java.time.LocalDateTime.of(2026, 12, 1, 18, 0), java.time.LocalDateTime.of(2026, 12, 1, 20, 0), Optional.empty(),
                List.of(), List.of(), List.of(guest.id()), Provenance.ENTERED));

        assertThat(vss.institutions().mayCorrect(otherCoordinator, guest.id())).isFalse();
        assertThat(vss.institutions().mayCorrect(Fixtures.coordinatorOf(mine.territory()), guest.id())).isTrue();
        assertThatThrownBy(() -> vss.institutions().correct(otherCoordinator, guest.correct("Barreau", guest.sector(),
                guest.siret(), guest.parent()))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_proposals_approvals_read_back_and_a_town_using_the_institution_lists_it_then_applies_it_by_approving_last() {
        var one = hospitalInANewTerritory();
        Institution hospital = vss.institutions().find(system, one.institution());
        TerritoryId two = anotherTerritoryUsing(hospital);
        Actor coordinatorOne = Fixtures.coordinatorOf(one.territory());

        var pending = vss.institutions().propose(Fixtures.coordinatorOf(two), two, hospital.correct("Hôpital commun",
                hospital.sector(), hospital.siret(), hospital.parent()));
        List<io.github.clvss.core.institution.InstitutionProposal> seen = vss.institutions().proposals(coordinatorOne,
                Optional.of(one.territory()), Optional.empty(), PageRequest.first(10));

        assertThat(seen).containsExactly(pending);
        assertThat(seen.getFirst().approvals()).singleElement().satisfies(a -> {
            assertThat(a.territory()).isEqualTo(two);
            assertThat(a.by()).isEqualTo(Fixtures.coordinatorOf(two).id());
            assertThat(a.at()).isEqualTo(CLOCK.instant());
        });
        var applied = vss.institutions().approve(coordinatorOne, one.territory(), pending.id(), pending.version());
        assertThat(vss.institutions().proposals(coordinatorOne, Optional.of(one.territory()), Optional.empty(),
                PageRequest.first(10))).containsExactly(applied);
        assertThat(applied.approvals()).extracting(a -> a.territory()).containsExactlyInAnyOrder(two, one.territory());
        assertThat(vss.institutions().find(system, hospital.id()).name()).isEqualTo("Hôpital commun");
    }

    @Test
    void scheduled_work_another_vss_on_the_same_database_holds_is_skipped_there_until_the_holder_ends() throws Exception {
        java.util.concurrent.ExecutorService holder = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Vss other = Vss.builder().dataSource(database()).secretsKey(KEY).clock(CLOCK).build()) {
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicInteger ranOnOther = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.Future<Boolean> held = holder.submit(() -> vss.scheduledWork().runAlone("suite-reminders", () -> {
                started.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(started.await(60, java.util.concurrent.TimeUnit.SECONDS)).as("the holder started").isTrue();

            boolean sameWork = other.scheduledWork().runAlone("suite-reminders", ranOnOther::incrementAndGet);
            boolean otherWork = other.scheduledWork().runAlone("suite-purge", ranOnOther::incrementAndGet);
            finish.countDown();

            assertThat(held.get(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(sameWork).as("held by the first vss").isFalse();
            assertThat(otherWork).as("another name is free").isTrue();
            assertThat(ranOnOther).hasValue(1);
            assertThat(other.scheduledWork().runAlone("suite-reminders", ranOnOther::incrementAndGet))
                    .as("free again once the holder's transaction ended").isTrue();
            assertThat(ranOnOther).hasValue(2);
        } finally {
            holder.shutdownNow();
        }
    }

    @Test
    void scheduled_work_that_fails_writes_nothing_and_frees_its_name() {
        TerritoryFacts facts = Fixtures.anotherCommune();

        assertThatThrownBy(() -> vss.scheduledWork().runAlone("suite-failing", () -> {
            vss.territories().register(system, facts, Provenance.ENTERED);
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(vss.territories().findByInseeCode(system, facts.inseeCode().orElseThrow())).isEmpty();
        assertThat(vss.scheduledWork().runAlone("suite-failing", () -> { })).isTrue();
    }

    private static io.github.clvss.core.territory.Siret siretWithCheck(TerritoryId seed) {
        String siren = Fixtures.sirenFor(26_920_000 + Math.abs(seed.hashCode() % 9_999)).value();
        for (int n = 0; n < 100_000; n++) {
            var parsed = io.github.clvss.core.territory.Siret.parse(siren + String.format("%05d", n), "$");
            if (parsed.isValid()) {
                return parsed.orElseThrow();
            }
        }
        throw new AssertionError("no SIRET for " + siren);
    }
}
