package io.github.clvss.core.scenario;

import io.github.clvss.core.referral.Addressee;
import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.MinorFact;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Firing;
import io.github.clvss.core.referral.Modality;
import io.github.clvss.core.referral.Referral;
import io.github.clvss.core.referral.ReportingOutcome;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads situations and scenarios from JSON and writes decisions as JSON. Every problem of a
 * file is reported at once, each with its JSON path; fact values are the names of
 * {@link io.github.clvss.core.referral.Facts}' constants ({@code "PARTNER"}, {@code "HEALTH_PROFESSIONAL"}).
 *
 * <p>A situation says its {@code formatVersion}; without one it is version 1.
 * <ul>
 *   <li><b>Version 3</b> is version 2 with {@code judicialPoliceOfficer}: whether a police or
 *       gendarmerie asker is an officier de police judiciaire (art. 19 CPP binds only them).</li>
 *   <li><b>Version 2</b> is read as version 3 whose {@code judicialPoliceOfficer} is not known
 *       (version 2 took every police or gendarmerie asker for one); it has every other fact of {@link Situation}. A fact left out is not known:
 *       {@code relation}, {@code recency}, {@code consent}, {@code vulnerability},
 *       {@code offence} and {@code institution} are {@code UNKNOWN}, each yes/no fact is unknown
 *       (a yes/no fact is {@code true}, {@code false} or {@code "UNKNOWN"}); {@code context} is
 *       {@code OTHER}. {@code age} and {@code asker} are required.</li>
 *   <li><b>Version 1</b> (no {@code formatVersion}) is migrated on read: {@code vulnerability}
 *       defaults to {@code NONE}, {@code context} to {@code OTHER} and the flags to false, as it
 *       always did; its {@code immediateDanger} is also read as a danger to the person's life
 *       (the only danger version 1 could say, and what its rules read it as); the facts are
 *       taken as learnt in the exercise of the asker's functions; the offence and the
 *       institution are unknown, and so is whether a police asker is an officier de police
 *       judiciaire.</li>
 * </ul>
 */
