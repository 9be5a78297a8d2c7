package io.github.clvss.core.access;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.shared.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private final TerritoryId boulogne = TerritoryId.next(CLOCK);
    private final TerritoryId nanterre = TerritoryId.next(CLOCK);

    @Test
    void a_coordinator_reads_and_changes_their_territory_only() {
        Actor coordinator = Actor.user("c1", Grant.coordinator(boulogne));

        assertThat(AccessPolicy.readTerritory(coordinator, boulogne).isAllowed()).isTrue();
        assertThat(AccessPolicy.changeTerritory(coordinator, boulogne).isAllowed()).isTrue();
        assertThat(AccessPolicy.readTerritory(coordinator, nanterre))
                .isEqualTo(new AccessDecision.Refused(AccessPolicy.NOT_GRANTED));
        assertThat(AccessPolicy.changeTerritory(coordinator, nanterre))
                .isEqualTo(new AccessDecision.Refused(AccessPolicy.NOT_GRANTED));
    }

    @Test
    void an_observer_reads_and_is_told_they_are_read_only_when_they_write() {
        Actor observer = Actor.user("o1", Grant.observer(boulogne));

        assertThat(AccessPolicy.readTerritory(observer, boulogne).isAllowed()).isTrue();
        assertThat(AccessPolicy.changeTerritory(observer, boulogne))
                .isEqualTo(new AccessDecision.Refused(AccessPolicy.READ_ONLY));
    }

    @Test
    void a_partner_user_may_not_change_the_territorys_own_records() {
        Actor partner = Actor.user("p1", Grant.partner(boulogne, PartnerId.next(CLOCK)));

        assertThat(AccessPolicy.readTerritory(partner, boulogne).isAllowed()).isTrue();
        assertThat(AccessPolicy.changeTerritory(partner, boulogne))
                .isEqualTo(new AccessDecision.Refused(AccessPolicy.PARTNER_ONLY));
    }

    @Test
    void only_a_platform_administrator_registers_territories_and_reads_the_whole_journal() {
        assertThat(AccessPolicy.administerPlatform(Actor.system()).isAllowed()).isTrue();
        assertThat(AccessPolicy.administerPlatform(Actor.user("c1", Grant.coordinator(boulogne))))
                .isEqualTo(new AccessDecision.Refused(AccessPolicy.PLATFORM_ONLY));
        assertThat(AccessPolicy.readJournal(Actor.user("o1", Grant.observer(boulogne)), boulogne))
                .isEqualTo(new AccessDecision.Refused(AccessPolicy.COORDINATOR_ONLY));
    }

    @Test
    void shared_institutions_are_changed_by_coordinators_of_any_territory_but_not_by_observers() {
        assertThat(AccessPolicy.changeShared(Actor.user("c2", Grant.coordinator(nanterre))).isAllowed()).isTrue();
        assertThat(AccessPolicy.changeShared(Actor.user("o1", Grant.observer(boulogne))))
                .isEqualTo(new AccessDecision.Refused(AccessPolicy.COORDINATOR_ONLY));
        assertThat(AccessPolicy.readShared(Actor.user("nobody")))
                .isEqualTo(new AccessDecision.Refused(AccessPolicy.NOT_GRANTED));
    }

    @Test
    void a_grant_names_a_territory_exactly_when_its_role_needs_one() {
        assertThatThrownBy(() -> new Grant(Role.COORDINATOR, Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Grant(Role.OBSERVER, Optional.of(boulogne), Optional.of(PartnerId.next(CLOCK))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_actor_id_may_not_look_like_a_name_or_an_email_address() {
        assertThatThrownBy(() -> Actor.user("Marie Dupont")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Actor.user("marie@example.org")).isInstanceOf(InvalidInputException.class);
        assertThat(Actor.user("account:0192f3a1").id()).isEqualTo("account:0192f3a1");
    }
}
