package io.github.clvss.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.shared.Problem;
import org.junit.jupiter.api.Test;

class SirenInseeTest {

    private static java.util.Optional<Problem> check(String insee, String siren) {
        return TerritoryFacts.sirenAgainstInsee(new InseeCode(insee), new Siren(siren), "$.territory.siren");
    }

    @Test
    void a_communes_siren_follows_its_insee_code_in_the_metropole_in_corsica_and_overseas() {
        assertThat(check("92012", "219200128")).as("Boulogne-Billancourt").isEmpty();
        assertThat(check("2A004", "212000046")).as("Ajaccio").isEmpty();
        assertThat(check("97411", "219740115")).as("Saint-Denis de La Réunion").isEmpty();
    }

    @Test
    void another_siren_is_a_warning_because_communes_nouvelles_have_their_own() {
        assertThat(check("92040", "219200128")).hasValueSatisfying(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.code()).isEqualTo("territory.siren.insee");
            assertThat(p.arguments()).containsExactly("219200128", "92040", "21920040");
        });
    }

    @Test
    void the_usual_siren_of_a_commune_is_derived_from_its_insee_code_with_its_luhn_key() {
        assertThat(TerritoryFacts.usualSiren(new InseeCode("92012")).value()).isEqualTo("219200128");
        assertThat(TerritoryFacts.usualSiren(new InseeCode("2A004")).value()).isEqualTo("212000046");
        assertThat(TerritoryFacts.usualSiren(new InseeCode("97411")).value()).isEqualTo("219740115");
    }
}