public final class ScenarioFiles {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** The situation format this vss writes. */
    public static final int SITUATION_FORMAT = 3;
    private static final Set<String> SITUATION_FIELDS = Set.of("age", "vulnerability", "relation", "violences", "recency",
            "immediateDanger", "emprise", "childrenExposed", "cannotSpeak", "needsShelter", "consent", "asker", "context");
    private static final Set<String> SITUATION_V2_FIELDS = java.util.stream.Stream.concat(SITUATION_FIELDS.stream(),
            Stream.of("formatVersion", "lifeInDanger", "childVictim", "deafOrHardOfHearing", "learnedInFunctions",
                    "dangerousWithWeapon", "minorFacts", "offence", "institution")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> SITUATION_V3_FIELDS = Stream.concat(SITUATION_V2_FIELDS.stream(),
            Stream.of("judicialPoliceOfficer")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "source", "date", "situation", "expect");
    private static final Set<String> EXPECT_FIELDS = Set.of("referrals", "reports", "absentTargets", "absentLegalBases",
            "firstReferral");
    private static final Set<String> REFERRAL_FIELDS = Set.of("target", "urgency");
    private static final Set<String> REPORT_FIELDS = Set.of("addressee", "legalBasis", "modality", "consentNeeded", "duties");

    private ScenarioFiles() {
    }

    /** A situation from a JSON object of facts; {@code vulnerability} defaults to NONE and the flags to false. */
    public static Parsed<Situation> readSituation(byte[] json) {
        return root(json).map(node -> situation(node, "$", new ArrayList<>()))
                .orElseGet(() -> Parsed.invalid(syntax(json)));
    }

    /** A scenario from a JSON object with {@code name}, {@code source}, {@code situation} and {@code expect}. */
    public static Parsed<Scenario> readScenario(byte[] json) {
        Optional<JsonNode> root = root(json);
        if (root.isEmpty()) {
            return Parsed.invalid(syntax(json));
        }
        JsonNode node = root.get();
        List<Problem> problems = new ArrayList<>();
        unknownFields(node, "$", SCENARIO_FIELDS, problems);
        String name = text(node, "name", "$", problems);
        String source = text(node, "source", "$", problems);
        Optional<LocalDate> date = Optional.empty();
        JsonNode dateNode = node.get("date");
        if (dateNode != null) {
            try {
                date = Optional.of(LocalDate.parse(dateNode.asString()));
            } catch (RuntimeException e) {
                problems.add(Problem.error("json.field.type", "$.date", "YYYY-MM-DD"));
            }
        }
        JsonNode situationNode = node.get("situation");
        Optional<Situation> situation = Optional.empty();
        if (situationNode == null || !situationNode.isObject()) {
            problems.add(Problem.error("json.field.missing", "$.situation"));
        } else {
            Parsed<Situation> parsed = situation(situationNode, "$.situation", new ArrayList<>());
            problems.addAll(parsed.problems());
            situation = parsed.asOptional();
        }
        JsonNode expect = node.get("expect");
        List<Scenario.ExpectedReferral> referrals = new ArrayList<>();
        List<Scenario.ExpectedReport> reports = new ArrayList<>();
        List<String> absentTargets = new ArrayList<>();
        List<String> absentBases = new ArrayList<>();
        Optional<String> first = Optional.empty();
        if (expect == null || !expect.isObject()) {
            problems.add(Problem.error("json.field.missing", "$.expect"));
        } else {
            unknownFields(expect, "$.expect", EXPECT_FIELDS, problems);
            each(expect, "referrals", "$.expect", problems, (item, path) -> {
                unknownFields(item, path, REFERRAL_FIELDS, problems);
                referrals.add(new Scenario.ExpectedReferral(text(item, "target", path, problems),
                        optionalValue(item, "urgency", path, Urgency.class, problems)));
            });
            each(expect, "reports", "$.expect", problems, (item, path) -> {
                unknownFields(item, path, REPORT_FIELDS, problems);
                Optional<Addressee> addressee = value(item, "addressee", path, Addressee.class, problems);
                String basis = text(item, "legalBasis", path, problems);
                Optional<Modality> modality = optionalValue(item, "modality", path, Modality.class, problems);
                Optional<Boolean> consent = item.get("consentNeeded") == null ? Optional.empty()
                        : Optional.of(flag(item, "consentNeeded", path, problems));
                List<String> duties = strings(item, "duties", path, problems);
                addressee.ifPresent(a -> reports.add(new Scenario.ExpectedReport(a, basis.isBlank() ? "?" : basis, modality,
                        consent, duties)));
            });
            absentTargets.addAll(strings(expect, "absentTargets", "$.expect", problems));
            absentBases.addAll(strings(expect, "absentLegalBases", "$.expect", problems));
            JsonNode firstNode = expect.get("firstReferral");
            if (firstNode != null) {
                first = Optional.of(text(expect, "firstReferral", "$.expect", problems));
            }
            if (referrals.isEmpty() && reports.isEmpty() && absentTargets.isEmpty() && absentBases.isEmpty()
                    && first.isEmpty() && problems.isEmpty()) {
                problems.add(Problem.error("scenario.expect.empty", "$.expect"));
            }
        }
        if (!problems.isEmpty() || situation.isEmpty()) {
            return Parsed.invalid(problems);
        }
        return Parsed.valid(new Scenario(name, source, date, situation.get(), referrals, reports, absentTargets, absentBases,
                first));
    }

    /** A decision as JSON: referrals, reports, trace and the rule set's version. */
    public static String decisionJson(Decision decision) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleSetVersion", decision.ruleSetVersion());
        decision.date().ifPresent(day -> out.put("date", day.toString()));
        out.put("referrals", decision.referrals().stream().map(r -> ordered("target", r.target(), "urgency", r.urgency().name(),
                "channel", r.channel(), "reason", r.reason(), "rule", r.rule())).toList());
        out.put("reports", decision.reports().stream().map(r -> ordered("addressee", r.addressee().name(),
                "modality", r.modality().name(), "consentNeeded", r.consentNeeded(), "duties", r.duties(),
                "legalBasis", r.legalBasis(), "rule", r.rule())).toList());
        out.put("trace", decision.trace().stream().map(f -> ordered("rule", f.rule(), "version", f.version(),
                "legalBasis", f.legalBasis())).toList());
        return JSON.writeValueAsString(out);
    }

