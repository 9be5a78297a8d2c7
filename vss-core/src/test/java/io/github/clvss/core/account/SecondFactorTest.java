package io.github.clvss.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.SignInAnswer.Reason;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    private static final String RIGHT = "correct horse battery";
    private static final Optional<String> ADDRESS = Optional.of("203.0.113.9");

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-27T09:00:10Z"));
    private final Vss vss = Vss.builder().clock(clock).passwordHashing(new Pbkdf2Passwords(1_000)).build();
    private final Actor system = Actor.system();
    private final Actor administrator = Actor.user("admin-2f", Grant.platformAdministrator());
    private final TerritoryId boulogne = vss.territories().register(system, Fixtures.boulogne(), Provenance.SEED).id();
    private final Account coordination = open("coordination", Grant.coordinator(boulogne));

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void an_enrolment_is_active_only_once_a_code_confirms_it_and_then_sign_in_asks_for_a_code() {
        Enrolment enrolment = vss.accounts().startSecondFactor(coordination.actor(), coordination.id(), "vss Boulogne");

        assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.uri()).isEqualTo("otpauth://totp/vss%20Boulogne:coordination?secret=" + enrolment.secret()
                + "&issuer=vss%20Boulogne&algorithm=SHA1&digits=6&period=30");
        assertThat(signIn()).as("not confirmed yet").isInstanceOf(SignInAnswer.Accepted.class);
        assertThatThrownBy(() -> vss.accounts().confirmSecondFactor(coordination.actor(), coordination.id(), "000000"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("account.second-factor.code.wrong");
        assertThat(signIn()).as("a wrong confirmation activates nothing").isInstanceOf(SignInAnswer.Accepted.class);
        assertThat(journal(JournalQuery.all().withAction("account.second-factor.enrol"))).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("account.second-factor.code.wrong"));

        List<String> recovery = vss.accounts().confirmSecondFactor(coordination.actor(), coordination.id(),
                codeNow(enrolment, 0));

        assertThat(recovery).hasSize(8).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(vss.accounts().secondFactor(coordination.actor(), coordination.id()))
                .isEqualTo(new AccountAdministration.SecondFactorState(true, 8));
        SignInAnswer first = signIn();
        assertThat(first).isInstanceOf(SignInAnswer.SecondFactorNeeded.class);
        assertThat(first.account()).as("not signed in after the password alone").isEmpty();
        clock.move(Duration.ofSeconds(30));
        assertThat(vss.accounts().confirmSignIn((SignInAnswer.SecondFactorNeeded) first, codeNow(enrolment, 0), ADDRESS).account())
                .map(Account::id).contains(coordination.id());
    }

    @Test
    void a_code_is_accepted_once_only_within_its_window() {
        Enrolment enrolment = enrol();
        clock.move(Duration.ofSeconds(60));
        String code = codeNow(enrolment, 0);

        assertThat(vss.accounts().confirmSignIn(needed(), code, ADDRESS)).isInstanceOf(SignInAnswer.Accepted.class);
        assertThat(vss.accounts().confirmSignIn(needed(), code, ADDRESS))
                .as("the same code again, in the same step").isEqualTo(new SignInAnswer.Refused(Reason.WRONG_CODE));
        assertThat(vss.accounts().confirmSignIn(needed(), codeNow(enrolment, -1), ADDRESS))
                .as("the previous step's code, older than the one used").isEqualTo(new SignInAnswer.Refused(Reason.WRONG_CODE));
        assertThat(vss.accounts().confirmSignIn(needed(), codeNow(enrolment, 1), ADDRESS))
                .as("the next step's code, for a telephone a little ahead").isInstanceOf(SignInAnswer.Accepted.class);
        clock.move(Duration.ofSeconds(120));
        assertThat(vss.accounts().confirmSignIn(needed(), codeNow(enrolment, -2), ADDRESS))
                .as("a code two steps old").isEqualTo(new SignInAnswer.Refused(Reason.WRONG_CODE));
    }

    @Test
    void wrong_codes_count_with_wrong_passwords_in_the_same_budget_and_a_locked_account_is_refused_with_the_right_code() {
        Enrolment enrolment = enrol();
        for (int i = 0; i < 3; i++) {
            assertThat(vss.accounts().signIn(new Login("coordination"), "wrong password".toCharArray(), ADDRESS))
                    .isEqualTo(new SignInAnswer.Refused(Reason.WRONG_LOGIN_OR_PASSWORD));
        }
        SignInAnswer.SecondFactorNeeded first = needed();
        List<SignInAnswer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(vss.accounts().confirmSignIn(first, "12345" + i, ADDRESS));
        }

        assertThat(answers.subList(0, 2)).containsOnly(new SignInAnswer.Refused(Reason.WRONG_CODE));
        assertThat(answers.subList(2, 8)).containsOnly(new SignInAnswer.Refused(Reason.TOO_MANY_ATTEMPTS));
        clock.move(Duration.ofSeconds(30));
        assertThat(vss.accounts().confirmSignIn(first, codeNow(enrolment, 0), ADDRESS))
                .as("the right code while locked").isEqualTo(new SignInAnswer.Refused(Reason.TOO_MANY_ATTEMPTS));
        assertThat(vss.accounts().lockedUntil(administrator, coordination.id())).isPresent();
        assertThat(journal(JournalQuery.all().withOutcome(Outcome.REFUSED).withPerson("anonymous")))
                .extracting(e -> e.reason().orElseThrow())
                .containsExactlyInAnyOrder(
                        AccountAdministration.FAILED, AccountAdministration.FAILED, AccountAdministration.FAILED,
                        AccountAdministration.WRONG_CODE, AccountAdministration.WRONG_CODE,
                        AccountAdministration.THROTTLED, AccountAdministration.THROTTLED, AccountAdministration.THROTTLED,
                        AccountAdministration.THROTTLED, AccountAdministration.THROTTLED,
                        AccountAdministration.LOCKED, AccountAdministration.LOCKED);
    }

    @Test
    void a_recovery_code_signs_in_once_and_is_used_up() {
        List<String> recovery = confirm(vss.accounts().startSecondFactor(coordination.actor(), coordination.id(), "vss"));

        assertThat(vss.accounts().confirmSignIn(needed(), recovery.get(3).toUpperCase(), ADDRESS))
                .isInstanceOf(SignInAnswer.Accepted.class);
        assertThat(vss.accounts().confirmSignIn(needed(), recovery.get(3), ADDRESS))
                .isEqualTo(new SignInAnswer.Refused(Reason.WRONG_CODE));
        assertThat(vss.accounts().secondFactor(coordination.actor(), coordination.id()).recoveryCodesLeft()).isEqualTo(7);
    }

    @Test
    void the_second_step_expires_after_five_minutes() {
        Enrolment enrolment = enrol();
        SignInAnswer.SecondFactorNeeded first = needed();
        clock.move(Duration.ofMinutes(5));

        assertThat(vss.accounts().confirmSignIn(first, codeNow(enrolment, 0), ADDRESS))
                .isEqualTo(new SignInAnswer.Refused(Reason.EXPIRED));
    }

    @Test
    void an_administrator_removes_a_persons_second_factor_and_the_journal_never_holds_a_secret_or_a_code() {
        Enrolment enrolment = vss.accounts().startSecondFactor(coordination.actor(), coordination.id(), "vss");
        String firstCode = codeNow(enrolment, 0);
        List<String> recovery = vss.accounts().confirmSecondFactor(coordination.actor(), coordination.id(), firstCode);
        Actor otherCoordinator = Fixtures.coordinatorOf(boulogne);

        assertThatThrownBy(() -> vss.accounts().removeSecondFactor(otherCoordinator, coordination.id()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.accounts().startSecondFactor(coordination.actor(), coordination.id(), "vss"))
                .as("a second enrolment over an active one").isInstanceOf(InvalidInputException.class);
        vss.accounts().removeSecondFactor(administrator, coordination.id());

        assertThat(signIn()).isInstanceOf(SignInAnswer.Accepted.class);
        assertThat(vss.accounts().secondFactor(administrator, coordination.id()).active()).isFalse();
        assertThat(journal(JournalQuery.all().withRecordType(AccountAdministration.SIGN_IN)))
                .extracting(e -> e.act().action() + " " + e.outcome())
                .contains("account.second-factor.start DONE", "account.second-factor.enrol DONE",
                        "account.second-factor.remove REFUSED", "account.second-factor.remove DONE");
        List<String> everything = journal(JournalQuery.all()).stream().map(JournalEntry::toString).toList();
        assertThat(everything).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContain(enrolment.secret()).doesNotContain(firstCode).doesNotContain(recovery.getFirst()));
    }

    @Test
    void only_coordinators_and_administrators_enrol_and_only_for_themselves() {
        Account partner = open("partenaire", Grant.partner(boulogne, PartnerId.next(clock)));

        assertThatThrownBy(() -> vss.accounts().startSecondFactor(partner.actor(), partner.id(), "vss"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.accounts().startSecondFactor(administrator, coordination.id(), "vss"))
                .as("an administrator for someone else").isInstanceOf(AccessRefusedException.class);
        assertThat(journal(JournalQuery.all().withAction("account.second-factor.start").withOutcome(Outcome.REFUSED)))
                .hasSize(2);
    }

    private Enrolment enrol() {
        Enrolment enrolment = vss.accounts().startSecondFactor(coordination.actor(), coordination.id(), "vss");
        confirm(enrolment);
        return enrolment;
    }

    private List<String> confirm(Enrolment enrolment) {
        return vss.accounts().confirmSecondFactor(coordination.actor(), coordination.id(), codeNow(enrolment, 0));
    }

    private SignInAnswer signIn() {
        return vss.accounts().signIn(new Login("coordination"), RIGHT.toCharArray(), ADDRESS);
    }

    private SignInAnswer.SecondFactorNeeded needed() {
        return (SignInAnswer.SecondFactorNeeded) signIn();
    }

    /** What the person's authenticator shows now, or {@code steps} steps of 30 s away. */
    private String codeNow(Enrolment enrolment, int steps) {
        return Totp.code(Totp.fromBase32(enrolment.secret()), Totp.step(clock.instant()) + steps);
    }

    private List<JournalEntry> journal(JournalQuery query) {
        return vss.auditTrail().find(system, query, new PageRequest(0, PageRequest.MAX_LIMIT));
    }

    private Account open(String login, Grant grant) {
        return vss.accounts().open(system, Account.open(clock, new Login(login), "Personne " + login, Optional.empty(),
                Language.FR, Set.of(grant)), Optional.of(RIGHT.toCharArray()));
    }
}
