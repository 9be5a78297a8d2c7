package io.github.clvss.core;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Check (5) of the fifteen: every read, write and export of personal data — the référents', the
 * accounts' — made by the actor entitled to it is journaled, naming the record (or, for a
 * listing, the territory), and the journal holds no content: no name, email address, phone
 * number or login, in any of its columns. Every method of the services that keep personal data
 * is either a case below or listed as touching none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataJournalTest {

    /** The services that keep personal data, as {@link Vss} names them. */
    private static final Set<String> PERSONAL_DATA_SERVICES = Set.of("referents", "referentsCsv", "accounts", "accountsCsv");

    /** Their methods that read, write or export no stored personal data. */
    private static final Map<String, String> NO_PERSONAL_DATA = Map.of(
            "referents.count", "a number",
            "accounts.count", "a number",
            "referentsCsv.read", "reads the file being imported and the partners' names, no stored référent",
            "accountsCsv.read", "reads the file being imported and the territories, no stored account");

    private final FullDemo demo = new FullDemo();
    private final Actor coordinator = demo.coordinator();
    private final Actor administrator = demo.administrator();
    private final List<String> personalData = new ArrayList<>();
    private final Map<String, Case> cases = new LinkedHashMap<>();

    /**
     * One call by its rightful actor, and what the journal must say of it.
     *
     * @param actor who calls
     * @param action the journal's action
     * @param call makes the call and gives the record id the entry must name, or empty for a
     *     listing (the entry then names Boulogne, for the référents)
     */
    private record Case(Actor actor, String action, Supplier<Optional<String>> call) {
    }

    PersonalDataJournalTest() {
        PageRequest.readAll(page -> demo.vss.referents().list(Actor.system(), ReferentQuery.current(demo.boulogne).withHistory(),
                page), x -> x.id().value()).forEach(this::remember);
        remember(demo.coordinatorAccount);
        remember(demo.administratorAccount);

        // référents, by Boulogne's coordinator
        add("referents.appoint", coordinator, "referent.appoint", () -> id(demo.vss.referents().appoint(coordinator,
                newReferent("Aline Appoint", "+33199001201", "aline.appoint@demo.example"))));
        add("referents.appointAll", coordinator, "referent.appoint", () -> id(demo.vss.referents().appointAll(coordinator,
                List.of(newReferent("Basile Batch", "+33199001202", "basile.batch@demo.example"))).getFirst()));
        add("referentsCsv.appoint", coordinator, "referent.appoint", () -> id(demo.vss.referentsCsv().appoint(coordinator,
                List.of(new CsvImport.Line<>(2, newReferent("Céline Csv", "+33199001203", "celine.csv@demo.example"))))
                .getFirst()));
        add("referents.correct", coordinator, "referent.correct", () -> {
            Referent r = fresh("Denis Correct", "+33199001204", "denis.correct@demo.example");
            return id(demo.vss.referents().correct(coordinator, r.id(), r.version(),
                    details("Denise Corrigée", "+33199001205", "denise.corrigee@demo.example"), r.from(), r.until()));
        });
        add("referents.replace", coordinator, "referent.replace", () -> {
            Referent r = fresh("Émile Replaced", "+33199001206", "emile.replaced@demo.example");
            demo.vss.referents().replace(coordinator, r.id(), r.version(),
                    details("Fanny Successor", "+33199001207", "fanny.successor@demo.example"), LocalDate.of(2026, 12, 1));
            return Optional.of(r.id().toString());
        });
        add("referents.end", coordinator, "referent.end", () -> {
            Referent r = fresh("Gaston End", "+33199001208", "gaston.end@demo.example");
            return id(demo.vss.referents().end(coordinator, r.id(), r.version(), LocalDate.of(2026, 12, 31)));
        });
        add("referents.makeMain", coordinator, "referent.main", () -> {
            Referent r = fresh("Hélène Main", "+33199001209", "helene.main@demo.example");
            return id(demo.vss.referents().makeMain(coordinator, r.id(), r.version()));
        });
        add("referents.export", coordinator, "referent.export", () -> id(demo.vss.referents().export(coordinator,
                demo.referent.id())));
        add("referents.erase", coordinator, "referent.erase", () -> id(demo.vss.referents().erase(coordinator,
                fresh("Inès Erased", "+33199001210", "ines.erased@demo.example").id())));
        add("referents.list", coordinator, "referent.list", () -> {
            assertThat(demo.vss.referents().list(coordinator, ReferentQuery.current(demo.boulogne), PageRequest.first(50))).isNotEmpty();
            return Optional.empty();
        });
        add("referents.exportEach", coordinator, "referent.export-list", () -> {
            List<Referent> read = new ArrayList<>();
            demo.vss.referents().exportEach(coordinator, ReferentQuery.current(demo.boulogne), read::add);
            assertThat(read).isNotEmpty();
            return Optional.empty();
        });
        add("referentsCsv.export", coordinator, "referent.export-list", () -> {
            java.io.StringWriter csv = new java.io.StringWriter();
            demo.vss.referentsCsv().export(coordinator, ReferentQuery.current(demo.boulogne), csv);
            assertThat(csv.toString()).isNotBlank();
            return Optional.empty();
        });
        // exports that carry référents (or representatives) among other things
        add("contractFiles.export", coordinator, "contractfile.export", () -> {
            demo.vss.contractFiles().export(coordinator, demo.boulogne);
            return Optional.of(demo.boulogne.toString());
        });
        add("documents.directory", coordinator, "document.directory", () -> {
            demo.vss.documents().directory(coordinator, demo.contract.id(), Language.FR);
            return Optional.of(demo.contract.id().toString());
        });
        add("documents.signatureSheet", coordinator, "document.signatures", () -> {
            demo.vss.documents().signatureSheet(coordinator, demo.contract.id(), Language.FR);
            return Optional.of(demo.contract.id().toString());
        });

        // accounts, by a platform administrator
        add("accounts.open", administrator, "account.open", () -> id(demo.vss.accounts().open(administrator,
                account("jeanne.open", "Jeanne Open", "jeanne.open@demo.example"), Optional.of("un mot de passe solide".toCharArray()))));
        add("accounts.openAll", administrator, "account.open", () -> id(demo.vss.accounts().openAll(administrator,
                List.of(new AccountAdministration.Opening(account("karim.batch", "Karim Batch", "karim.batch@demo.example"),
                        Optional.empty()))).getFirst()));
        add("accountsCsv.open", administrator, "account.open", () -> id(demo.vss.accountsCsv().open(administrator,
                List.of(new CsvImport.Line<>(2, new AccountAdministration.Opening(account("lea.csv", "Léa Csv",
                        "lea.csv@demo.example"), Optional.empty())))).orElseThrow().getFirst()));
        add("accounts.find", administrator, "account.read", () -> id(demo.vss.accounts().find(administrator,
                demo.coordinatorAccount.id())));
        add("accounts.list", administrator, "account.list", () -> {
            assertThat(demo.vss.accounts().list(administrator, Optional.empty(), PageRequest.first(50))).isNotEmpty();
            return Optional.empty();
        });
        add("accounts.people", administrator, "account.names", () -> {
            assertThat(demo.vss.accounts().people(administrator, Optional.of(demo.boulogne))).isNotEmpty();
            return Optional.empty();
        });
        add("accounts.lockedUntil", administrator, "account.read", () -> {
            assertThat(demo.vss.accounts().lockedUntil(administrator, demo.coordinatorAccount.id())).isEmpty();
            return Optional.of(demo.coordinatorAccount.id().toString());
        });
        add("accounts.unlock", administrator, "account.unlock", () -> {
            demo.vss.accounts().unlock(administrator, demo.coordinatorAccount.id());
            return Optional.of(demo.coordinatorAccount.id().toString());
        });
        add("accounts.displayNames", administrator, "account.names", () -> {
            assertThat(demo.vss.accounts().displayNames(administrator, List.of(demo.coordinatorAccount.id()))).hasSize(1);
            return Optional.of(demo.coordinatorAccount.id().toString());
        });
        add("accounts.idOf", administrator, "account.names", () -> Optional.of(demo.vss.accounts().idOf(administrator,
                demo.coordinatorAccount.login()).orElseThrow().toString()));
        add("accounts.setPassword", administrator, "account.password", () -> {
            Account a = opened("marc.password", "Marc Password", "marc.password@demo.example");
            return id(demo.vss.accounts().setPassword(administrator, a.id(), a.version(), "un autre mot de passe".toCharArray()));
        });
        add("accounts.disable", administrator, "account.disable", () -> {
            Account a = opened("nina.disable", "Nina Disable", "nina.disable@demo.example");
            return id(demo.vss.accounts().disable(administrator, a.id(), a.version()));
        });
        add("accounts.enable", administrator, "account.enable", () -> {
            Account a = opened("oscar.enable", "Oscar Enable", "oscar.enable@demo.example");
            Account disabled = demo.vss.accounts().disable(Actor.system(), a.id(), a.version());
            return id(demo.vss.accounts().enable(administrator, a.id(), disabled.version()));
        });
        add("accounts.grant", administrator, "account.grant", () -> {
            Account a = opened("paula.grant", "Paula Grant", "paula.grant@demo.example");
            return id(demo.vss.accounts().grant(administrator, a.id(), a.version(), Grant.observer(demo.boulogne)));
        });
        // second factor and identity links: by the person for their own factor, by an administrator otherwise
        Account enrolling = opened("rose.enrol", "Rose Enrol", "rose.enrol@demo.example");
        add("accounts.startSecondFactor", enrolling.actor(), "account.second-factor.start", () -> {
            demo.vss.accounts().startSecondFactor(enrolling.actor(), enrolling.id(), "vss");
            return Optional.of(enrolling.id().toString());
        });
        Account confirming = opened("simon.confirm", "Simon Confirm", "simon.confirm@demo.example");
        add("accounts.confirmSecondFactor", confirming.actor(), "account.second-factor.enrol", () -> {
            String secret = demo.vss.accounts().startSecondFactor(confirming.actor(), confirming.id(), "vss").secret();
            demo.vss.accounts().confirmSecondFactor(confirming.actor(), confirming.id(), AuthenticatorApp.code(secret, CLOCK.instant()));
            return Optional.of(confirming.id().toString());
        });
        add("accounts.secondFactor", administrator, "account.second-factor.read", () -> {
            assertThat(demo.vss.accounts().secondFactor(administrator, confirming.id()).active()).isTrue();
            return Optional.of(confirming.id().toString());
        });
        add("accounts.removeSecondFactor", administrator, "account.second-factor.remove", () -> {
            demo.vss.accounts().removeSecondFactor(administrator, enrolling.id());
            return Optional.of(enrolling.id().toString());
        });
        add("accounts.linkIdentity", administrator, "account.identity.link", () -> {
            demo.vss.accounts().linkIdentity(administrator, enrolling.id(), "https://fournisseur.example", "sujet-rose");
            return Optional.of(enrolling.id().toString());
        });
        add("accounts.identities", administrator, "account.identity.read", () -> {
            assertThat(demo.vss.accounts().identities(administrator, enrolling.id())).isNotEmpty();
            return Optional.of(enrolling.id().toString());
        });
        add("accounts.unlinkIdentity", administrator, "account.identity.unlink", () -> {
            demo.vss.accounts().linkIdentity(Actor.system(), enrolling.id(), "https://fournisseur.example", "sujet-iris");
            demo.vss.accounts().unlinkIdentity(administrator, enrolling.id(), "https://fournisseur.example", "sujet-iris");
            return Optional.of(enrolling.id().toString());
        });
        add("accounts.unlinkIdentities", administrator, "account.identity.unlink", () -> {
            demo.vss.accounts().unlinkIdentities(administrator, enrolling.id());
            return Optional.of(enrolling.id().toString());
        });
        add("accounts.revoke", administrator, "account.revoke", () -> {
            Account a = opened("quentin.revoke", "Quentin Revoke", "quentin.revoke@demo.example");
            return id(demo.vss.accounts().revoke(administrator, a.id(), a.version(), Grant.coordinator(demo.boulogne)));
        });
    }

    /** What each case journaled, once all ran. */
    private final Map<String, Ran> ran = new LinkedHashMap<>();

    /**
     * @param record the record the journal must name, or empty for a listing
     * @param journaled the entries the call added for its actor, done
     */
    private record Ran(Optional<String> record, List<JournalEntry> journaled) {
    }

    @BeforeAll
    void runEveryCase() {
        cases.forEach((method, c) -> {
            Set<JournalEntry> before = done(c.actor());
            Optional<String> record = c.call().get();
            ran.put(method, new Ran(record, done(c.actor()).stream().filter(e -> !before.contains(e)).toList()));
        });
    }

    @AfterAll
    void close() {
        demo.close();
    }

    @Test
    void every_method_of_the_services_keeping_personal_data_is_a_case_or_touches_none() {
        Set<String> methods = new TreeSet<>();
        for (Method accessor : Vss.class.getMethods()) {
            if (!PERSONAL_DATA_SERVICES.contains(accessor.getName()) || accessor.getParameterCount() != 0) {
                continue;
            }
            for (Method method : accessor.getReturnType().getMethods()) {
                if (method.getDeclaringClass() == accessor.getReturnType() && !Modifier.isStatic(method.getModifiers())
                        && method.getParameterCount() > 0 && method.getParameterTypes()[0] == Actor.class) {
                    methods.add(accessor.getName() + "." + method.getName());
                }
            }
        }

        Set<String> covered = new TreeSet<>(cases.keySet());
        covered.addAll(NO_PERSONAL_DATA.keySet());
        assertThat(covered).containsAll(methods);
    }

    @TestFactory
    Stream<DynamicTest> each_read_write_and_export_of_personal_data_by_its_rightful_actor_is_journaled() {
        return cases.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Case c = entry.getValue();
            Optional<String> record = ran.get(entry.getKey()).record();
            List<JournalEntry> added = ran.get(entry.getKey()).journaled().stream()
                    .filter(e -> e.act().action().equals(c.action())).toList();
            assertThat(added).as("%s journaled as %s", entry.getKey(), c.action()).isNotEmpty();
            if (record.isPresent()) {
                assertThat(added).as("the record named by the journal for %s", entry.getKey())
                        .anySatisfy(e -> assertThat(e.act().recordId()).contains(record.get()));
            } else if (c.actor().equals(coordinator)) {
                assertThat(added).as("the territory named by the journal for %s", entry.getKey())
                        .anySatisfy(e -> assertThat(e.act().territory()).contains(demo.boulogne));
            }
        }));
    }

    @Test
    void no_column_of_the_journal_holds_a_name_an_email_address_a_phone_number_or_a_login() {
        List<List<String>> rows = demo.journalRows();

        assertThat(rows).hasSizeGreaterThan(cases.size());
        for (List<String> row : rows) {
            String line = String.join(" | ", row).toLowerCase(Locale.ROOT);
            for (String value : personalData) {
                assertThat(line).as("a journal row").doesNotContain(value.toLowerCase(Locale.ROOT));
            }
        }
        assertThat(personalData).contains("Camille Lefèvre (démo)", "camille.lefevre@demo.example", "+33199001101",
                "Aline Appoint", "coordination.boulogne", "Dominique Coordination");
    }

    private void add(String method, Actor actor, String action, Supplier<Optional<String>> call) {
        cases.put(method, new Case(actor, action, call));
    }

    private Set<JournalEntry> done(Actor actor) {
        return Set.copyOf(PageRequest.readAll(page -> demo.vss.auditTrail().find(Actor.system(),
                JournalQuery.all().withActor(actor.id()).withOutcome(Outcome.DONE), page), JournalEntry::id));
    }

    /** A new référent of the demo référent's partner, remembered as personal data. */
    private Referent newReferent(String name, String phone, String email) {
        return Referent.appoint(CLOCK, demo.referent.partner(), demo.boulogne, details(name, phone, email), Optional.empty(),
                false, Provenance.ENTERED);
    }

    /** A référent appointed by the installation, to be changed by the case. */
    private Referent fresh(String name, String phone, String email) {
        return demo.vss.referents().appoint(Actor.system(), newReferent(name, phone, email));
    }

    private ReferentDetails details(String name, String phone, String email) {
        personalData.addAll(List.of(name, phone, email));
        return new ReferentDetails(name, "Référente violences", Optional.of(new PhoneNumber(phone)),
                Optional.of(new EmailAddress(email)), Optional.empty());
    }

    private Account account(String login, String name, String email) {
        personalData.addAll(List.of(login, name, email));
        return Account.open(CLOCK, new Login(login), name, Optional.of(new EmailAddress(email)),
                Language.FR, Set.of(Grant.coordinator(demo.boulogne)));
    }

    /** An account opened by the installation, to be changed by the case. */
    private Account opened(String login, String name, String email) {
        return demo.vss.accounts().open(Actor.system(), account(login, name, email), Optional.empty());
    }

    private void remember(Referent referent) {
        referent.details().ifPresent(d -> {
            personalData.add(d.name());
            d.phone().ifPresent(p -> personalData.addAll(List.of(p.value(), p.display())));
            d.email().ifPresent(e -> personalData.add(e.value()));
        });
    }

    private void remember(Account account) {
        personalData.addAll(List.of(account.login().value(), account.displayName()));
        account.email().ifPresent(e -> personalData.add(e.value()));
    }

    private static Optional<String> id(Referent referent) {
        return Optional.of(referent.id().toString());
    }

    private static Optional<String> id(Account account) {
        return Optional.of(account.id().toString());
    }
}
