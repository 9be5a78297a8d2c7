package io.github.clvss.core.account;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountAdministrationTest {

    private final Vss vss = Vss.builder().clock(CLOCK).passwordHashing(new Pbkdf2Passwords(1_000)).build();
    private final Actor system = Actor.system();
    private final TerritoryId boulogne = vss.territories().register(system, Fixtures.boulogne(), Provenance.SEED).id();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_person_signs_in_with_their_password_and_acts_with_their_grants() {
        Account opened = open("coordination.boulogne", Grant.coordinator(boulogne));

        Optional<Account> signedIn = vss.accounts().signIn(Login.parse("Coordination.Boulogne", "login").orElseThrow(), "correct horse battery".toCharArray());

        assertThat(signedIn).hasValueSatisfying(account -> {
            assertThat(account.id()).isEqualTo(opened.id());
            assertThat(account.actor().holds(io.github.clvss.core.access.Role.COORDINATOR, boulogne)).isTrue();
        });
        assertThat(opened.passwordHash()).hasValueSatisfying(hash -> assertThat(hash)
                .startsWith("pbkdf2-sha256$1000$").doesNotContain("correct horse"));
    }

    @Test
    void a_wrong_password_or_a_disabled_account_cannot_sign_in_and_both_attempts_are_journaled_without_the_login() {
        Account opened = open("observateur", Grant.observer(boulogne));
        assertThat(vss.accounts().signIn(new Login("observateur"), "wrong password!".toCharArray())).isEmpty();

        vss.accounts().disable(system, opened.id(), opened.version());
        assertThat(vss.accounts().signIn(new Login("observateur"), "correct horse battery".toCharArray())).isEmpty();

        List<JournalEntry> attempts = vss.auditTrail().find(system,
                JournalQuery.all().withActor("anonymous"), PageRequest.first(10));
        assertThat(attempts).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.act().action()).isEqualTo("account.sign-in");
            assertThat(entry.act().recordId()).contains(opened.id().toString());
            assertThat(entry.reason()).contains("account.sign-in.failed");
            assertThat(entry.toString()).doesNotContain("observateur");
        });
    }

    @Test
    void the_people_of_a_territorys_journal_are_searched_by_name_or_login_and_paged_by_login() {
        open("coordination.boulogne", Grant.coordinator(boulogne));
        open("observateur.un", Grant.observer(boulogne));
        open("observateur.deux", Grant.observer(boulogne));
        Actor coordinator = Actor.user("c", Grant.coordinator(boulogne));

        assertThat(vss.accounts().people(coordinator, Optional.of(boulogne), Optional.of("OBSERV"), new PageRequest(0, 1)))
                .extracting(p -> p.login().value()).containsExactly("observateur.deux");
        assertThat(vss.accounts().people(coordinator, Optional.of(boulogne), Optional.of("observ"), new PageRequest(1, 5)))
                .extracting(p -> p.login().value()).containsExactly("observateur.un");
        assertThat(vss.accounts().people(coordinator, Optional.of(boulogne), Optional.empty(), PageRequest.first(10)))
                .hasSize(3);
    }

    @Test
    void only_a_platform_administrator_opens_accounts() {
        Actor coordinator = Actor.user("c1", Grant.coordinator(boulogne));

        assertThatThrownBy(() -> vss.accounts().open(coordinator, account("someone", Set.of()), Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_batch_of_accounts_opens_all_or_none_and_names_each_taken_login_by_position() {
        open("deja.pris", Grant.observer(boulogne));
        List<AccountAdministration.Opening> batch = List.of(
                new AccountAdministration.Opening(account("nouveau.un", Set.of()), Optional.empty()),
                new AccountAdministration.Opening(account("deja.pris", Set.of()), Optional.empty()),
                new AccountAdministration.Opening(account("nouveau.un", Set.of()), Optional.empty()));

        assertThatThrownBy(() -> vss.accounts().openAll(system, batch))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().stream().map(p -> p.path().orElseThrow()).toList())
                .isEqualTo(List.of("[1].login", "[2].login"));
        assertThat(vss.accounts().count(system, Optional.empty())).isEqualTo(1);
    }

    @Test
    void grants_are_added_and_removed_against_the_version_read() {
        Account account = open("partenaire", Grant.observer(boulogne));

        Account granted = vss.accounts().grant(system, account.id(), account.version(), Grant.coordinator(boulogne));
        Account revoked = vss.accounts().revoke(system, account.id(), granted.version(), Grant.observer(boulogne));

        assertThat(revoked.grants()).containsExactly(Grant.coordinator(boulogne));
        assertThat(vss.accounts().find(system, account.id()).grants()).containsExactly(Grant.coordinator(boulogne));
        assertThatThrownBy(() -> vss.accounts().grant(system, account.id(), account.version(), Grant.observer(boulogne)))
                .isInstanceOf(io.github.clvss.core.shared.ConflictException.class);
    }

    @Test
    void a_person_changes_their_own_password_but_not_someone_elses_and_short_passwords_are_refused() {
        Account me = open("moi", Grant.observer(boulogne));
        Account other = open("autre", Grant.observer(boulogne));

        Account changed = vss.accounts().setPassword(me.actor(), me.id(), me.version(), "a much longer secret".toCharArray());
        assertThat(vss.accounts().signIn(new Login("moi"), "a much longer secret".toCharArray())).isPresent();
        assertThatThrownBy(() -> vss.accounts().setPassword(me.actor(), other.id(), other.version(), "another long secret".toCharArray()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.accounts().setPassword(me.actor(), me.id(), changed.version(), "short".toCharArray()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().getFirst().code()).isEqualTo("password.too-short");
    }

    @Test
    void a_second_administrators_reset_against_the_version_before_the_first_is_refused_and_the_first_password_stays() {
        Account shown = open("reset", Grant.observer(boulogne));

        Account first = vss.accounts().setPassword(system, shown.id(), shown.version(), "the first new secret".toCharArray());

        assertThatThrownBy(() -> vss.accounts().setPassword(system, shown.id(), shown.version(),
                "the second new secret".toCharArray()))
                .isInstanceOf(io.github.clvss.core.shared.ConflictException.class)
                .extracting(e -> ((io.github.clvss.core.shared.ConflictException) e).problems().getFirst().code())
                .isEqualTo("record.changed");
        assertThat(vss.accounts().signIn(new Login("reset"), "the first new secret".toCharArray())).isPresent();
        assertThat(vss.accounts().signIn(new Login("reset"), "the second new secret".toCharArray())).isEmpty();
        assertThat(first.version()).isEqualTo(shown.version() + 1);
        Account granted = vss.accounts().grant(system, shown.id(), first.version(), Grant.coordinator(boulogne));
        assertThatThrownBy(() -> vss.accounts().setPassword(system, shown.id(), first.version(),
                "a reset over a grant".toCharArray()))
                .as("a change of grants meanwhile refuses the reset too").isInstanceOf(io.github.clvss.core.shared.ConflictException.class);
        assertThat(vss.accounts().setPassword(system, shown.id(), granted.version(), "a reset after reload".toCharArray())
                .grants()).contains(Grant.coordinator(boulogne));
    }

    @Test
    void the_first_administrator_is_opened_only_on_an_installation_without_accounts() {
        Account first = Account.open(CLOCK, new Login("admin"), "Administration", Optional.empty(), Language.FR,
                Set.of(Grant.platformAdministrator()));
        Account second = Account.open(CLOCK, new Login("admin2"), "Administration", Optional.empty(), Language.FR,
                Set.of(Grant.platformAdministrator()));

        assertThat(vss.accounts().openFirstAdministrator(first, "first admin password".toCharArray())).isPresent();
        assertThat(vss.accounts().openFirstAdministrator(second, "second admin password".toCharArray())).isEmpty();
        assertThat(vss.accounts().count(system, Optional.empty())).isEqualTo(1);
    }

    @Test
    void an_administrator_cannot_disable_themself() {
        Account admin = open("admin", Grant.platformAdministrator());

        assertThatThrownBy(() -> vss.accounts().disable(admin.actor(), admin.id(), admin.version()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(Problem.general("account.disable.self"));
    }

    @Test
    void logins_and_email_addresses_are_checked_and_normalised() {
        assertThat(Login.parse("  Marie.Curie@Ville.FR ", "$").orElseThrow().value()).isEqualTo("marie.curie@ville.fr");
        assertThat(Login.parse("a b", "$.login").problems()).extracting(Problem::code).containsExactly("login.format");
        assertThat(io.github.clvss.core.shared.EmailAddress.parse("pas une adresse", "$").problems())
                .extracting(Problem::code).containsExactly("email.format");
    }

    private Account open(String login, Grant grant) {
        return vss.accounts().open(system, account(login, Set.of(grant)), Optional.of("correct horse battery".toCharArray()));
    }

    private static Account account(String login, Set<Grant> grants) {
        return Account.open(CLOCK, new Login(login), "Personne " + login, Optional.empty(), Language.FR, grants);
    }
}