    /**
     * A situation as JSON in the current format ({@value #SITUATION_FORMAT}), every fact written
     * (an unknown yes/no fact as {@code "UNKNOWN"}): {@link #readSituation} reads it back equal.
     */
    public static String situationJson(Situation situation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("formatVersion", SITUATION_FORMAT);
        out.put("age", situation.age().name());
        out.put("vulnerability", situation.vulnerability().name());
        out.put("relation", situation.relation().name());
        out.put("violences", names(situation.violences()));
        out.put("recency", situation.recency().name());
        flag(out, situation, "immediateDanger", Flag.IMMEDIATE_DANGER, situation.immediateDanger());
        flag(out, situation, "lifeInDanger", Flag.LIFE_IN_DANGER, situation.lifeInDanger());
        flag(out, situation, "emprise", Flag.EMPRISE, situation.emprise());
        flag(out, situation, "childrenExposed", Flag.CHILDREN_EXPOSED, situation.childrenExposed());
        flag(out, situation, "childVictim", Flag.CHILD_VICTIM, situation.childVictim());
        flag(out, situation, "cannotSpeak", Flag.CANNOT_SPEAK, situation.cannotSpeak());
        flag(out, situation, "deafOrHardOfHearing", Flag.DEAF_OR_HARD_OF_HEARING, situation.deafOrHardOfHearing());
        flag(out, situation, "needsShelter", Flag.NEEDS_SHELTER, situation.needsShelter());
        flag(out, situation, "learnedInFunctions", Flag.LEARNED_IN_FUNCTIONS, situation.learnedInFunctions());
        flag(out, situation, "dangerousWithWeapon", Flag.DANGEROUS_WITH_WEAPON, situation.dangerousWithWeapon());
        flag(out, situation, "judicialPoliceOfficer", Flag.JUDICIAL_POLICE_OFFICER, situation.judicialPoliceOfficer());
        out.put("consent", situation.consent().name());
        out.put("asker", names(situation.asker()));
        out.put("context", situation.context().name());
        out.put("minorFacts", names(situation.minorFacts()));
        out.put("offence", situation.offence().name());
        out.put("institution", situation.institution().name());
        return JSON.writeValueAsString(out);
    }

