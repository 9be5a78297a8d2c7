package io.github.clvss.core.contractfile;

import static io.github.clvss.core.Fixtures.CLOCK;
import static io.github.clvss.core.Fixtures.DEMO_FILE;
import static io.github.clvss.core.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.clvss.core.DemoContractText;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractStatus;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.Finding;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The contract file's format 1.4: each contract's text versions and acts, and the territory's deliberations. */
class ContractFileActsTest {

    private static final TerritoryId BOULOGNE = new TerritoryId(UUID.fromString("018875f8-8000-7c83-88aa-5e38d6e1dbc4"));
    private static final ContractId CONTRACT = new ContractId(UUID.fromString("018875f8-8001-7b4c-a55a-75eb92c7ad98"));
    private static final String SEED_DELIBERATION = "018875f8-8400-7400-8d10-3c5e6a0b1d01";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Vss vss = Vss.inMemory(CLOCK);
    private final Actor system = Actor.system();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_demo_contract_carries_the_seed_text_and_deliberation_and_stays_a_draft_to_approve_in_the_app() {
        ImportReport report = vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false);

        assertThat(report.accepted()).isTrue();
        assertThat(vss.contractLifecycle().text(system, CONTRACT)).isEqualTo(DemoContractText.boulogne());
        assertThat(vss.contractLifecycle().textHistory(system, CONTRACT)).singleElement()
                .satisfies(version -> assertThat(version.deliberation()).isEmpty());
        assertThat(vss.contractLifecycle().acts(system, CONTRACT)).isEmpty();
        assertThat(vss.contractLifecycle().status(system, CONTRACT)).isEqualTo(ContractStatus.DRAFT);
        Deliberation seed = vss.deliberations().find(system, DeliberationId.parse(SEED_DELIBERATION, "$").orElseThrow());
        assertThat(seed).isEqualTo(DeliberationFiles.read(DeliberationFiles.demoFile()).orElseThrow().withVersion(1));
        assertThat(seed.provenance()).isEqualTo(Provenance.SEED);
        assertThat(vss.deliberations().check(system, seed)).noneMatch(Finding::isError);
    }

    @Test
    void a_contract_approved_by_the_seed_deliberation_and_signed_by_every_signatory_is_signed_then_in_force() {
        ObjectNode file = demo();
        contract(file).put("startDate", "2027-01-01");
        ArrayNode acts = contract(file).putArray("acts");
        approved(acts, SEED_DELIBERATION, "2023-06-01");
        for (String partner : signatories(file)) {
            signed(acts, partner, "2023-06-20", 1);
        }

        ImportReport report = vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);

        assertThat(report.problems()).noneMatch(Problem::isError);
        assertThat(report.changes().actsWritten()).isEqualTo(1 + 8);
        assertThat(vss.contractLifecycle().status(system, CONTRACT)).as("before its start date").isEqualTo(ContractStatus.SIGNED);
        assertThat(vss.contractLifecycle().signatories(system, CONTRACT)).hasSize(8)
                .allSatisfy(s -> assertThat(s.signedOn()).contains(LocalDate.of(2023, 6, 20)));
        Clock afterStart = Clock.fixed(Instant.parse("2027-01-02T09:00:00Z"), ZoneOffset.UTC);
        try (Vss later = Vss.inMemory(afterStart)) {
            later.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);
            assertThat(later.contractLifecycle().status(system, CONTRACT)).isEqualTo(ContractStatus.IN_FORCE);
        }
    }

    @Test
    void texts_acts_and_deliberations_export_back_to_the_same_bytes() {
        ObjectNode file = demo();
        ArrayNode acts = contract(file).putArray("acts");
        approved(acts, SEED_DELIBERATION, "2023-06-01");
        signed(acts, signatories(file).get(3), "2023-06-21", 1);
        signed(acts, signatories(file).get(0), "2023-06-20", 1);
        vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);
        byte[] first = vss.contractFiles().export(system, BOULOGNE);

        try (Vss empty = Vss.inMemory(CLOCK)) {
            assertThat(empty.contractFiles().importFile(system, first, ImportMode.CREATE, false).accepted()).isTrue();
            assertThat(empty.contractFiles().export(system, BOULOGNE)).isEqualTo(first);
        }
        JsonNode exported = JSON.readTree(first).get("contracts").get(0).get("acts");
        assertThat(exported).as("in the order recorded, not sorted").extracting(a -> a.get("date").asString())
                .containsExactly("2023-06-01", "2023-06-21", "2023-06-20");
    }

    @Test
    void a_signature_before_the_approval_is_refused_at_its_path_and_nothing_is_written() {
        ObjectNode file = demo();
        ArrayNode acts = contract(file).putArray("acts");
        signed(acts, signatories(file).get(0), "2023-06-20", 1);
        approved(acts, SEED_DELIBERATION, "2023-06-01");
        signed(acts, signatories(file).get(1), "2023-05-31", 1);

        ImportReport report = vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);

        assertThat(report.written()).isFalse();
        assertThat(errors(report)).containsExactly(
                tuple("contract.sign.not-approved", "$.contracts[0].acts[0]"),
                tuple("contract.sign.before-approval", "$.contracts[0].acts[2]"));
        assertThat(vss.territories().count(system)).isZero();
    }

    @Test
    void an_approval_by_an_unknown_deliberation_or_a_signature_by_a_partner_not_in_the_file_is_refused() {
        ObjectNode file = demo();
        ArrayNode acts = contract(file).putArray("acts");
        approved(acts, "018875f8-8400-7400-8d10-000000000000", "2023-06-01");
        signed(acts, "018875f8-801e-701e-a8b7-000000000000", "2023-06-20", 1);

        ImportReport report = vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);

        assertThat(errors(report)).containsExactly(
                tuple("contract.deliberation.unknown", "$.contracts[0].acts[0]"),
                tuple("import.act.partner-unknown", "$.contracts[0].acts[1].partnerId"));
        assertThat(vss.territories().count(system)).isZero();
    }

    @Test
    void an_invalid_text_is_refused_with_the_paths_inside_it() {
        ObjectNode file = demo();
        ObjectNode text = (ObjectNode) contract(file).get("texts").get(0);
        ((ObjectNode) text.get("axes").get(0)).put("title", " ");
        ((ObjectNode) text.get("axes").get(1).get("commitments").get(0)).put("id", "1.1");

        ImportReport report = vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);

        assertThat(errors(report)).containsExactlyInAnyOrder(
                tuple("contract.text.blank", "$.contracts[0].texts[0].axes[0].title"),
                tuple("contract.commitment.id.duplicate", "$.contracts[0].texts[0].axes[1].commitments[0].id"),
                // commitment 1.2 was renamed away: the follow-up under it is stranded
                tuple("file.followup.commitment.unknown", "$.contracts[0].actions[1].commitment"),
                tuple("file.followup.commitment.unknown", "$.contracts[0].indicators[1].commitment"));
        assertThat(ContractFiles.validate(bytes(file))).as("the text is the file's own business").hasSize(4);
        assertThat(vss.territories().count(system)).isZero();
    }

    @Test
    void a_deliberation_with_errors_is_kept_but_cannot_approve_the_contract() {
        ObjectNode file = demo();
        ObjectNode deliberation = (ObjectNode) file.get("deliberations").get(0);
        ArrayNode present = deliberation.putArray("present");
        List.of("Pierre-Christophe BAGUET", "Marie-Laure GODIN", "Pascal LOUAP", "Jeanne DEFRANOUX", "Michel AMAR",
                "Marie THOMAS", "Jean-Claude MARQUEZ").forEach(present::add);
        String withoutActs = file.toString();
        approved(contract(file).putArray("acts"), SEED_DELIBERATION, "2023-06-01");

        ImportReport refused = vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);
        ImportReport kept = vss.contractFiles().importFile(system, withoutActs.getBytes(StandardCharsets.UTF_8),
                ImportMode.CREATE, false);

        // each finding with its article, at its place in the file — not "1 error(s)"
        assertThat(errors(refused)).containsExactly(tuple("contract.deliberation.invalid", "$.contracts[0].acts[0]"),
                tuple("deliberation.quorum.missing", "$.deliberations[0].present (CGCT L2121-17)"),
                tuple("deliberation.proxy.holder.not-present", "$.deliberations[0].proxies[1].holder (CGCT L2121-20)"),
                tuple("deliberation.proxy.holder.not-present", "$.deliberations[0].proxies[3].holder (CGCT L2121-20)"),
                tuple("deliberation.proxy.holder.not-present", "$.deliberations[0].proxies[4].holder (CGCT L2121-20)"),
                tuple("deliberation.proxy.holder.not-present", "$.deliberations[0].proxies[5].holder (CGCT L2121-20)"),
                tuple("deliberation.votes.cast-exceed", "$.deliberations[0].vote.inFavour (CGCT L2121-20)"));
        assertThat(ContractFiles.validate(bytes(file), io.github.clvss.core.Fixtures.CLOCK))
                .as("validate runs the act replay and the CGCT checks import runs")
                .extracting(Problem::code, p -> p.path().orElse(""))
                .containsExactly(tuple("contract.deliberation.invalid", "$.contracts[0].acts[0]"),
                tuple("deliberation.quorum.missing", "$.deliberations[0].present (CGCT L2121-17)"),
                tuple("deliberation.proxy.holder.not-present", "$.deliberations[0].proxies[1].holder (CGCT L2121-20)"),
                tuple("deliberation.proxy.holder.not-present", "$.deliberations[0].proxies[3].holder (CGCT L2121-20)"),
                tuple("deliberation.proxy.holder.not-present", "$.deliberations[0].proxies[4].holder (CGCT L2121-20)"),
                tuple("deliberation.proxy.holder.not-present", "$.deliberations[0].proxies[5].holder (CGCT L2121-20)"),
                tuple("deliberation.votes.cast-exceed", "$.deliberations[0].vote.inFavour (CGCT L2121-20)"));
        assertThat(kept.accepted()).isTrue();
        Deliberation stored = vss.deliberations().find(system, DeliberationId.parse(SEED_DELIBERATION, "$").orElseThrow());
        assertThat(vss.deliberations().check(system, stored)).extracting(f -> f.problem().code())
                .contains("deliberation.quorum.missing");
    }

    @Test
    void replace_mode_replaces_the_acts_with_the_files_and_keeps_deliberations_the_file_leaves_out() {
        ObjectNode file = demo();
        ArrayNode acts = contract(file).putArray("acts");
        approved(acts, SEED_DELIBERATION, "2023-06-01");
        for (String partner : signatories(file)) {
            signed(acts, partner, "2023-06-20", 1);
        }
        vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);
        ObjectNode onlyApproved = demo();
        onlyApproved.remove("deliberations");
        approved(contract(onlyApproved).putArray("acts"), SEED_DELIBERATION, "2023-06-01");

        ImportReport report = vss.contractFiles().importFile(system, bytes(onlyApproved), ImportMode.REPLACE, false);

        assertThat(report.problems()).noneMatch(Problem::isError);
        assertThat(report.changes().actsWritten()).isEqualTo(1);
        assertThat(report.changes().deliberationsWritten()).isZero();
        assertThat(vss.contractLifecycle().acts(system, CONTRACT)).singleElement().isInstanceOf(ContractAct.Approved.class);
        assertThat(vss.contractLifecycle().status(system, CONTRACT)).isEqualTo(ContractStatus.APPROVED);
        assertThat(vss.deliberations().count(system, BOULOGNE)).as("a stored deliberation the file leaves out stays").isEqualTo(1);
    }

    @Test
    void an_amendment_brings_its_own_deliberation_and_text_version_which_the_signatories_then_sign() {
        ObjectNode file = demo();
        ObjectNode amendment = ((ObjectNode) file.get("deliberations").get(0)).deepCopy();
        amendment.put("id", "018875f8-8400-7400-8d10-3c5e6a0b1d02");
        amendment.put("object", "Avenant n° 1 au contrat local sur les violences sexistes et sexuelles");
        ((ObjectNode) amendment.get("session")).put("date", "2024-06-06");
        amendment.put("convocationDate", "2024-05-31");
        ((ObjectNode) amendment.get("transmission")).put("date", "2024-06-10");
        ((ObjectNode) amendment.get("transmission")).put("actesId", "092-219200128-20240606-140001-DE-1-1");
        ((ArrayNode) file.get("deliberations")).add(amendment);
        ObjectNode second = ((ObjectNode) contract(file).get("texts").get(0)).deepCopy();
        second.put("version", 2);
        second.put("preamble", "Texte modifié par l’avenant n° 1.");
        ((ArrayNode) contract(file).get("texts")).add(second);
        ArrayNode acts = contract(file).putArray("acts");
        approved(acts, SEED_DELIBERATION, "2023-06-01");
        for (String partner : signatories(file)) {
            signed(acts, partner, "2023-06-20", 1);
        }
        acts.addObject().put("kind", "AMENDED").put("date", "2024-06-06")
                .put("deliberationId", "018875f8-8400-7400-8d10-3c5e6a0b1d02").put("textVersion", 2);
        signed(acts, signatories(file).get(0), "2024-06-20", 1);

        ImportReport wrongVersion = vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, true);
        ((ObjectNode) acts.get(acts.size() - 1)).put("textVersion", 2);
        ImportReport report = vss.contractFiles().importFile(system, bytes(file), ImportMode.CREATE, false);

        assertThat(errors(wrongVersion)).containsExactly(tuple("file.act.text-version", "$.contracts[0].acts[10].textVersion"));
        assertThat(report.problems()).noneMatch(Problem::isError);
        assertThat(vss.contractLifecycle().textHistory(system, CONTRACT)).extracting(v -> v.number(), v -> v.approvedOn().orElseThrow())
                .containsExactly(tuple(1, LocalDate.of(2023, 6, 1)), tuple(2, LocalDate.of(2024, 6, 6)));
        assertThat(vss.contractLifecycle().text(system, CONTRACT).preamble()).isEqualTo("Texte modifié par l’avenant n° 1.");
        assertThat(vss.contractLifecycle().signatories(system, CONTRACT)).filteredOn(s -> s.signedOn().isPresent()).hasSize(1);
        assertThat(vss.contractLifecycle().status(system, CONTRACT)).isEqualTo(ContractStatus.IN_FORCE);
    }

    @Test
    void a_text_version_no_amendment_makes_and_an_act_with_a_field_of_another_kind_are_refused() {
        ObjectNode file = demo();
        ObjectNode second = ((ObjectNode) contract(file).get("texts").get(0)).deepCopy();
        ((ArrayNode) contract(file).get("texts")).add(second.put("version", 2));
        approved(contract(file).putArray("acts"), SEED_DELIBERATION, "2023-06-01").put("reason", "sans objet");

        assertThat(ContractFiles.validate(bytes(file))).extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactlyInAnyOrder(
                        tuple("file.text.version.unamended", "$.contracts[0].texts[1].version"),
                        tuple("file.act.field.unexpected", "$.contracts[0].acts[0].reason"));
    }

    @Test
    void the_schema_asks_each_kind_of_act_for_its_own_fields() {
        ObjectNode file = demo();
        contract(file).putArray("acts").addObject().put("kind", "SIGNED").put("date", "2023-06-20");

        assertThat(ContractFiles.validate(bytes(file))).extracting(Problem::code, p -> p.path().orElseThrow())
                .contains(tuple("file.schema.required", "$.contracts[0].acts[0].partnerId"),
                        tuple("file.schema.required", "$.contracts[0].acts[0].textVersion"))
                .allMatch(p -> p.toList().get(1).toString().startsWith("$.contracts[0].acts[0]"));
    }

    @Test
    void a_deliberation_of_another_territory_or_a_repeated_actes_identifier_is_refused_with_its_path() {
        ObjectNode file = demo();
        ObjectNode copy = ((ObjectNode) file.get("deliberations").get(0)).deepCopy();
        copy.put("id", "018875f8-8400-7400-8d10-3c5e6a0b1d02");
        ((ArrayNode) file.get("deliberations")).add(copy);
        ObjectNode elsewhere = demo();
        ((ObjectNode) elsewhere.get("deliberations").get(0)).put("territoryId", "018875f8-8000-7c83-88aa-000000000000");
        ObjectNode badDate = demo();
        ((ObjectNode) badDate.get("deliberations").get(0).get("session")).put("date", "2023-06-31");

        assertThat(ContractFiles.validate(bytes(file))).extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(tuple("file.actes.duplicate", "$.deliberations[1].transmission.actesId"));
        assertThat(ContractFiles.validate(bytes(elsewhere))).extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(tuple("file.deliberation.territory", "$.deliberations[0].territoryId"));
        assertThat(ContractFiles.validate(bytes(badDate))).extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(tuple("date.format", "$.deliberations[0].session.date"));
    }

    @Test
    void an_actes_identifier_stored_on_another_deliberation_is_refused_in_replace_mode() {
        vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false);
        ObjectNode file = demo();
        ((ObjectNode) file.get("deliberations").get(0)).put("id", "018875f8-8400-7400-8d10-3c5e6a0b1d02");

        ImportReport report = vss.contractFiles().importFile(system, bytes(file), ImportMode.REPLACE, false);

        assertThat(errors(report)).containsExactly(tuple("deliberation.actes.taken", "$.deliberations[0].transmission.actesId"));
    }

    @Test
    void a_format_1_3_file_still_imports_and_leaves_the_stored_text_acts_and_deliberations_alone() {
        byte[] older = resource(ContractFilesTest.FORMAT_1_3);
        ObjectNode file = demo();
        approved(contract(file).putArray("acts"), SEED_DELIBERATION, "2023-06-01");

        ImportReport created = vss.contractFiles().importFile(system, older, ImportMode.CREATE, false);
        assertThat(created.accepted()).isTrue();
        assertThat(vss.contractLifecycle().text(system, CONTRACT)).isEqualTo(ContractText.EMPTY);
        assertThat(vss.deliberations().count(system, BOULOGNE)).isZero();

        vss.contractFiles().importFile(system, bytes(file), ImportMode.REPLACE, false);
        ImportReport replaced = vss.contractFiles().importFile(system, older, ImportMode.REPLACE, false);

        assertThat(replaced.accepted()).isTrue();
        assertThat(replaced.changes().actsWritten()).isZero();
        assertThat(vss.contractLifecycle().text(system, CONTRACT)).isEqualTo(DemoContractText.boulogne());
        assertThat(vss.contractLifecycle().status(system, CONTRACT)).isEqualTo(ContractStatus.APPROVED);
        assertThat(vss.deliberations().count(system, BOULOGNE)).isEqualTo(1);
    }

    @Test
    void a_file_older_than_1_4_may_not_carry_texts_acts_nor_deliberations() {
        String demo = new String(resource(ContractFilesTest.FORMAT_1_4), StandardCharsets.UTF_8).replace("\"1.4\"", "\"1.3\"");

        assertThat(ContractFiles.validate(demo.getBytes(StandardCharsets.UTF_8)))
                .extracting(Problem::code, p -> p.path().orElseThrow()).containsExactly(
                        tuple("file.version.field-newer", "$.contracts[0].texts"),
                        tuple("file.version.field-newer", "$.deliberations"));
    }

    @Test
    void the_contract_file_schema_holds_the_deliberation_file_schema_but_its_version() {
        JsonNode contractFile = JSON.readTree(resource("/io/github/clvss/core/contractfile/contract-file-v1.schema.json"));
        JsonNode deliberationFile = JSON.readTree(resource("/io/github/clvss/core/contractfile/deliberation-v1.schema.json"));
        ObjectNode expected = ((ObjectNode) deliberationFile.get("properties")).deepCopy();
        expected.remove("formatVersion");
        String renamed = expected.toString().replace("#/$defs/names", "#/$defs/deliberationNames")
                .replace("#/$defs/count", "#/$defs/voteCount");
        JsonNode deliberation = contractFile.get("$defs").get("deliberation");

        assertThat(deliberation.get("properties")).isEqualTo(JSON.readTree(renamed));
        assertThat(deliberation.get("additionalProperties").asBoolean()).isFalse();
        assertThat(contractFile.get("$defs").get("deliberationNames")).isEqualTo(deliberationFile.get("$defs").get("names"));
        assertThat(contractFile.get("$defs").get("voteCount")).isEqualTo(deliberationFile.get("$defs").get("count"));
    }

    // ---- building files from the demo file

    private static ObjectNode demo() {
        return (ObjectNode) JSON.readTree(resource(DEMO_FILE));
    }

    private static ObjectNode contract(ObjectNode file) {
        return (ObjectNode) file.get("contracts").get(0);
    }

    private static List<String> signatories(ObjectNode file) {
        List<String> ids = new ArrayList<>();
        contract(file).get("partners").forEach(p -> {
            if (p.get("signatory").asBoolean()) {
                ids.add(p.get("id").asString());
            }
        });
        return ids;
    }

    private static ObjectNode approved(ArrayNode acts, String deliberation, String on) {
        return acts.addObject().put("kind", "APPROVED").put("date", on).put("deliberationId", deliberation);
    }

    private static void signed(ArrayNode acts, String partner, String on, int textVersion) {
        acts.addObject().put("kind", "SIGNED").put("date", on).put("partnerId", partner).put("textVersion", textVersion);
    }

    private static List<org.assertj.core.groups.Tuple> errors(ImportReport report) {
        return report.problems().stream().filter(Problem::isError)
                .map(p -> tuple(p.code(), p.path().orElse(""))).toList();
    }

    private static byte[] bytes(JsonNode file) {
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }
}
