package io.github.clvss.core.contractfile;

import static io.github.clvss.core.Fixtures.CLOCK;
import static io.github.clvss.core.Fixtures.DEMO_FILE;
import static io.github.clvss.core.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionStatus;
import io.github.clvss.core.followup.Attendance;
import io.github.clvss.core.followup.DemoFollowUp;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The contract's follow-up in the contract file (format 1.5): actions, meetings, obligations, indicators, notes. */
class ContractFileFollowUpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A partner of another territory's contract, never of the demo contract. */
    private static final String STRANGER = "018875f8-8fff-7fff-8000-000000000fff";

    private final Vss vss = Vss.inMemory(CLOCK);
    private final Actor system = Actor.system();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_demo_file_carries_the_first_year_of_follow_up_marked_demo_and_exports_it_back_to_the_same_bytes() {
        byte[] demo = resource(DEMO_FILE);

        assertThat(vss.contractFiles().importFile(system, demo, ImportMode.CREATE, false).written()).isTrue();

        List<Action> actions = vss.actions().list(system, DemoFollowUp.CONTRACT, Optional.empty(), PageRequest.first(50));
        assertThat(actions).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version")
                .containsExactlyInAnyOrderElementsOf(DemoFollowUp.actions());
        assertThat(vss.meetings().list(system, DemoFollowUp.CONTRACT, PageRequest.first(10)))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("version")
                .containsExactlyElementsOf(DemoFollowUp.meetings());
        assertThat(vss.obligations().of(system, DemoFollowUp.CONTRACT)).containsExactlyElementsOf(DemoFollowUp.obligations());
        List<Indicator> indicators = vss.indicators().list(system, DemoFollowUp.CONTRACT, PageRequest.first(50));
        assertThat(indicators).hasSize(9).allSatisfy(i -> assertThat(i.provenance()).isEqualTo(Provenance.DEMO));
        Indicator facts = indicators.stream().filter(i -> i.name().startsWith("Faits de violences")).findFirst().orElseThrow();
        assertThat(vss.indicators().measurements(system, facts.id(), PageRequest.first(10)))
                .extracting(Measurement::period, m -> m.value().intValueExact())
                .containsExactly(tuple(Period.year(2021), 125), tuple(Period.year(2022), 173), tuple(Period.year(2023), 181));
        assertThat(indicators).filteredOn(i -> i.partOf().isPresent()).hasSize(2);
        assertThat(vss.indicators().notes(system, DemoFollowUp.CONTRACT, 2023)).hasSize(2);
        assertThat(vss.actions().history(system, DemoFollowUp.LATE_ACTION, PageRequest.first(10)))
                .as("the history is not carried: it starts at the import").singleElement()
                .satisfies(change -> assertThat(change.actor()).isEqualTo(Actor.SYSTEM_ID));

        byte[] exported = vss.contractFiles().export(system, DemoFollowUp.TERRITORY);
        assertThat(text(exported)).isEqualTo(text(demo));
        try (Vss other = Vss.inMemory(CLOCK)) {
            other.contractFiles().importFile(system, exported, ImportMode.CREATE, false);
            assertThat(text(other.contractFiles().export(system, DemoFollowUp.TERRITORY))).isEqualTo(text(demo));
        }
    }

    @Test
    void an_action_under_an_unknown_commitment_an_invitee_not_a_partner_and_a_bad_measurement_are_refused_with_paths() {
        ObjectNode file = demo();
        ObjectNode contract = contract(file);
        ((ObjectNode) contract.get("actions").get(2)).put("commitment", "9.9");
        ((ObjectNode) contract.get("meetings").get(0).get("invitees").get(3)).put("partnerId", STRANGER);
        ObjectNode facts = indicator(contract, "Faits de violences sexistes et sexuelles enregistrés");
        int index = indexOf((ArrayNode) contract.get("indicators"), facts);
        ((ObjectNode) facts.get("measurements").get(1)).put("value", "172.5");

        ImportReport report = vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);

        assertThat(report.accepted()).isFalse();
        assertThat(errors(report)).containsExactlyInAnyOrder(
                tuple("file.followup.commitment.unknown", "$.contracts[0].actions[2].commitment"),
                tuple("file.followup.partner.unknown", "$.contracts[0].meetings[0].invitees[3].partnerId"),
                tuple("indicator.value.not-a-count", "$.contracts[0].indicators[" + index + "].measurements[1].value"));
        assertThat(vss.territories().count(system)).isZero();
    }

    @Test
    void a_decision_on_an_action_not_in_the_file_and_a_count_below_zero_are_refused_too() {
        ObjectNode file = demo();
        ObjectNode contract = contract(file);
        ArrayNode actions = (ArrayNode) contract.get("actions");
        String decided = DemoFollowUp.DECIDED_ACTION.toString();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).get("id").asString().equals(decided)) {
                actions.remove(i);
                break;
            }
        }
        ObjectNode trained = indicator(contract, "Professionnels formés au repérage des violences");
        int index = indexOf((ArrayNode) contract.get("indicators"), trained);
        ((ObjectNode) trained.get("measurements").get(0)).put("value", "-1");

        assertThat(ContractFiles.validate(bytes(file))).extracting(Problem::code, p -> p.path().orElse(""))
                .containsExactlyInAnyOrder(
                        tuple("file.followup.action.unknown", "$.contracts[0].meetings[0].decisions[1].actionId"),
                        tuple("indicator.value.not-a-count", "$.contracts[0].indicators[" + index + "].measurements[0].value"));
    }

    @Test
    void replace_mode_replaces_a_contracts_follow_up_with_the_files() {
        vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false);
        Action extra = vss.actions().add(system, Action.plan(CLOCK, DemoFollowUp.TERRITORY, DemoFollowUp.CONTRACT, "2.1",
                "Une action ajoutée après l’import", DemoFollowUp.actions().getFirst().lead(), List.of(), Optional.empty(),
                Provenance.ENTERED));
        ObjectNode file = demo();
        ObjectNode contract = contract(file);
        ArrayNode actions = (ArrayNode) contract.get("actions");
        while (actions.size() > 1) {
            actions.remove(1);
        }
        ((ObjectNode) actions.get(0)).put("title", "Réunir le comité de pilotage de l’année");
        contract.remove("meetings");
        contract.remove("diagnosticNotes");
        ObjectNode facts = indicator(contract, "Faits de violences sexistes et sexuelles enregistrés");
        ((ObjectNode) facts.get("measurements").get(2)).put("value", "190");

        ImportReport report = vss.contractFiles().importFile(Actor.system(), bytes(file), ImportMode.REPLACE, false);

        assertThat(report.written()).isTrue();
        assertThat(vss.actions().list(system, DemoFollowUp.CONTRACT, Optional.empty(), PageRequest.first(10)))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("Réunir le comité de pilotage de l’année");
                    assertThat(a.status()).isEqualTo(ActionStatus.DONE);
                });
        assertThat(vss.actions().list(system, DemoFollowUp.CONTRACT, Optional.empty(), PageRequest.first(10)))
                .extracting(Action::id).doesNotContain(extra.id());
        assertThat(vss.meetings().count(system, DemoFollowUp.CONTRACT)).isZero();
        assertThat(vss.indicators().notes(system, DemoFollowUp.CONTRACT, 2023)).isEmpty();
        Indicator stored = vss.indicators().list(system, DemoFollowUp.CONTRACT, PageRequest.first(50)).stream()
                .filter(i -> i.name().startsWith("Faits de violences")).findFirst().orElseThrow();
        assertThat(vss.indicators().measurements(system, stored.id(), PageRequest.first(10)))
                .extracting(m -> m.value().intValueExact()).last().isEqualTo(190);
        assertThat(vss.obligations().of(system, DemoFollowUp.CONTRACT)).hasSize(1);
    }

    @Test
    void a_1_4_file_still_imports_and_a_replace_with_it_leaves_the_stored_follow_up_alone() {
        byte[] older = resource(ContractFilesTest.FORMAT_1_4);
        assertThat(ContractFiles.validate(older)).isEmpty();

        assertThat(vss.contractFiles().importFile(system, older, ImportMode.CREATE, false).written()).isTrue();
        assertThat(vss.actions().count(system, DemoFollowUp.CONTRACT, Optional.empty())).isZero();
        DemoFollowUp.load(system, vss.obligations(), vss.actions(), vss.meetings());

        assertThat(vss.contractFiles().importFile(system, older, ImportMode.REPLACE, false).written()).isTrue();

        assertThat(vss.actions().count(system, DemoFollowUp.CONTRACT, Optional.empty())).isEqualTo(6);
        Meeting steering = vss.meetings().find(system, DemoFollowUp.STEERING_COMMITTEE_2024);
        assertThat(steering.invitees()).allSatisfy(i -> assertThat(i.attendance()).isPresent());
        assertThat(steering.invitees().getFirst().attendance()).contains(Attendance.PRESENT);
        assertThat(vss.obligations().of(system, DemoFollowUp.CONTRACT)).hasSize(1);
    }

    @Test
    void a_file_older_than_1_5_may_not_carry_the_follow_up() {
        String older = text(resource(DEMO_FILE)).replace("\"formatVersion\": \"1.6\"", "\"formatVersion\": \"1.4\"");

        assertThat(ContractFiles.validate(older.getBytes(StandardCharsets.UTF_8)))
                .extracting(Problem::code, p -> p.path().orElseThrow()).containsExactly(
                        tuple("file.version.field-newer", "$.contracts[0].obligations"),
                        tuple("file.version.field-newer", "$.contracts[0].actions"),
                        tuple("file.version.field-newer", "$.contracts[0].meetings"),
                        tuple("file.version.field-newer", "$.contracts[0].indicators"),
                        tuple("file.version.field-newer", "$.contracts[0].diagnosticNotes"));
    }

    @Test
    void the_schema_refuses_an_unknown_field_in_an_action_and_a_status_it_does_not_know() {
        ObjectNode file = demo();
        ObjectNode action = (ObjectNode) contract(file).get("actions").get(0);
        action.put("late", true);
        ObjectNode other = (ObjectNode) contract(file).get("actions").get(1);
        other.put("status", "LATE");

        assertThat(ContractFiles.validate(bytes(file))).extracting(Problem::code, p -> p.path().orElse(""))
                .containsExactlyInAnyOrder(
                        tuple("file.schema.unknown", "$.contracts[0].actions[0].late"),
                        tuple("file.schema.enum", "$.contracts[0].actions[1].status"));
    }

    // ---- building files from the demo file

    private static ObjectNode demo() {
        return (ObjectNode) JSON.readTree(resource(DEMO_FILE));
    }

    private static ObjectNode contract(ObjectNode file) {
        return (ObjectNode) file.get("contracts").get(0);
    }

    private static ObjectNode indicator(ObjectNode contract, String name) {
        for (JsonNode indicator : contract.get("indicators")) {
            if (indicator.get("name").asString().equals(name)) {
                return (ObjectNode) indicator;
            }
        }
        throw new AssertionError("no indicator " + name);
    }

    private static int indexOf(ArrayNode array, JsonNode element) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == element) {
                return i;
            }
        }
        throw new AssertionError("not in the array");
    }

    private static List<org.assertj.core.groups.Tuple> errors(ImportReport report) {
        return report.problems().stream().filter(Problem::isError).map(p -> tuple(p.code(), p.path().orElse(""))).toList();
    }

    private static byte[] bytes(JsonNode file) {
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
