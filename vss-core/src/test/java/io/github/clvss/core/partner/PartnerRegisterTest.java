package io.github.clvss.core.partner;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Verification;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PartnerRegisterTest {

    private final Vss vss = Vss.inMemory(CLOCK);
    private final PartnerFixture fixture = new PartnerFixture(vss);

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_contracts_partners_are_listed_by_institution_name_and_an_institution_joins_once() {
        assertThat(vss.partners().list(Actor.system(), fixture.contract.id(), PageRequest.first(10)))
                .extracting(Partner::id).containsExactly(fixture.hospital.id(), fixture.police.id());
        assertThatThrownBy(() -> vss.partners().add(Actor.system(), Partner.join(CLOCK, "system", fixture.boulogne,
                fixture.contract.id(), fixture.hospital.institution(), "Encore", List.of(), PublicContact.NONE,
                Optional.empty(), false, io.github.clvss.core.shared.Provenance.ENTERED)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void renaming_an_institution_moves_its_partner_to_its_new_place_in_the_contracts_list() {
        var institution = vss.institutions().find(Actor.system(), fixture.hospital.institution());
        vss.institutions().correct(Actor.system(), institution.correct("Zone hospitalière", institution.sector(),
                institution.siret(), institution.parent()));

        assertThat(vss.partners().list(Actor.system(), fixture.contract.id(), PageRequest.first(10)))
                .extracting(Partner::id).containsExactly(fixture.police.id(), fixture.hospital.id());
        assertThat(vss.partners().list(Actor.system(), fixture.contract.id(), new PageRequest(1, 10).after(fixture.police.id().value())))
                .extracting(Partner::id).containsExactly(fixture.hospital.id());
    }

    @Test
    void asking_a_partner_to_confirm_notifies_its_users_who_confirm_and_the_record_is_fresh_again() {
        Account hospitalUser = vss.accounts().open(Actor.system(), Account.open(CLOCK, new Login("hopital"), "Hôpital",
                Optional.empty(), Language.FR, Set.of(Grant.partner(fixture.boulogne, fixture.hospital.id()))), Optional.empty());
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(200));
        assertThat(fixture.hospital.verified().isStale(later, Verification.DEFAULT_VALIDITY)).isTrue();

        int notified = vss.partners().requestConfirmation(Fixtures.coordinatorOf(fixture.boulogne), fixture.hospital.id());
        Partner confirmed = vss.partners().confirm(hospitalUser.actor(), fixture.hospital.id(), fixture.hospital.version());

        assertThat(notified).isEqualTo(1);
        assertThat(vss.notifier().mine(hospitalUser.actor(), PageRequest.first(5)))
                .extracting(n -> n.code()).containsExactly("notification.confirm-partner");
        assertThat(confirmed.verified().by()).isEqualTo(hospitalUser.id().toString());
        assertThat(confirmed.verified().isStale(CLOCK, Period.ofMonths(6))).isFalse();
    }

    @Test
    void a_partner_user_corrects_their_partner_but_not_another_and_an_observer_corrects_nothing() {
        Actor hospitalUser = Actor.user("hospital-user", Grant.partner(fixture.boulogne, fixture.hospital.id()));

        Partner corrected = vss.partners().correct(hospitalUser, new Partner(fixture.hospital.id(), fixture.hospital.version(),
                fixture.boulogne, fixture.contract.id(), fixture.hospital.institution(), "Nouveau rôle", List.of(),
                PublicContact.NONE, Optional.empty(), true, fixture.hospital.verified(), fixture.hospital.provenance()));

        assertThat(corrected.role()).isEqualTo("Nouveau rôle");
        assertThat(corrected.verified().by()).isEqualTo("hospital-user");
        assertThatThrownBy(() -> vss.partners().confirm(hospitalUser, fixture.police.id(), fixture.police.version()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.partners().confirm(Fixtures.observerOf(fixture.boulogne), fixture.police.id(),
                fixture.police.version())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_partner_contact_refuses_a_script_or_data_address_on_its_web_field() {
        for (String address : List.of("javascript:alert(1)", "data:text/html,x", "vbscript:x")) {
            assertThatThrownBy(() -> new PublicContact(Optional.empty(), Optional.empty(), Optional.of(address), Optional.empty()))
                    .isInstanceOfSatisfying(io.github.clvss.core.shared.InvalidInputException.class, refused ->
                            assertThat(refused.problems()).extracting(p -> p.code() + " " + p.path().orElseThrow())
                                    .containsExactly("web.invalid web"));
        }
        assertThat(new PublicContact(Optional.empty(), Optional.empty(), Optional.of("https://ville.example"), Optional.empty())
                .web()).contains("https://ville.example");
    }
}
