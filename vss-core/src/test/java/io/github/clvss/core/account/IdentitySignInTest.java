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
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdentitySignInTest {

    private static final String ISSUER = "https://identite.example/proconnect";
    private static final Optional<String> ADDRESS = Optional.of("203.0.113.20");

    private final Vss vss = Vss.builder().clock(Fixtures.CLOCK).passwordHashing(new Pbkdf2Passwords(1_000)).build();
    private final Actor system = Actor.system();
    private final Actor administrator = Actor.user("admin-oidc", Grant.platformAdministrator());
    private final TerritoryId boulogne = vss.territories().register(system, Fixtures.boulogne(), Provenance.SEED).id();
    private final Account coordination = open("coordination", "coordination@boulogne.example");

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_linked_identity_signs_in_as_its_account_whatever_its_email() {
        vss.accounts().linkIdentity(administrator, coordination.id(), ISSUER, "sub-42");

        SignInAnswer answer = vss.accounts().signInWith(identity("sub-42", "quelquun@ailleurs.example", true), ADDRESS, false);

        assertThat(answer.account()).map(Account::id).contains(coordination.id());
        assertThat(journal(JournalQuery.all().withAction("account.identity.link"))).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(administrator.id()));
        assertThatThrownBy(() -> vss.accounts().linkIdentity(administrator, open("autre", "autre@x.example").id(), ISSUER, "sub-42"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> vss.accounts().linkIdentity(Fixtures.coordinatorOf(boulogne), coordination.id(), ISSUER, "x"))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void an_unknown_identity_is_refused_and_journaled_without_its_subject_or_email() {
        SignInAnswer answer = vss.accounts().signInWith(identity("sub-inconnu", "coordination@boulogne.example", true),
                ADDRESS, false);

        assertThat(answer).as("the e-mail matches but linking by e-mail is off")
                .isEqualTo(new SignInAnswer.Refused(Reason.UNKNOWN_IDENTITY));
        assertThat(journal(JournalQuery.all().withOutcome(Outcome.REFUSED))).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains(AccountAdministration.UNKNOWN_IDENTITY);
            assertThat(e.toString()).doesNotContain("sub-inconnu").doesNotContain("coordination@");
        });
    }

    @Test
    void with_linking_by_email_allowed_a_verified_matching_email_links_the_account_for_good() {
        SignInAnswer first = vss.accounts().signInWith(identity("sub-7", "coordination@boulogne.example", true), ADDRESS, true);

        assertThat(first.account()).map(Account::id).contains(coordination.id());
        assertThat(vss.accounts().signInWith(identity("sub-7", "nouvelle@boulogne.example", true), ADDRESS, false).account())
                .as("the link, now stored").map(Account::id).contains(coordination.id());
        assertThat(vss.accounts().signInWith(identity("sub-8", "coordination@boulogne.example", true), ADDRESS, true))
                .as("another subject of the same provider with the same e-mail")
                .isEqualTo(new SignInAnswer.Refused(Reason.UNKNOWN_IDENTITY));
        assertThat(journal(JournalQuery.all().withAction("account.identity.link"))).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("system"));
    }

    @Test
    void an_email_the_provider_says_is_unverified_or_shared_by_two_accounts_links_nothing() {
        open("jumeau", "partage@boulogne.example");
        open("jumelle", "partage@boulogne.example");

        assertThat(vss.accounts().signInWith(identity("sub-1", "coordination@boulogne.example", false), ADDRESS, true))
                .isEqualTo(new SignInAnswer.Refused(Reason.UNKNOWN_IDENTITY));
        assertThat(vss.accounts().signInWith(identity("sub-2", "partage@boulogne.example", true), ADDRESS, true))
                .isEqualTo(new SignInAnswer.Refused(Reason.UNKNOWN_IDENTITY));
    }

    @Test
    void a_locked_account_is_refused_through_the_identity_provider_too() {
        vss.accounts().linkIdentity(administrator, coordination.id(), ISSUER, "sub-42");
        for (int i = 0; i < 10; i++) {
            vss.accounts().signIn(new Login("coordination"), "wrong password".toCharArray(), Optional.empty());
        }

        assertThat(vss.accounts().signInWith(identity("sub-42", "coordination@boulogne.example", true), ADDRESS, false))
                .isEqualTo(new SignInAnswer.Refused(Reason.TOO_MANY_ATTEMPTS));
    }

    @Test
    void an_administrator_sees_an_accounts_identities_and_unlinks_one_which_then_opens_nothing() {
        vss.accounts().linkIdentity(administrator, coordination.id(), ISSUER, "sub-42");
        vss.accounts().linkIdentity(administrator, coordination.id(), "https://autre.example", "sub-9");

        assertThat(vss.accounts().identities(administrator, coordination.id()))
                .extracting(LinkedIdentity::issuer, LinkedIdentity::subject)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ISSUER, "sub-42"),
                        org.assertj.core.groups.Tuple.tuple("https://autre.example", "sub-9"));
        vss.accounts().unlinkIdentity(administrator, coordination.id(), ISSUER, "sub-42");

        assertThat(vss.accounts().identities(administrator, coordination.id())).extracting(LinkedIdentity::subject)
                .containsExactly("sub-9");
        assertThat(vss.accounts().signInWith(identity("sub-42", "x@ailleurs.example", true), ADDRESS, false))
                .isEqualTo(new SignInAnswer.Refused(Reason.UNKNOWN_IDENTITY));
        assertThatThrownBy(() -> vss.accounts().unlinkIdentity(administrator, coordination.id(), ISSUER, "sub-42"))
                .isInstanceOf(io.github.clvss.core.shared.NotFoundException.class);
        assertThat(journal(JournalQuery.all().withAction("account.identity.unlink").withOutcome(Outcome.DONE)))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(administrator.id());
                    assertThat(e.toString()).doesNotContain("sub-42");
                });
        assertThat(journal(JournalQuery.all().withAction("account.identity.read"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain("sub-9"));
    }

    @Test
    void a_link_without_a_subject_or_with_a_too_long_one_is_refused_on_its_field() {
        assertThatThrownBy(() -> vss.accounts().linkIdentity(administrator, coordination.id(), ISSUER, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(p -> assertThat(p.path()).contains("subject")));
        assertThatThrownBy(() -> vss.accounts().linkIdentity(administrator, coordination.id(), "", "x".repeat(256)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.path().orElseThrow()).containsExactly("issuer", "subject"));
        assertThat(vss.accounts().identities(administrator, coordination.id())).isEmpty();
    }

    @Test
    void a_coordinator_can_neither_see_nor_unlink_identities_and_the_attempts_are_journaled() {
        vss.accounts().linkIdentity(administrator, coordination.id(), ISSUER, "sub-42");
        Actor coordinator = Fixtures.coordinatorOf(boulogne);

        assertThatThrownBy(() -> vss.accounts().identities(coordinator, coordination.id()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.accounts().unlinkIdentity(coordinator, coordination.id(), ISSUER, "sub-42"))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(journal(JournalQuery.all().withOutcome(Outcome.REFUSED))).hasSize(2);
        assertThat(vss.accounts().identities(administrator, coordination.id())).hasSize(1);
    }

    @Test
    void an_untrusted_answer_of_the_provider_is_refused_journaled_and_counted_in_the_address_budget() {
        SignInAnswer answer = vss.accounts().refuseUntrustedIdentity(ADDRESS);

        assertThat(answer).isEqualTo(new SignInAnswer.Refused(Reason.UNKNOWN_IDENTITY));
        assertThat(journal(JournalQuery.all().withOutcome(Outcome.REFUSED))).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains(AccountAdministration.UNTRUSTED_IDENTITY));
        SignInAnswer later = answer;
        for (int i = 0; i < 60 && later.equals(answer); i++) {
            later = vss.accounts().refuseUntrustedIdentity(ADDRESS);
        }
        assertThat(later).as("the address runs out of its budget").isEqualTo(new SignInAnswer.Refused(Reason.TOO_MANY_ATTEMPTS));
    }

    private static ExternalIdentity identity(String subject, String email, boolean verified) {
        return new ExternalIdentity(ISSUER, subject, Optional.of(new EmailAddress(email)), Optional.of(verified));
    }

    private List<JournalEntry> journal(JournalQuery query) {
        return vss.auditTrail().find(system, query, new PageRequest(0, PageRequest.MAX_LIMIT));
    }

    private Account open(String login, String email) {
        return vss.accounts().open(system, Account.open(Fixtures.CLOCK, new Login(login), "Personne " + login,
                Optional.of(new EmailAddress(email)), Language.FR, Set.of(Grant.coordinator(boulogne))),
                Optional.of("correct horse battery".toCharArray()));
    }
}
