package io.github.clvss.core.resource;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.DepartmentCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResourceRegistryTest {

    private final Vss vss = Vss.inMemory(CLOCK);
    private final TerritoryId boulogne = vss.territories().register(Actor.system(), Fixtures.boulogne(), Provenance.SEED).id();
    private final TerritoryId elsewhere = vss.territories().register(Actor.system(), Fixtures.anotherCommune(), Provenance.SEED).id();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_national_numbers_ship_with_vss() {
        List<Resource> serving = vss.resources().serving(Actor.system(), boulogne, PageRequest.first(50));

        assertThat(serving).extracting(r -> r.phone().or(r::sms).map(PhoneNumber::value).or(r::web).orElseThrow())
                .containsExactlyInAnyOrder("15", "17", "112", "114", "3919", "119", "3977", "116006", "115",
                        "https://arretonslesviolences.gouv.fr");
        assertThat(serving).allSatisfy(r -> {
            assertThat(r.scope()).isEqualTo(ResourceScope.NATIONAL);
            assertThat(r.description(Language.EN)).isNotBlank();
        });
    }

    @Test
    void a_territory_sees_the_national_its_departments_and_its_own_resources_only() {
        Actor coordinator = Fixtures.coordinatorOf(boulogne);
        vss.resources().addAll(coordinator, List.of(
                local(boulogne, "92", "Permanence du CIDFF à l’hôtel de ville"),
                departmental("92", "Accueil de jour départemental")));
        vss.resources().addAll(Actor.system(), List.of(local(elsewhere, "01", "Service d’une autre commune")));

        assertThat(vss.resources().serving(coordinator, boulogne, PageRequest.first(50))).extracting(Resource::name)
                .contains("Permanence du CIDFF à l’hôtel de ville", "Accueil de jour départemental")
                .doesNotContain("Service d’une autre commune");
        assertThat(vss.resources().countServing(coordinator, boulogne)).isEqualTo(12);
    }

    @Test
    void only_administrators_change_national_resources_and_a_coordinator_only_their_territorys() {
        Actor coordinator = Fixtures.coordinatorOf(boulogne);
        Resource national = vss.resources().serving(Actor.system(), boulogne, PageRequest.first(1)).getFirst();

        assertThatThrownBy(() -> vss.resources().confirm(coordinator, national.id(), national.version()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vss.resources().addAll(coordinator, List.of(local(elsewhere, "01", "Ailleurs"))))
                .isInstanceOf(AccessRefusedException.class);
        Resource confirmed = vss.resources().confirm(Actor.system(), national.id(), national.version());
        assertThat(confirmed.verified().at()).isEqualTo(CLOCK.instant());
    }

    @Test
    void adding_the_shipped_national_resources_without_an_actor_cannot_add_to_a_territory() {
        long before = vss.resources().countServing(Actor.system(), boulogne);

        assertThatThrownBy(() -> vss.resources().ensureNational(List.of(local(boulogne, "92", "Ajout sans droit"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(vss.resources().countServing(Actor.system(), boulogne)).isEqualTo(before);
    }

    @Test
    void a_resource_needs_a_french_description_a_way_to_reach_it_and_its_place() {
        assertThatThrownBy(() -> new Resource(ResourceId.next(CLOCK), 0, ResourceScope.LOCAL, Optional.empty(), Optional.empty(),
                ResourceKind.OTHER, "Sans rien", Map.of(Language.EN, "Nothing"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, false, Set.of(),
                Verification.now(CLOCK, "system"), Provenance.ENTERED))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().stream().map(p -> p.code()).toList())
                .isEqualTo(List.of("resource.description.french", "resource.scope.place", "resource.unreachable"));
    }

    static Resource local(TerritoryId territory, String department, String name) {
        return new Resource(ResourceId.next(CLOCK), 0, ResourceScope.LOCAL, Optional.of(new DepartmentCode(department)),
                Optional.of(territory), ResourceKind.LEGAL, name, Map.of(Language.FR, "Information juridique"),
                Optional.of(new PhoneNumber("+33141101010")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, false, Set.of(Audience.VICTIMS),
                Verification.now(CLOCK, "system"), Provenance.ENTERED);
    }

    static Resource departmental(String department, String name) {
        return new Resource(ResourceId.next(CLOCK), 0, ResourceScope.DEPARTMENTAL, Optional.of(new DepartmentCode(department)),
                Optional.empty(), ResourceKind.ACCOMMODATION, name, Map.of(Language.FR, "Accueil de jour"),
                Optional.empty(), Optional.empty(), Optional.of("https://exemple.fr"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, false, Set.of(Audience.VICTIMS), Verification.now(CLOCK, "system"),
                Provenance.ENTERED);
    }
}