    /** A decision written by {@link #decisionJson}, read back equal; empty when the text is not one. */
    public static Optional<Decision> readDecision(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<Referral> referrals = new ArrayList<>();
            node.get("referrals").forEach(r -> referrals.add(new Referral(r.get("target").asString(),
                    Urgency.valueOf(r.get("urgency").asString()), r.get("channel").asString(), r.get("reason").asString(),
                    r.get("rule").asString())));
            List<ReportingOutcome> reports = new ArrayList<>();
            node.get("reports").forEach(r -> {
                List<String> duties = new ArrayList<>();
                r.get("duties").forEach(d -> duties.add(d.asString()));
                reports.add(new ReportingOutcome(Addressee.valueOf(r.get("addressee").asString()),
                        Modality.valueOf(r.get("modality").asString()), r.get("consentNeeded").asBoolean(), duties,
                        r.get("legalBasis").asString(), r.get("rule").asString()));
            });
            List<Firing> trace = new ArrayList<>();
            node.get("trace").forEach(f -> trace.add(new Firing(f.get("rule").asString(), f.get("version").asString(),
                    f.get("legalBasis").asString())));
            Optional<LocalDate> date = Optional.ofNullable(node.get("date")).map(d -> LocalDate.parse(d.asString()));
            return Optional.of(new Decision(referrals, reports, trace, node.get("ruleSetVersion").asString(), date));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static void flag(Map<String, Object> out, Situation situation, String field, Flag flag, boolean value) {
        out.put(field, situation.known(flag) ? value : "UNKNOWN");
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Parsed<Situation> situation(JsonNode node, String at, List<Problem> problems) {
        if (!node.isObject()) {
            return Parsed.invalid(Problem.error("json.field.type", at, "object"));
        }
        JsonNode version = node.get("formatVersion");
        if (version == null) {
            return situationV1(node, at, problems);
        }
        if (!version.isInt() || version.asInt() < 1 || version.asInt() > SITUATION_FORMAT) {
            return Parsed.invalid(Problem.error("situation.file.version", at + ".formatVersion", version.toString()));
        }
        if (version.asInt() == 1) {
            return situationV1(node, at, problems);
        }
        // version 2 is version 3 without judicialPoliceOfficer: read as not known
        unknownFields(node, at, version.asInt() == 2 ? SITUATION_V2_FIELDS : SITUATION_V3_FIELDS, problems);
        Optional<AgeGroup> age = value(node, "age", at, AgeGroup.class, problems);
        Vulnerability vulnerability = optionalValue(node, "vulnerability", at, Vulnerability.class, problems)
                .orElse(Vulnerability.UNKNOWN);
        Relation relation = optionalValue(node, "relation", at, Relation.class, problems).orElse(Relation.UNKNOWN);
        Set<Violence> violences = values(node, "violences", at, Violence.class, problems);
        Recency recency = optionalValue(node, "recency", at, Recency.class, problems).orElse(Recency.UNKNOWN);
        Consent consent = optionalValue(node, "consent", at, Consent.class, problems).orElse(Consent.UNKNOWN);
        Set<Capacity> asker = askers(node, at, problems);
        Set<Flag> unknown = EnumSet.noneOf(Flag.class);
        boolean danger = known(node, "immediateDanger", Flag.IMMEDIATE_DANGER, at, unknown, problems);
        boolean life = known(node, "lifeInDanger", Flag.LIFE_IN_DANGER, at, unknown, problems);
        boolean emprise = known(node, "emprise", Flag.EMPRISE, at, unknown, problems);
        boolean children = known(node, "childrenExposed", Flag.CHILDREN_EXPOSED, at, unknown, problems);
        boolean childVictim = known(node, "childVictim", Flag.CHILD_VICTIM, at, unknown, problems);
        boolean cannotSpeak = known(node, "cannotSpeak", Flag.CANNOT_SPEAK, at, unknown, problems);
        boolean deaf = known(node, "deafOrHardOfHearing", Flag.DEAF_OR_HARD_OF_HEARING, at, unknown, problems);
        boolean shelter = known(node, "needsShelter", Flag.NEEDS_SHELTER, at, unknown, problems);
        boolean functions = known(node, "learnedInFunctions", Flag.LEARNED_IN_FUNCTIONS, at, unknown, problems);
        boolean weapon = known(node, "dangerousWithWeapon", Flag.DANGEROUS_WITH_WEAPON, at, unknown, problems);
        boolean opj = known(node, "judicialPoliceOfficer", Flag.JUDICIAL_POLICE_OFFICER, at, unknown, problems);
        Set<MinorFact> minorFacts = values(node, "minorFacts", at, MinorFact.class, problems);
        Offence offence = optionalValue(node, "offence", at, Offence.class, problems).orElse(Offence.UNKNOWN);
        Institution institution = optionalValue(node, "institution", at, Institution.class, problems)
                .orElse(Institution.UNKNOWN);
        Context context = optionalValue(node, "context", at, Context.class, problems).orElse(Context.OTHER);
        if (life && !danger && node.get("immediateDanger") != null && node.get("immediateDanger").isBoolean()) {
            problems.add(Problem.error("situation.life-without-danger", at + ".lifeInDanger"));
        }
        if (!minorFacts.isEmpty() && age.filter(a -> a != AgeGroup.MINOR && a != AgeGroup.UNKNOWN).isPresent()) {
            problems.add(Problem.error("situation.minor-facts.not-minor", at + ".minorFacts"));
        }
        if (!problems.isEmpty()) {
            return Parsed.invalid(problems);
        }
        return Parsed.valid(new Situation(age.orElseThrow(), vulnerability, relation, violences, recency, danger, emprise,
                children, cannotSpeak, shelter, consent, asker, context, life, childVictim, deaf, functions, weapon, opj, minorFacts,
                offence, institution, unknown));
    }

    /** Version 1, migrated: see the class's description. */
    private static Parsed<Situation> situationV1(JsonNode node, String at, List<Problem> problems) {
        Set<String> known = new java.util.HashSet<>(SITUATION_FIELDS);
        known.add("formatVersion");
        unknownFields(node, at, known, problems);
        Optional<AgeGroup> age = value(node, "age", at, AgeGroup.class, problems);
        Vulnerability vulnerability = optionalValue(node, "vulnerability", at, Vulnerability.class, problems)
                .orElse(Vulnerability.NONE);
        Optional<Relation> relation = value(node, "relation", at, Relation.class, problems);
        Set<Violence> violences = values(node, "violences", at, Violence.class, problems);
        Optional<Recency> recency = value(node, "recency", at, Recency.class, problems);
        Optional<Consent> consent = value(node, "consent", at, Consent.class, problems);
        Set<Capacity> asker = askers(node, at, problems);
        boolean danger = flag(node, "immediateDanger", at, problems);
        boolean emprise = flag(node, "emprise", at, problems);
        boolean children = flag(node, "childrenExposed", at, problems);
        boolean cannotSpeak = flag(node, "cannotSpeak", at, problems);
        boolean shelter = flag(node, "needsShelter", at, problems);
        Context context = optionalValue(node, "context", at, Context.class, problems).orElse(Context.OTHER);
        if (!problems.isEmpty()) {
            return Parsed.invalid(problems);
        }
        return Parsed.valid(new Situation(age.orElseThrow(), vulnerability, relation.orElseThrow(), violences,
                recency.orElseThrow(), danger, emprise, children, cannotSpeak, shelter, consent.orElseThrow(), asker, context));
    }

    private static Set<Capacity> askers(JsonNode node, String at, List<Problem> problems) {
        Set<Capacity> asker = values(node, "asker", at, Capacity.class, problems);
        if (asker.isEmpty() && problems.stream().noneMatch(p -> p.path().orElse("").startsWith(at + ".asker"))) {
            problems.add(Problem.error("situation.asker.empty", at + ".asker"));
        }
        return asker;
    }

    /** A yes/no fact of version 2: {@code true}, {@code false}, or {@code "UNKNOWN"} / left out (then added to {@code unknown}). */
    private static boolean known(JsonNode node, String field, Flag flag, String at, Set<Flag> unknown, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isString() && value.asString().equals("UNKNOWN")) {
            unknown.add(flag);
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(Problem.error("json.field.type", at + "." + field, "true/false/\"UNKNOWN\""));
            return false;
        }
        return value.asBoolean();
    }

    private static Optional<JsonNode> root(byte[] json) {
        try {
            return Optional.of(JSON.readTree(json)).filter(JsonNode::isObject);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Problem syntax(byte[] json) {
        try {
            JSON.readTree(json);
            return Problem.error("file.json.not-object", "$");
        } catch (JacksonException e) {
            var location = e.getLocation();
            return io.github.clvss.core.shared.JsonSyntax.at(json, Optional.ofNullable(location).map(l -> l.getLineNr()),
                    Optional.ofNullable(location).map(l -> l.getColumnNr()));
        }
    }

    private static void unknownFields(JsonNode node, String at, Set<String> known, List<Problem> problems) {
        node.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                problems.add(Problem.error("json.field.unknown", at + "." + name, name,
                        known.stream().sorted().collect(Collectors.joining(", "))));
            }
        });
    }

