package io.github.clvss.core.scenario;

import io.github.clvss.core.contractfile.DeliberationFiles;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationCheck;
import io.github.clvss.core.deliberation.Finding;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scenarios for the deliberation checks: the seed's act (Boulogne-Billancourt, 1 June 2023)
 * with some facts changed, a commune, and the findings the check must and must not give.
 *
 * <pre>{@code
 * {"name": "…", "source": "CGCT L2121-17",
 *  "deliberation": {"membersFirst": 10, "presentFirst": 5, "proxies": [], "vote": {…}, "transmission": null},
 *  "commune": {"inseeCode": "92012", "siren": "219200128", "population": 120000},
 *  "expect": {"errors": ["deliberation.quorum.missing"], "absent": ["deliberation.convocation.too-late"], "noError": false}}
 * }</pre>
 *
 * In {@code deliberation}, a key replaces the seed's (null removes it); {@code membersFirst}
 * and {@code presentFirst} keep the first names of the seed's lists.
 */
final class DeliberationScenarios {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("name", "source", "deliberation", "commune", "expect");

    private DeliberationScenarios() {
    }

    /** Whether a scenario file is about a deliberation. */
    static boolean isDeliberation(byte[] content) {
        try {
            JsonNode root = JSON.readTree(content);
            return root != null && root.isObject() && root.has("deliberation");
        } catch (JacksonException e) {
            return false;
        }
    }

    /** Runs one deliberation scenario. */
    static ScenarioReport.Result run(String file, byte[] content) {
        JsonNode root = JSON.readTree(content);
        List<Problem> problems = new ArrayList<>();
        root.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(Problem.error("json.field.unknown", "$." + name, name, String.join(", ", FIELDS)));
            }
        });
        String name = root.path("name").asString("");
        String source = root.path("source").asString("");
        if (name.isBlank() || source.isBlank()) {
            problems.add(Problem.error("json.field.missing", name.isBlank() ? "$.name" : "$.source"));
        }
        ObjectNode act = (ObjectNode) JSON.readTree(DeliberationFiles.demoFile());
        JsonNode changes = root.path("deliberation");
        int membersFirst = changes.path("membersFirst").asInt(-1);
        int presentFirst = changes.path("presentFirst").asInt(-1);
        changes.propertyNames().forEach(key -> {
            if (key.equals("membersFirst") || key.equals("presentFirst")) {
                return;
            }
            JsonNode value = changes.get(key);
            if (value.isNull()) {
                act.remove(key);
            } else {
                act.set(key, value);
            }
        });
        keepFirst(act, "membersInOffice", membersFirst);
        keepFirst(act, "present", presentFirst);
        Parsed<Deliberation> deliberation = DeliberationFiles.read(act.toString().getBytes(StandardCharsets.UTF_8));
        problems.addAll(deliberation.problems());
        JsonNode commune = root.path("commune");
        Parsed<InseeCode> insee = InseeCode.parse(commune.path("inseeCode").asString("92012"), "$.commune.inseeCode");
        Parsed<Siren> siren = Siren.parse(commune.path("siren").asString("219200128"), "$.commune.siren");
        problems.addAll(insee.problems());
        problems.addAll(siren.problems());
        if (!problems.isEmpty()) {
            return new ScenarioReport.Result(file, name, source, problems);
        }
        InseeCode code = insee.asOptional().orElseThrow();
        Optional<Population> population = commune.has("population")
                ? Optional.of(new Population(commune.get("population").asLong(), Year.of(2020))) : Optional.empty();
        TerritoryFacts territory = new TerritoryFacts(TerritoryKind.COMMUNE, code.value(), Optional.of(code), code.department(),
                siren.asOptional().orElseThrow(), Optional.empty(), population, code.department().usualTimeZone());
        List<Finding> findings = DeliberationCheck.check(deliberation.asOptional().orElseThrow(), territory);
        List<String> errors = findings.stream().filter(Finding::isError).map(f -> f.problem().code()).toList();
        List<String> all = findings.stream().map(f -> f.problem().code()).toList();
        JsonNode expect = root.path("expect");
        for (JsonNode expected : expect.path("errors")) {
            if (!errors.contains(expected.asString())) {
                problems.add(Problem.general("scenario.finding.missing", expected.asString()));
            }
        }
        for (JsonNode expected : expect.path("warnings")) {
            if (!all.contains(expected.asString()) || errors.contains(expected.asString())) {
                problems.add(Problem.general("scenario.finding.missing", expected.asString()));
            }
        }
        for (JsonNode absent : expect.path("absent")) {
            if (all.contains(absent.asString())) {
                problems.add(Problem.general("scenario.finding.unexpected", absent.asString()));
            }
        }
        if (expect.path("noError").asBoolean(false) && !errors.isEmpty()) {
            errors.forEach(e -> problems.add(Problem.general("scenario.finding.unexpected", e)));
        }
        return new ScenarioReport.Result(file, name, source, problems);
    }

    private static void keepFirst(ObjectNode act, String list, int first) {
        if (first < 0 || !(act.get(list) instanceof ArrayNode names)) {
            return;
        }
        ArrayNode kept = act.putArray(list);
        for (int i = 0; i < Math.min(first, names.size()); i++) {
            kept.add(names.get(i));
        }
    }
}
