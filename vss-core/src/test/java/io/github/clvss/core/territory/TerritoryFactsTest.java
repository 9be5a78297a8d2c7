package io.github.clvss.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerritoryFactsTest {

    private static final Siren BOULOGNE = new Siren("219200128");

    @Test
    void a_commune_needs_its_insee_code() {
        assertThat(TerritoryFacts.inconsistencies(TerritoryKind.COMMUNE, "Boulogne-Billancourt", Optional.empty(),
                new DepartmentCode("92"), BOULOGNE, Optional.empty(), "$.territory"))
                .containsExactly(Problem.error("territory.insee.required", "$.territory.inseeCode"));
    }

    @Test
    void the_insee_code_must_be_in_the_territorys_department() {
        assertThat(TerritoryFacts.inconsistencies(TerritoryKind.COMMUNE, "Boulogne-Billancourt",
                Optional.of(new InseeCode("92012")), new DepartmentCode("93"), BOULOGNE, Optional.empty(), "$.territory"))
                .extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("territory.insee.department", "$.territory.department"));
    }

    @Test
    void a_department_has_no_commune_code_and_a_siret_belongs_to_the_siren() {
        assertThat(TerritoryFacts.inconsistencies(TerritoryKind.DEPARTEMENT, "Hauts-de-Seine",
                Optional.of(new InseeCode("92012")), new DepartmentCode("92"), BOULOGNE,
                Optional.of(new Siret("35600000009075")), "$"))
                .extracting(Problem::code)
                .containsExactlyInAnyOrder("territory.insee.commune-only", "territory.siret.siren");
    }

    @Test
    void inconsistent_facts_cannot_be_constructed() {
        assertThatThrownBy(() -> new TerritoryFacts(TerritoryKind.COMMUNE, " Boulogne", Optional.empty(),
                new DepartmentCode("92"), BOULOGNE, Optional.empty(), Optional.empty(), java.time.ZoneId.of("Europe/Paris")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(2);
    }

    @Test
    void today_in_the_territory_is_the_date_on_its_own_legal_time() {
        java.time.Clock newYearsEveInParis = java.time.Clock.fixed(java.time.Instant.parse("2026-12-31T21:30:00Z"),
                java.time.ZoneOffset.UTC);
        TerritoryFacts paris = new TerritoryFacts(TerritoryKind.DEPARTEMENT, "Hauts-de-Seine", Optional.empty(),
                new DepartmentCode("92"), BOULOGNE, Optional.empty(), Optional.empty(), new DepartmentCode("92").usualTimeZone());
        TerritoryFacts reunion = new TerritoryFacts(TerritoryKind.DEPARTEMENT, "La Réunion", Optional.empty(),
                new DepartmentCode("974"), BOULOGNE, Optional.empty(), Optional.empty(),
                new DepartmentCode("974").usualTimeZone());
        assertThat(paris.today(newYearsEveInParis)).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(reunion.today(newYearsEveInParis)).isEqualTo(java.time.LocalDate.of(2027, 1, 1));
    }
}
