package io.github.clvss.core.territory;

import static io.github.clvss.core.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TerritoryWarningsTest {

    private final Vss vss = Vss.inMemory(CLOCK);

    @AfterEach
    void close() {
        vss.close();
    }

    private static TerritoryFacts boulogneWithSiren(String siren) {
        TerritoryFacts b = Fixtures.boulogne();
        return new TerritoryFacts(b.kind(), b.name(), b.inseeCode(), b.department(), new Siren(siren), b.siret(),
                b.population(), b.timeZone());
    }

    @Test
    void a_commune_whose_siren_does_not_follow_its_insee_code_gets_a_warning_and_is_still_registered() {
        TerritoryFacts communeNouvelle = boulogneWithSiren("200054781");

        assertThat(vss.territories().warnings(communeNouvelle)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.code()).isEqualTo("territory.siren.insee");
            assertThat(p.path()).contains("territory.siren");
        });
        Territory registered = vss.territories().register(Actor.system(), communeNouvelle, Provenance.ENTERED);
        assertThat(registered.facts().siren()).isEqualTo(new Siren("200054781"));
    }

    @Test
    void a_commune_whose_siren_follows_its_insee_code_gets_no_warning() {
        assertThat(vss.territories().warnings(Fixtures.boulogne())).isEmpty();
    }

    @Test
    void a_correction_to_a_mismatching_siren_is_accepted_and_warned_about() {
        Territory stored = vss.territories().register(Actor.system(), Fixtures.boulogne(), Provenance.ENTERED);
        TerritoryFacts corrected = boulogneWithSiren("200054781");

        Territory after = vss.territories().correct(Actor.system(), stored.id(), stored.version(), corrected);

        assertThat(after.facts().siren().value()).isEqualTo("200054781");
        assertThat(vss.territories().warnings(after.facts())).extracting(Problem::code).containsExactly("territory.siren.insee");
    }

    @Test
    void an_epci_has_no_insee_code_so_no_siren_warning() {
        TerritoryFacts epci = new TerritoryFacts(TerritoryKind.EPCI, "Grand Paris Seine Ouest", Optional.empty(),
                new DepartmentCode("92"), new Siren("200057966"), Optional.empty(), Optional.empty(),
                java.time.ZoneId.of("Europe/Paris"));
        assertThat(epci.warnings("territory")).isEmpty();
    }
}