    private static String text(JsonNode node, String field, String at, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            problems.add(Problem.error("json.field.missing", at + "." + field));
            return "";
        }
        return value.asString();
    }

    private static boolean flag(JsonNode node, String field, String at, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(Problem.error("json.field.type", at + "." + field, "true/false"));
            return false;
        }
        return value.asBoolean();
    }

    private static <E extends Enum<E>> Optional<E> value(JsonNode node, String field, String at, Class<E> type,
            List<Problem> problems) {
        if (node.get(field) == null) {
            problems.add(Problem.error("json.field.missing", at + "." + field));
            return Optional.empty();
        }
        return optionalValue(node, field, at, type, problems);
    }

    private static <E extends Enum<E>> Optional<E> optionalValue(JsonNode node, String field, String at, Class<E> type,
            List<Problem> problems) {
        JsonNode value = node.get(field);
        return value == null ? Optional.empty() : constant(value, at + "." + field, type, problems);
    }

    private static <E extends Enum<E>> Set<E> values(JsonNode node, String field, String at, Class<E> type,
            List<Problem> problems) {
        JsonNode array = node.get(field);
        Set<E> values = EnumSet.noneOf(type);
        if (array == null) {
            return values;
        }
        if (!array.isArray()) {
            problems.add(Problem.error("json.field.type", at + "." + field, "[…]"));
            return values;
        }
        for (int i = 0; i < array.size(); i++) {
            constant(array.get(i), at + "." + field + "[" + i + "]", type, problems).ifPresent(values::add);
        }
        return values;
    }

    private static <E extends Enum<E>> Optional<E> constant(JsonNode value, String path, Class<E> type, List<Problem> problems) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.asString())) {
                    return Optional.of(constant);
                }
            }
        }
        problems.add(Problem.error("json.field.value", path, value.toString(), allowed));
        return Optional.empty();
    }

    /** A list of non-blank texts; anything else is reported. */
    private static List<String> strings(JsonNode parent, String field, String at, List<Problem> problems) {
        List<String> texts = new ArrayList<>();
        JsonNode array = parent.get(field);
        if (array == null) {
            return texts;
        }
        if (!array.isArray()) {
            problems.add(Problem.error("json.field.type", at + "." + field, "[…]"));
            return texts;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isString() && !item.asString().isBlank()) {
                texts.add(item.asString());
            } else {
                problems.add(Problem.error("json.field.type", at + "." + field + "[" + i + "]", "\"…\""));
            }
        }
        return texts;
    }

    /** Reads each object of a list; anything else is reported. */
    private static void each(JsonNode parent, String field, String at, List<Problem> problems,
            java.util.function.BiConsumer<JsonNode, String> read) {
        JsonNode array = parent.get(field);
        if (array == null) {
            return;
        }
        if (!array.isArray()) {
            problems.add(Problem.error("json.field.type", at + "." + field, "[…]"));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = at + "." + field + "[" + i + "]";
            if (array.get(i).isObject()) {
                read.accept(array.get(i), path);
            } else {
                problems.add(Problem.error("json.field.type", path, "{…}"));
            }
        }
    }
}
