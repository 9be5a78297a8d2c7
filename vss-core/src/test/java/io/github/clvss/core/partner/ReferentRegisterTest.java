package io.github.clvss.core.partner;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReferentRegisterTest {

    private final Vss vss = Vss.inMemory(CLOCK);
    private final PartnerFixture fixture = new PartnerFixture(vss);
    private final Actor hospitalUser = Actor.user("hospital-user", Grant.partner(fixture.boulogne, fixture.hospital.id()));

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_partner_user_appoints_their_own_referents_and_is_refused_another_partners_in_the_service() {
        Referent own = vss.referents().appoint(hospitalUser, appoint(fixture.hospital, "Claire Martin (démo)", true));

        assertThat(own.version()).isEqualTo(1);
        assertThatThrownBy(() -> vss.referents().appoint(hospitalUser, appoint(fixture.police, "Paul Durand (démo)", true)))
                .isInstanceOf(AccessRefusedException.class)
                .extracting(e -> ((AccessRefusedException) e).problems().getFirst().code())
                .isEqualTo(AccessPolicy.PARTNER_ONLY);
        Referent police = vss.referents().appoint(Actor.system(), appoint(fixture.police, "Paul Durand (démo)", true));
        assertThatThrownBy(() -> vss.referents().correct(hospitalUser, police.id(), police.version(),
                PartnerFixture.details("Autre nom"), Optional.empty(), Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(vss.auditTrail().count(Actor.system(), JournalQuery.territory(fixture.boulogne)
                .withOutcome(io.github.clvss.core.journal.Outcome.REFUSED))).isEqualTo(2);
    }

    @Test
    void replacing_a_referent_ends_the_former_one_and_keeps_the_history() {
        Referent former = vss.referents().appoint(Actor.system(), appoint(fixture.hospital, "Claire Martin (démo)", true));

        Referent successor = vss.referents().replace(hospitalUser, former.id(), former.version(),
                PartnerFixture.details("Sophie Bernard (démo)"), LocalDate.of(2026, 11, 1));

        assertThat(successor.main()).isTrue();
        List<Referent> current = vss.referents().list(Actor.system(), ReferentQuery.current(fixture.boulogne), PageRequest.first(10));
        assertThat(current).extracting(r -> r.details().orElseThrow().name()).containsExactly("Sophie Bernard (démo)");
        List<Referent> all = vss.referents().list(Actor.system(), ReferentQuery.current(fixture.boulogne).withHistory(),
                PageRequest.first(10));
        assertThat(all).hasSize(2);
        assertThat(vss.referents().export(Actor.system(), former.id()).until()).contains(LocalDate.of(2026, 10, 31));
    }

    @Test
    void one_main_contact_per_partner() {
        Referent first = vss.referents().appoint(Actor.system(), appoint(fixture.hospital, "Claire Martin (démo)", true));
        Referent second = vss.referents().appoint(Actor.system(), appoint(fixture.hospital, "Sophie Bernard (démo)", false));

        vss.referents().makeMain(hospitalUser, second.id(), second.version());

        assertThat(vss.referents().export(Actor.system(), first.id()).main()).isFalse();
        assertThat(vss.referents().export(Actor.system(), second.id()).main()).isTrue();
    }

    @Test
    void every_read_and_every_export_is_journaled_the_coordinators_too() {
        Referent referent = vss.referents().appoint(Actor.system(), appoint(fixture.hospital, "Claire Martin (démo)", true));
        Actor coordinator = Fixtures.coordinatorOf(fixture.boulogne);

        vss.referents().list(coordinator, ReferentQuery.current(fixture.boulogne), PageRequest.first(10));
        vss.referents().list(hospitalUser, ReferentQuery.current(fixture.boulogne), PageRequest.first(10));
        vss.referents().export(coordinator, referent.id());

        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.territory(fixture.boulogne).withRecordType("referent"),
                PageRequest.first(20))).extracting(e -> e.actor() + " " + e.act().action())
                .contains("hospital-user referent.list", coordinator.id() + " referent.list", coordinator.id() + " referent.export");
    }

    @Test
    void an_erased_referent_is_a_former_referent_and_nothing_else() {
        Referent referent = vss.referents().appoint(Actor.system(), appoint(fixture.hospital, "Claire Martin (démo)", true));
        Actor coordinator = Fixtures.coordinatorOf(fixture.boulogne);

        assertThatThrownBy(() -> vss.referents().erase(hospitalUser, referent.id())).isInstanceOf(AccessRefusedException.class);
        Referent erased = vss.referents().erase(coordinator, referent.id());

        assertThat(erased.isErased()).isTrue();
        assertThat(erased.details()).isEmpty();
        assertThat(vss.referents().list(coordinator, ReferentQuery.current(fixture.boulogne), PageRequest.first(10))).isEmpty();
        assertThat(vss.referents().list(coordinator, ReferentQuery.current(fixture.boulogne).withHistory(), PageRequest.first(10)))
                .singleElement().satisfies(r -> assertThat(r.isErased()).isTrue());
        assertThatThrownBy(() -> vss.referents().correct(coordinator, erased.id(), erased.version(),
                PartnerFixture.details("Retour"), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void referents_are_searched_in_sql_by_name_or_function_and_by_partner() {
        vss.referents().appoint(Actor.system(), appoint(fixture.hospital, "Claire Martin (démo)", true));
        vss.referents().appoint(Actor.system(), appoint(fixture.police, "Paul Durand (démo)", true));

        assertThat(vss.referents().list(Actor.system(), ReferentQuery.current(fixture.boulogne).containing("durand"),
                PageRequest.first(10))).extracting(r -> r.details().orElseThrow().name()).containsExactly("Paul Durand (démo)");
        assertThat(vss.referents().count(Actor.system(), ReferentQuery.current(fixture.boulogne).of(fixture.hospital.id())))
                .isEqualTo(1);
    }

    private static Referent appoint(Partner partner, String name, boolean main) {
        return Referent.appoint(CLOCK, partner.id(), partner.territory(), PartnerFixture.details(name),
                Optional.of(LocalDate.of(2023, 6, 1)), main, Provenance.DEMO);
    }
}
