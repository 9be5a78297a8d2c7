package io.github.clvss.core.contractfile;

import static io.github.clvss.core.Fixtures.CLOCK;
import static io.github.clvss.core.Fixtures.DEMO_FILE;
import static io.github.clvss.core.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentId;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Population;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules the contract file shares with the services: each one fires, under the same code,
 * when a service is asked (about the whole input) and when a file is imported (at its path).
 */
class SharedRulesTest {

    private static final TerritoryId BOULOGNE = new TerritoryId(UUID.fromString("018875f8-8000-7c83-88aa-5e38d6e1dbc4"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Vss vss = Vss.inMemory(CLOCK);
    private final Actor system = Actor.system();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_negative_population_or_an_implausible_census_year_is_refused_by_the_record_and_in_a_file() {
        assertThat(refusal(() -> new Population(-1, Year.of(2020)))).containsExactly(Tuple.tuple("population.negative", ""));
        assertThat(refusal(() -> new Population(1000, Year.of(1700)))).containsExactly(Tuple.tuple("population.year.range", ""));

        assertThat(imported(file -> ((ObjectNode) file.get("territory")).set("population",
                JSON.createObjectNode().put("inhabitants", -1).put("year", 2020))))
                .contains(Tuple.tuple("population.negative", "$.territory.population.inhabitants"));
        assertThat(imported(file -> ((ObjectNode) file.get("territory")).set("population",
                JSON.createObjectNode().put("inhabitants", 1000).put("year", 1700))))
                .contains(Tuple.tuple("population.year.range", "$.territory.population.year"));
    }

    @Test
    void a_referent_period_that_ends_before_it_starts_is_refused_by_the_record_and_in_a_file() {
        assertThat(refusal(() -> new Referent(ReferentId.next(CLOCK), 0, PartnerId.next(CLOCK), BOULOGNE, Optional.empty(),
                Optional.of(LocalDate.of(2023, 6, 1)), Optional.of(LocalDate.of(2023, 1, 1)), false, Provenance.ENTERED)))
                .containsExactly(Tuple.tuple("referent.period.reversed", ""));

        assertThat(imported(file -> ((ObjectNode) file.at("/contracts/0/partners/0/referents/0")).put("until", "2023-01-01")))
                .contains(Tuple.tuple("referent.period.reversed", "$.contracts[0].partners[0].referents[0].until"));
    }

    @Test
    void an_institution_that_is_its_own_parent_is_refused_by_the_record_and_in_a_file() {
        InstitutionId id = InstitutionId.next(CLOCK);
        assertThat(refusal(() -> new Institution(id, 0, "Mairie", Sector.LOCAL_AUTHORITY, Optional.empty(), Optional.of(id),
                Provenance.ENTERED))).containsExactly(Tuple.tuple("institution.parent.self", ""));

        assertThat(imported(file -> {
            ObjectNode first = (ObjectNode) file.at("/institutions/0");
            first.put("parentId", first.get("id").asString());
        })).contains(Tuple.tuple("institution.parent.self", "$.institutions[0].parentId"));
    }

    @Test
    void two_circuits_with_one_name_are_refused_by_the_review_and_in_a_file() {
        assertThat(vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false).accepted()).isTrue();
        List<Circuit> draft = new ArrayList<>(vss.circuits().plan(system, BOULOGNE).circuits());
        draft.add(draft.getFirst());
        assertThat(vss.circuits().review(system, BOULOGNE, draft)).filteredOn(Problem::isError)
                .extracting(Problem::code, p -> p.path().orElse(""))
                .containsExactly(Tuple.tuple("circuit.name.duplicate", "$.circuits[3].name"));

        assertThat(imported(file -> ((ArrayNode) file.get("circuits")).add(file.at("/circuits/0").deepCopy())))
                .contains(Tuple.tuple("circuit.name.duplicate", "$.circuits[3].name"));
    }

    @Test
    void an_institution_joining_a_contract_twice_is_refused_by_the_register_and_in_a_file() {
        assertThat(vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false).accepted()).isTrue();
        var contract = vss.contracts().list(system, BOULOGNE, PageRequest.first(1)).getFirst();
        Partner p = vss.partners().list(system, contract.id(), PageRequest.first(1)).getFirst();
        Partner again = new Partner(PartnerId.next(CLOCK), 0, p.territory(), p.contract(), p.institution(), p.role(),
                p.initiatives(), p.contact(), p.representative(), p.signatory(), p.verified(), p.provenance());
        ConflictException twice = catchThrowableOfType(ConflictException.class, () -> vss.partners().add(system, again));
        assertThat(twice.problems()).extracting(Problem::code, q -> q.path().orElse(""))
                .containsExactly(Tuple.tuple("partner.institution.twice", ""));

        try (Vss fresh = Vss.inMemory(CLOCK)) {
            String demo = new String(resource(DEMO_FILE), StandardCharsets.UTF_8);
            ObjectNode file = (ObjectNode) JSON.readTree(demo);
            ((ObjectNode) file.at("/contracts/0/partners/1")).put("institutionId", file.at("/contracts/0/partners/0/institutionId").asString());
            ImportReport report = fresh.contractFiles().importFile(system, JSON.writeValueAsBytes(file), ImportMode.CREATE, false);
            assertThat(report.accepted()).isFalse();
            assertThat(report.problems()).extracting(Problem::code, q -> q.path().orElse(""))
                    .contains(Tuple.tuple("partner.institution.twice", "$.contracts[0].partners[1].institutionId"));
        }
    }

    /** The problems a refused construction or call reports, as code and path. */
    private static List<Tuple> refusal(Runnable call) {
        VssException refused = catchThrowableOfType(InvalidInputException.class, call::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> Tuple.tuple(p.code(), p.path().orElse(""))).toList();
    }

    /** The problems of importing the demo file changed by {@code change} into an empty vss: refused, nothing written. */
    private List<Tuple> imported(Consumer<ObjectNode> change) {
        ObjectNode file = (ObjectNode) JSON.readTree(new String(resource(DEMO_FILE), StandardCharsets.UTF_8));
        change.accept(file);
        try (Vss fresh = Vss.inMemory(CLOCK)) {
            ImportReport report = fresh.contractFiles().importFile(system, JSON.writeValueAsBytes(file), ImportMode.CREATE, false);
            assertThat(report.accepted()).isFalse();
            assertThat(fresh.territories().list(system, PageRequest.first(1))).as("nothing written").isEmpty();
            return report.problems().stream().map(p -> Tuple.tuple(p.code(), p.path().orElse(""))).toList();
        }
    }
}
