package io.github.clvss.core.contractfile;

import static io.github.clvss.core.Fixtures.CLOCK;
import static io.github.clvss.core.Fixtures.DEMO_FILE;
import static io.github.clvss.core.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContractFilesTest {

    /** The demo file as it was in format 1.3, before it carried the text, the acts and the deliberation. */
    static final String FORMAT_1_3 = "/io/github/clvss/core/contractfile/boulogne-billancourt-2023-format-1.3.json";

    /** The demo file as it was in format 1.4, before it carried the follow-up. */
    static final String FORMAT_1_4 = "/io/github/clvss/core/contractfile/boulogne-billancourt-2023-format-1.4.json";

    private static final TerritoryId BOULOGNE = new TerritoryId(UUID.fromString("018875f8-8000-7c83-88aa-5e38d6e1dbc4"));

    private final Vss vss = Vss.inMemory(CLOCK);
    private final Actor system = Actor.system();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_demo_file_is_valid_and_exports_back_to_the_same_bytes() {
        byte[] demo = resource(DEMO_FILE);
        assertThat(ContractFiles.validate(demo)).isEmpty();

        ImportReport report = vss.contractFiles().importFile(system, demo, ImportMode.CREATE, false);

        assertThat(report.accepted()).isTrue();
        assertThat(report.written()).isTrue();
        assertThat(report.changes()).isEqualTo(new ImportReport.Changes(1, 0, 1, 0, 0, 8, 8, 8, 1, 0, 1, 1, 0));
        assertThat(report.problems()).extracting(Problem::code, p -> p.path().orElse(""), Problem::arguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("circuit.overlap", "$.circuits[1].when",
                        List.of("cidff-violences-conjugales", "urgences-ambroise-pare")),
                org.assertj.core.groups.Tuple.tuple("circuit.overlap", "$.circuits[2].when",
                        List.of("permanence-victimes", "urgences-ambroise-pare")),
                org.assertj.core.groups.Tuple.tuple("circuit.overlap", "$.circuits[2].when",
                        List.of("permanence-victimes", "cidff-violences-conjugales")));
        assertThat(report.problems()).noneMatch(Problem::isError);
        assertThat(text(vss.contractFiles().export(system, BOULOGNE))).isEqualTo(text(demo));
        assertThat(vss.circuits().plan(system, BOULOGNE).circuits()).extracting(c -> c.name())
                .containsExactly("urgences-ambroise-pare", "cidff-violences-conjugales", "permanence-victimes");
        assertThat(vss.circuits().plan(system, BOULOGNE).overlaps()).extracting(o -> o.first() + "/" + o.second())
                .contains("cidff-violences-conjugales/permanence-victimes");
    }

    @Test
    void a_circuit_pointing_at_no_partner_nor_resource_is_refused_with_its_path_and_nothing_is_written() {
        String demo = text(resource(DEMO_FILE));
        String nowhere = demo.replace("\"target\": \"partner:018875f8-8025-7025-bc3c-1188e50e6b1e\"",
                "\"target\": \"partner:018875f8-8025-7025-bc3c-000000000000\"");
        String misnamed = demo.replace("\"name\": \"permanence-victimes\"", "\"name\": \"Permanence victimes\"");

        ImportReport report = vss.contractFiles().importFile(system, bytes(nowhere), ImportMode.CREATE, false);

        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(Problem::code, p -> p.path().orElse("")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("circuit.target.missing", "$.circuits[1].target"));
        assertThat(vss.territories().list(system, io.github.clvss.core.shared.PageRequest.first(10))).isEmpty();
        assertThat(ContractFiles.validate(bytes(misnamed))).extracting(Problem::code, p -> p.path().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("circuit.name.format", "$.circuits[2].name"));
    }

    @Test
    void importing_changed_circuits_makes_a_new_revision_that_the_next_decision_carries() {
        String demo = text(resource(DEMO_FILE));
        vss.contractFiles().importFile(system, bytes(demo), ImportMode.CREATE, false);
        long before = vss.circuits().plan(system, BOULOGNE).revision();

        vss.contractFiles().importFile(system, bytes(demo), ImportMode.REPLACE, false);
        assertThat(vss.circuits().plan(system, BOULOGNE).revision()).isEqualTo(before);
        vss.contractFiles().importFile(system, bytes(demo.replace("\"urgency\": \"WITHIN_DAYS\"", "\"urgency\": \"WITHIN_24_HOURS\"")),
                ImportMode.REPLACE, false);

        assertThat(vss.circuits().plan(system, BOULOGNE).revision()).isEqualTo(before + 1);
        assertThat(vss.circuits().ruleSet(BOULOGNE).version()).contains("circuits " + (before + 1));

        String olderFormat = text(resource(FORMAT_1_3)).replace("\"1.3\"", "\"1.2\"");
        var node = (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(olderFormat);
        node.remove("circuits");
        assertThat(vss.contractFiles().importFile(system, bytes(node.toString()), ImportMode.REPLACE, false).accepted()).isTrue();
        assertThat(vss.circuits().plan(system, BOULOGNE).revision()).as("a 1.2 file leaves the circuits alone")
                .isEqualTo(before + 1);
        assertThat(vss.circuits().plan(system, BOULOGNE).circuits()).hasSize(3);
    }

    @Test
    void export_import_export_into_an_empty_database_gives_identical_files() {
        vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false);
        byte[] first = vss.contractFiles().export(system, BOULOGNE);

        try (Vss empty = Vss.inMemory(CLOCK)) {
            assertThat(empty.contractFiles().importFile(system, first, ImportMode.CREATE, false).accepted()).isTrue();
            assertThat(empty.contractFiles().export(system, BOULOGNE)).isEqualTo(first);
        }
    }

    @Test
    void a_file_with_three_errors_reports_all_three_with_their_paths_and_writes_nothing() {
        String broken = text(resource(DEMO_FILE))
                .replace("\"219200128\"", "\"219200127\"")
                .replace("\"92012\"", "\"9201\"")
                .replace("\"title\": \"Contrat de mobilisation", "\"startDate\": \"2023-06-31\",\n      \"title\": \"Contrat de mobilisation");

        ImportReport report = vss.contractFiles().importFile(system, bytes(broken), ImportMode.CREATE, false);

        assertThat(report.accepted()).isFalse();
        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(Problem::code, p -> p.path().orElseThrow()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("insee.format", "$.territory.inseeCode"),
                org.assertj.core.groups.Tuple.tuple("siren.checksum", "$.territory.siren"),
                org.assertj.core.groups.Tuple.tuple("date.format", "$.contracts[0].startDate"));
        assertThat(vss.territories().count(system)).isZero();

        Messages french = Messages.of(Locale.FRENCH);
        Messages english = Messages.of(Locale.ENGLISH);
        assertThat(report.problems()).allSatisfy(p -> {
            assertThat(french.knows(p.code())).isTrue();
            assertThat(english.knows(p.code())).isTrue();
        });
        assertThat(report.problems().stream().map(french::describe))
                .contains("$.territory.siren : Le SIREN 219200127 est erroné : sa clé de contrôle (algorithme de Luhn) ne correspond pas.");
        assertThat(report.problems().stream().map(english::describe))
                .contains("$.contracts[0].startDate : “2023-06-31” is not a date in the YYYY-MM-DD format.");
    }

    @Test
    void a_partner_address_that_is_not_a_web_one_is_refused_at_its_path_and_nothing_is_written() {
        String broken = text(resource(DEMO_FILE)).replaceFirst("\"representative\": \\{",
                "\"contact\": {\"web\": \"javascript:alert(1)\"},\n          \"representative\": {");

        ImportReport report = vss.contractFiles().importFile(system, bytes(broken), ImportMode.CREATE, false);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).filteredOn(Problem::isError).extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("web.invalid", "$.contracts[0].partners[0].contact.web"));
        assertThat(vss.territories().count(system)).isZero();
    }

    @Test
    void a_commune_whose_siren_does_not_follow_its_insee_code_is_imported_with_a_warning() {
        String communeNouvelle = text(resource(DEMO_FILE)).replace("\"219200128\"", "\"200054781\"");

        ImportReport report = vss.contractFiles().importFile(system, bytes(communeNouvelle), ImportMode.CREATE, false);

        assertThat(report.accepted()).as("a 200… SIREN (commune nouvelle) is not refused").isTrue();
        assertThat(report.written()).isTrue();
        assertThat(report.problems()).filteredOn(p -> p.code().startsWith("territory."))
                .extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("territory.siren.insee", "$.territory.siren"));
        assertThat(report.problems()).noneMatch(Problem::isError);
        assertThat(vss.territories().find(system, BOULOGNE).facts().siren().value()).isEqualTo("200054781");
    }

    @Test
    void a_commune_whose_siren_follows_its_insee_code_is_imported_without_warning() {
        ImportReport report = vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false);

        assertThat(report.problems()).extracting(Problem::code).doesNotContain("territory.siren.insee");
    }

    @Test
    void the_shape_is_checked_before_the_values_with_paths() {
        String broken = text(resource(DEMO_FILE))
                .replace("\"kind\": \"COMMUNE\"", "\"kind\": \"VILLE\"")
                .replace("\"name\": \"Boulogne-Billancourt\",", "\"nom\": \"Boulogne-Billancourt\",");

        assertThat(ContractFiles.validate(bytes(broken)))
                .extracting(Problem::code, p -> p.path().orElseThrow()).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("file.schema.enum", "$.territory.kind"),
                        org.assertj.core.groups.Tuple.tuple("file.schema.required", "$.territory.name"),
                        org.assertj.core.groups.Tuple.tuple("file.schema.unknown", "$.territory.nom"));
    }

    @Test
    void a_newer_minor_version_and_another_major_version_are_refused_with_the_reason() {
        String demo = text(resource(DEMO_FILE));

        assertThat(ContractFiles.validate(bytes(demo.replace("\"1.6\"", "\"1.7\""))))
                .extracting(Problem::code).containsExactly("file.version.newer");
        assertThat(ContractFiles.validate(bytes(demo.replace("\"1.6\"", "\"2.0\""))))
                .extracting(Problem::code).containsExactly("file.version.unsupported");
    }

    @Test
    void malformed_json_is_reported_with_its_line() {
        assertThat(ContractFiles.validate(bytes("{\n  \"formatVersion\": \"1.0\",\n  oops\n}")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("file.json.syntax.character");
                    assertThat(p.path()).hasValueSatisfying(path -> assertThat(path).startsWith("line 3"));
                    assertThat(p.arguments()).as("what was found, not the JSON library's message").containsExactly("o");
                });
    }

    @Test
    void a_dry_run_checks_everything_and_writes_nothing() {
        ImportReport report = vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, true);

        assertThat(report.accepted()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(report.changes().contractsCreated()).isEqualTo(1);
        assertThat(vss.territories().count(system)).isZero();
        assertThat(vss.auditTrail().count(system, JournalQuery.territory(BOULOGNE).withOutcome(Outcome.DONE))).isZero();
    }

    @Test
    void create_mode_refuses_ids_already_stored_and_replace_mode_needs_them() {
        byte[] demo = resource(DEMO_FILE);
        vss.contractFiles().importFile(system, demo, ImportMode.CREATE, false);

        assertThat(vss.contractFiles().importFile(system, demo, ImportMode.CREATE, false).problems())
                .extracting(Problem::code)
                .containsOnly("import.territory.exists", "import.contract.exists", "import.record.exists")
                // partners, référents, resource, campaigns, deliberation; then actions, meeting, indicators
                .filteredOn("import.record.exists"::equals).hasSize(8 + 8 + 1 + 4 + 1 + 6 + 1 + 9);

        try (Vss empty = Vss.inMemory(CLOCK)) {
            assertThat(empty.contractFiles().importFile(system, demo, ImportMode.REPLACE, false).problems())
                    .extracting(Problem::code).containsExactly("import.territory.missing");
        }
    }

    @Test
    void replace_mode_updates_the_territory_and_removes_contracts_absent_from_the_file() {
        vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false);
        String renamed = text(resource(DEMO_FILE))
                .replace("sexistes et sexuelles\"", "sexistes et sexuelles (version 2)\"");
        var demo = (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(resource(DEMO_FILE));
        demo.putArray("contracts");
        demo.remove("resources");
        demo.remove("circuits");
        String withoutContractsButCircuits = demo.toString();
        demo.putArray("circuits");
        String withoutContracts = demo.toString();

        ImportReport replaced = vss.contractFiles().importFile(
                Fixtures.coordinatorOf(BOULOGNE), bytes(renamed), ImportMode.REPLACE, false);
        assertThat(replaced.changes()).isEqualTo(new ImportReport.Changes(0, 1, 0, 1, 0, 0, 8, 8, 1, 0, 1, 1, 0));
        assertThat(vss.contracts().list(system, BOULOGNE, PageRequest.first(10)))
                .singleElement().satisfies(c -> {
                    assertThat(c.title()).endsWith("(version 2)");
                    assertThat(c.version()).isEqualTo(2);
                });

        ImportReport dropped = vss.contractFiles().importFile(system, bytes(withoutContractsButCircuits), ImportMode.REPLACE,
                false);
        assertThat(dropped.accepted()).as("stored circuits still point at the partners and the resource the file removes").isFalse();
        assertThat(dropped.problems()).extracting(Problem::code).containsOnly("circuit.target.dropped").hasSize(3);

        ImportReport emptied = vss.contractFiles().importFile(system, bytes(withoutContracts), ImportMode.REPLACE, false);
        assertThat(emptied.changes().contractsRemoved()).isEqualTo(1);
        assertThat(emptied.changes().recordsRemoved()).isEqualTo(8 + 8 + 1 + 4);
        assertThat(vss.contracts().count(system, BOULOGNE)).isZero();
    }

    @Test
    void an_observer_may_not_replace_and_the_refusal_is_journaled() {
        vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false);

        assertThatThrownBy(() -> vss.contractFiles().importFile(
                Fixtures.observerOf(BOULOGNE), resource(DEMO_FILE), ImportMode.REPLACE, false))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(vss.auditTrail().find(system, JournalQuery.territory(BOULOGNE).withOutcome(Outcome.REFUSED),
                PageRequest.first(10)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.act().action()).isEqualTo("contractfile.import.replace");
                    assertThat(entry.reason()).contains("access.read-only");
                });
    }

    @Test
    void an_import_and_an_export_are_journaled_as_the_acting_user() {
        vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false);
        vss.contractFiles().export(Fixtures.observerOf(BOULOGNE), BOULOGNE);

        assertThat(vss.auditTrail().find(system, JournalQuery.territory(BOULOGNE), PageRequest.first(100)))
                .extracting(e -> e.actor() + " " + e.act().action())
                .contains(
                        "system territory.register",
                        "system contract.create",
                        "system partner.import",
                        "system referent.import",
                        "system resource.import",
                        "system contractfile.import.create",
                        Fixtures.observerOf(BOULOGNE).id() + " contractfile.export")
                .allMatch(line -> line.startsWith("system ") || line.endsWith("contractfile.export"));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
