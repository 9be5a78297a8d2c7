package io.github.clvss.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.SignInAnswer.Reason;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInTest {

    private static final String RIGHT = "correct horse battery";
    private static final Optional<String> ADDRESS = Optional.of("203.0.113.7");

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final CountingPasswords passwords = new CountingPasswords(new Pbkdf2Passwords(1_000));
    private final Vss vss = Vss.builder().clock(clock).passwordHashing(passwords).build();
    private final Actor system = Actor.system();
    private final Actor administrator = Actor.user("admin-1", Grant.platformAdministrator());
    private final TerritoryId boulogne = vss.territories().register(system, Fixtures.boulogne(), Provenance.SEED).id();
    private final Account coordination = open("coordination", Grant.coordinator(boulogne));

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void thirty_wrong_passwords_are_checked_five_times_then_throttled_then_locked_and_every_one_is_journaled() {
        passwords.reset();
        List<Reason> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(refusal(vss.accounts().signIn(new Login("coordination"), ("guess number " + i).toCharArray(), ADDRESS)));
            clock.move(Duration.ofSeconds(1));
        }

        assertThat(answers.subList(0, 5)).containsOnly(Reason.WRONG_LOGIN_OR_PASSWORD);
        assertThat(answers.subList(5, 30)).containsOnly(Reason.TOO_MANY_ATTEMPTS);
        assertThat(passwords.checks.get()).as("passwords checked before the waits began").isEqualTo(5);
        assertThat(reasons(coordination)).containsExactly(
                "account.sign-in.failed x5", "account.sign-in.throttled x5", "account.sign-in.locked x20");
        assertThat(entries(JournalQuery.all().withAction("account.lock"))).singleElement().satisfies(lock -> {
            assertThat(lock.actor()).isEqualTo("system");
            assertThat(lock.act().recordType()).isEqualTo(AccountAdministration.SIGN_IN);
            assertThat(lock.act().recordId()).contains(coordination.id().toString());
        });
        assertThat(vss.accounts().lockedUntil(administrator, coordination.id()))
                .contains(Instant.parse("2026-11-27T09:00:09Z").plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_locked_account_is_refused_even_with_the_right_password_and_accepted_once_the_lockout_ends() {
        lockOut("coordination");
        passwords.reset();

        assertThat(refusal(vss.accounts().signIn(new Login("coordination"), RIGHT.toCharArray(), ADDRESS)))
                .isEqualTo(Reason.TOO_MANY_ATTEMPTS);
        assertThat(passwords.checks.get()).as("a locked sign-in checks no password").isZero();

        clock.move(Duration.ofMinutes(15));
        assertThat(vss.accounts().signIn(new Login("coordination"), RIGHT.toCharArray(), ADDRESS).account())
                .hasValueSatisfying(account -> assertThat(account.id()).isEqualTo(coordination.id()));
        assertThat(entries(JournalQuery.all().withAction("account.unlock"))).singleElement()
                .satisfies(unlock -> assertThat(unlock.actor()).isEqualTo("system"));
        assertThat(entries(JournalQuery.all().withAction("account.sign-in").withOutcome(Outcome.DONE))).singleElement()
                .satisfies(done -> assertThat(done.actor()).isEqualTo(coordination.id().toString()));
    }

    @Test
    void a_platform_administrator_unlocks_an_account_at_once_and_the_unlock_is_journaled() {
        lockOut("coordination");
        Actor coordinator = coordination.actor();

        assertThatThrownBy(() -> vss.accounts().unlock(coordinator, coordination.id())).isInstanceOf(AccessRefusedException.class);
        vss.accounts().unlock(administrator, coordination.id());

        assertThat(vss.accounts().lockedUntil(administrator, coordination.id())).isEmpty();
        assertThat(vss.accounts().signIn(new Login("coordination"), RIGHT.toCharArray(), Optional.empty()).account()).isPresent();
        assertThat(entries(JournalQuery.all().withAction("account.unlock")))
                .extracting(e -> e.actor() + " " + e.outcome() + " " + e.act().recordId().orElseThrow())
                .containsExactlyInAnyOrder(
                        "admin-1 DONE " + coordination.id(),
                        coordinator.id() + " REFUSED " + coordination.id());
    }

    @Test
    void every_attempt_not_refused_for_its_budget_checks_exactly_one_password_whether_the_login_exists_or_not() {
        Account disabled = open("desactive", Grant.observer(boulogne));
        vss.accounts().disable(system, disabled.id(), disabled.version());
        vss.accounts().open(system, Account.open(clock, new Login("sans.mot.de.passe"), "Sans mot de passe",
                Optional.empty(), Language.FR, Set.of(Grant.observer(boulogne))), Optional.empty());
        passwords.reset();

        for (String login : List.of("inconnu", "coordination", "desactive", "sans.mot.de.passe")) {
            int before = passwords.checks.get();
            assertThat(refusal(vss.accounts().signIn(new Login(login), "not the password".toCharArray(), Optional.empty())))
                    .isEqualTo(Reason.WRONG_LOGIN_OR_PASSWORD);
            assertThat(passwords.checks.get() - before).as("checks for " + login).isEqualTo(1);
        }
        int before = passwords.checks.get();
        assertThat(vss.accounts().signIn(new Login("coordination"), RIGHT.toCharArray(), Optional.empty()).account()).isPresent();
        assertThat(passwords.checks.get() - before).isEqualTo(1);
        assertThat(passwords.hashes.get()).as("the stand-in hash is made once").isEqualTo(1);
        assertThat(passwords.hashedLength).as("the stand-in is hashed like a real password").isGreaterThanOrEqualTo(Account.PASSWORD_MIN);
    }

    @Test
    void an_unknown_login_is_throttled_and_locked_exactly_like_a_known_one_and_is_never_written_down() {
        List<Reason> known = new ArrayList<>();
        List<Reason> unknown = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            known.add(refusal(vss.accounts().signIn(new Login("coordination"), "wrong password".toCharArray(), Optional.empty())));
            unknown.add(refusal(vss.accounts().signIn(new Login("personne.inconnue"), "wrong password".toCharArray(), Optional.empty())));
            clock.move(Duration.ofSeconds(3));
        }

        assertThat(unknown).isEqualTo(known);
        assertThat(known).contains(Reason.TOO_MANY_ATTEMPTS);
        List<JournalEntry> strangers = entries(JournalQuery.all().withRecordType(AccountAdministration.SIGN_IN))
                .stream().filter(e -> e.act().recordId().isEmpty()).toList();
        assertThat(strangers).hasSize(13).allSatisfy(e -> assertThat(e.toString()).doesNotContain("inconnue"));
        assertThat(strangers).extracting(e -> e.act().action()).contains("account.lock");
    }

    @Test
    void a_success_forgets_the_logins_refusals() {
        for (int i = 0; i < 4; i++) {
            vss.accounts().signIn(new Login("coordination"), "wrong password".toCharArray(), Optional.empty());
        }
        assertThat(vss.accounts().signIn(new Login("coordination"), RIGHT.toCharArray(), Optional.empty()).account()).isPresent();

        for (int i = 0; i < 4; i++) {
            assertThat(refusal(vss.accounts().signIn(new Login("coordination"), "wrong password".toCharArray(), Optional.empty())))
                    .isEqualTo(Reason.WRONG_LOGIN_OR_PASSWORD);
        }
    }

    @Test
    void one_address_trying_many_logins_spends_its_own_budget_and_is_locked_for_every_login() {
        try (Vss strict = Vss.builder().clock(clock).passwordHashing(passwords)
                .signInLimits(new SignInLimits(new SignInLimits.Budget(5, 10), new SignInLimits.Budget(3, 6),
                        Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1)))
                .build()) {
            strict.accounts().open(system, Account.open(clock, new Login("victime"), "Victime d’un balayage", Optional.empty(),
                    Language.FR, Set.of()), Optional.of(RIGHT.toCharArray()));
            List<Reason> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(refusal(strict.accounts().signIn(new Login("essai" + i), "password1234".toCharArray(), ADDRESS)));
                clock.move(Duration.ofSeconds(1));
            }

            assertThat(answers).containsExactly(Reason.WRONG_LOGIN_OR_PASSWORD, Reason.WRONG_LOGIN_OR_PASSWORD,
                    Reason.WRONG_LOGIN_OR_PASSWORD, Reason.TOO_MANY_ATTEMPTS, Reason.TOO_MANY_ATTEMPTS,
                    Reason.TOO_MANY_ATTEMPTS, Reason.TOO_MANY_ATTEMPTS, Reason.TOO_MANY_ATTEMPTS);
            assertThat(strict.accounts().signIn(new Login("victime"), RIGHT.toCharArray(), ADDRESS).account())
                    .as("the locked address, even with the right password").isEmpty();
            assertThat(strict.accounts().signIn(new Login("victime"), RIGHT.toCharArray(), Optional.of("198.51.100.1")).account())
                    .as("another address").isPresent();
            assertThat(strict.auditTrail().find(system, JournalQuery.all().withAction("address.lock"), PageRequest.first(5)))
                    .singleElement().satisfies(e -> assertThat(e.toString()).doesNotContain("203.0.113.7"));
        }
    }

    @Test
    void a_coordinator_reads_the_sign_ins_of_the_people_of_their_territory_only_and_filters_them_by_person() {
        TerritoryId elsewhere = vss.territories().register(system, Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Account other = open("ailleurs", Grant.coordinator(elsewhere));
        vss.accounts().signIn(new Login("coordination"), RIGHT.toCharArray(), Optional.empty());
        vss.accounts().signIn(new Login("coordination"), "wrong password".toCharArray(), Optional.empty());
        vss.accounts().signIn(new Login("ailleurs"), RIGHT.toCharArray(), Optional.empty());
        Actor coordinator = coordination.actor();

        List<JournalEntry> seen = vss.auditTrail().find(coordinator,
                JournalQuery.territory(boulogne).withRecordType(AccountAdministration.SIGN_IN), PageRequest.first(10));
        List<JournalEntry> byPerson = vss.auditTrail().find(coordinator,
                JournalQuery.territory(boulogne).withPerson(coordination.id().toString()), PageRequest.first(10));

        assertThat(seen).extracting(e -> e.outcome() + " " + e.act().recordId().orElseThrow())
                .containsExactlyInAnyOrder("DONE " + coordination.id(), "REFUSED " + coordination.id());
        assertThat(byPerson).extracting(e -> e.actor() + " " + e.outcome())
                .containsExactlyInAnyOrder(coordination.id() + " DONE", "anonymous REFUSED");
        assertThat(vss.auditTrail().find(administrator, JournalQuery.all().withRecordType(AccountAdministration.SIGN_IN),
                PageRequest.first(10))).extracting(e -> e.act().recordId().orElseThrow()).contains(other.id().toString());
    }

    @Test
    void the_wait_doubles_after_each_refusal_past_the_budget_up_to_its_longest() {
        SignInLimits limits = SignInLimits.DEFAULT;
        assertThat(List.of(4, 5, 6, 7, 9, 12, 40)).extracting(n -> limits.delay(n, limits.perLogin())).containsExactly(
                Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(32),
                Duration.ofMinutes(1), Duration.ofMinutes(1));
        assertThatThrownBy(() -> new SignInLimits.Budget(10, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private void lockOut(String login) {
        for (int i = 0; i < 10; i++) {
            vss.accounts().signIn(new Login(login), "wrong password".toCharArray(), ADDRESS);
        }
        assertThat(vss.accounts().lockedUntil(administrator, coordination.id())).isPresent();
    }

    /** The refusal reasons journaled for the account's sign-ins, oldest first, counted in runs. */
    private List<String> reasons(Account account) {
        List<JournalEntry> entries = new ArrayList<>(entries(JournalQuery.all().withAction("account.sign-in")
                .withOutcome(Outcome.REFUSED).withPerson(account.id().toString())));
        java.util.Collections.reverse(entries);
        List<String> runs = new ArrayList<>();
        String last = null;
        int count = 0;
        for (JournalEntry entry : entries) {
            String reason = entry.reason().orElseThrow();
            if (!reason.equals(last) && last != null) {
                runs.add(last + " x" + count);
                count = 0;
            }
            last = reason;
            count++;
        }
        runs.add(last + " x" + count);
        return runs;
    }

    private List<JournalEntry> entries(JournalQuery query) {
        return vss.auditTrail().find(system, query, PageRequest.first(100));
    }

    private static Reason refusal(SignInAnswer answer) {
        assertThat(answer).isInstanceOf(SignInAnswer.Refused.class);
        return ((SignInAnswer.Refused) answer).reason();
    }

    private Account open(String login, Grant grant) {
        return vss.accounts().open(system, Account.open(clock, new Login(login), "Personne " + login, Optional.empty(),
                Language.FR, Set.of(grant)), Optional.of(RIGHT.toCharArray()));
    }

    /** Counts the password checks and hashes, to prove every sign-in costs the same work. */
    private static final class CountingPasswords implements PasswordHashing {

        private final PasswordHashing real;
        final AtomicInteger checks = new AtomicInteger();
        final AtomicInteger hashes = new AtomicInteger();
        int hashedLength;

        CountingPasswords(PasswordHashing real) {
            this.real = real;
        }

        void reset() {
            checks.set(0);
            hashes.set(0);
        }

        @Override
        public String hash(char[] password) {
            hashes.incrementAndGet();
            hashedLength = password.length;
            return real.hash(password);
        }

        @Override
        public boolean matches(char[] password, String hash) {
            checks.incrementAndGet();
            return real.matches(password, hash);
        }
    }
}
