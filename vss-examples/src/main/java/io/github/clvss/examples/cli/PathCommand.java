package io.github.clvss.examples.cli;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.path.ConsentScope;
import io.github.clvss.core.path.ConsentStatus;
import io.github.clvss.core.path.DeclineReason;
import io.github.clvss.core.path.Handover;
import io.github.clvss.core.path.HandoverId;
import io.github.clvss.core.path.HandoverOutcome;
import io.github.clvss.core.path.LegalException;
import io.github.clvss.core.path.PathNote;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.referral.ReportingOutcome;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.scenario.ScenarioFiles;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code vss path SCENARIO}: replays a victim's path, step by step, from a JSON scenario
 * (format in {@code docs/path-scenario.md}): each step is done through {@code vss.paths()} by
 * the user it names, on the scenario's own clock, and told in words. The first step the core
 * refuses stops the replay, with its number and the core's reason (exit code 1).
 */
@Command(name = "path")
final class PathCommand extends Subcommand {

    @Parameters(paramLabel = "SCENARIO", descriptionKey = "scenario")
    Path scenario;

    @Option(names = "--territory", paramLabel = "INSEE|SIREN|ID")
    Optional<String> territory = Optional.empty();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Integer call() {
        JsonNode file;
        try {
            file = JSON.readTree(read(scenario));
        } catch (JacksonException e) {
            return invalid(0, Problem.general("cli.path.syntax", scenario.toString()), List.of());
        }
        if (!file.isObject() || !file.path("steps").isArray() || !file.path("actors").isObject()) {
            return invalid(0, Problem.general("cli.path.shape"), List.of());
        }
        Parsed<Situation> situation = ScenarioFiles.readSituation(
                JSON.writeValueAsString(file.path("situation")).getBytes(StandardCharsets.UTF_8));
        if (!situation.isValid()) {
            return answer("invalid", situation.problems(), Map.of(), List.of(root.messages().text("cli.refer.invalid",
                    List.of(String.valueOf(situation.problems().size())))));
        }
        Instant start;
        try {
            start = file.hasNonNull("start") ? OffsetDateTime.parse(file.get("start").asString()).toInstant() : root.clock.instant();
        } catch (DateTimeParseException e) {
            return invalid(0, Problem.general("cli.path.start", file.get("start").asString()), List.of());
        }
        ScenarioClock clock = new ScenarioClock(start);
        try (Vss vss = root.open(spec, clock)) {
            List<String> lines = new ArrayList<>();
            if (vss.territories().count(Actor.system()) == 0 && territory.isEmpty()) {
                vss.contractFiles().importFile(Actor.system(), ContractFiles.demoFile(), ImportMode.CREATE, false);
                lines.add(root.messages().text("cli.path.demo", List.of()));
            }
            Optional<TerritoryId> where = territory(vss, territory);
            if (where.isEmpty()) {
                long count = vss.territories().count(Actor.system());
                return answer("invalid", List.of(territory.isPresent()
                        ? Problem.general("cli.territory.unknown", territory.get(), count)
                        : Problem.general("cli.territory.choose", count)), Map.of(), lines);
            }
            return new Replay(vss, clock, where.get(), situation.asOptional().orElseThrow(), lines).run(file);
        } catch (VssException refusal) {
            return refused(refusal);
        }
    }

    private int invalid(int step, Problem problem, List<String> lines) {
        List<String> all = new ArrayList<>(lines);
        all.add(root.messages().text("cli.path.invalid", List.of(String.valueOf(step))));
        return answer("invalid", List.of(problem), Map.of("step", step), all);
    }

    /** A step the scenario file gets wrong (not the core's refusal). */
    private static final class Wrong extends RuntimeException {
        private final transient Problem problem;

        Wrong(String code, Object... arguments) {
            super(code, null, false, false);
            this.problem = Problem.general(code, arguments);
        }
    }

    /** One replay: the territory's partners by name, the scenario's users, the path and its handovers as they stand. */
    private final class Replay {
        private final Vss vss;
        private final ScenarioClock clock;
        private final TerritoryId territory;
        private final Situation situation;
        private final List<String> lines;
        private final Messages messages = root.messages();
        private final ZoneId zone;
        private final Map<PartnerId, String> partnerNames = new LinkedHashMap<>();
        private final Map<String, Actor> actors = new LinkedHashMap<>();
        private final Map<HandoverId, Handover> handovers = new LinkedHashMap<>();
        private Optional<VictimPath> path = Optional.empty();

        Replay(Vss vss, ScenarioClock clock, TerritoryId territory, Situation situation, List<String> lines) {
            this.vss = vss;
            this.clock = clock;
            this.territory = territory;
            this.situation = situation;
            this.lines = lines;
            this.zone = vss.territories().find(Actor.system(), territory).facts().timeZone();
            for (Contract contract : vss.contracts().list(Actor.system(), territory, PageRequest.first(50))) {
                for (Partner partner : vss.partners().list(Actor.system(), contract.id(), PageRequest.first(200))) {
                    partnerNames.put(partner.id(), vss.institutions().find(Actor.system(), partner.institution()).name());
                }
            }
        }

        int run(JsonNode file) {
            lines.add(messages.text("cli.path.title", List.of(file.path("name").asString(""),
                    vss.territories().find(Actor.system(), territory).facts().name(), day(clock.instant()),
                    time(clock.instant()))));
            try {
                file.get("actors").properties().forEach(actor -> actors.put(actor.getKey(), Actor.user(actor.getKey(),
                        Grant.partner(territory, partner(actor.getValue().asString(""))))));
            } catch (Wrong wrong) {
                return invalid(0, wrong.problem, lines);
            }
            int number = 0;
            for (JsonNode step : file.get("steps")) {
                number++;
                try {
                    lines.add(number + ". " + step(step));
                } catch (Wrong wrong) {
                    return invalid(number, wrong.problem, lines);
                } catch (VssException refusal) {
                    lines.add(messages.text("cli.path.refused", List.of(String.valueOf(number), act(step))));
                    return answer("refused", refusal.problems(), Map.of("step", number), lines);
                }
            }
            lines.add(messages.text("cli.path.done", List.of(String.valueOf(number))));
            return answer("replayed", List.of(), Map.of("steps", number), lines);
        }

        private String act(JsonNode step) {
            return step.has("wait") ? "wait" : step.path("act").asString("?");
        }

        private String step(JsonNode step) {
            if (step.has("wait")) {
                return waited(step.get("wait").asString(""));
            }
            String by = text(step, "by");
            Actor actor = Optional.ofNullable(actors.get(by)).orElseThrow(() -> new Wrong("cli.path.actor", by));
            PartnerId own = actor.grants().stream().map(Grant::partner).flatMap(Optional::stream).findFirst().orElseThrow();
            String who = messages.text("cli.path.who", List.of(day(clock.instant()), time(clock.instant()), by,
                    partnerNames.get(own)));
            String act = text(step, "act");
            String done = switch (act) {
                case "open" -> opened(vss.paths().open(actor, territory, own, situation,
                        optional(step, "note").map(PathNote::new)));
                case "consent" -> {
                    ConsentStatus status = choice(ConsentStatus.class, step, "status");
                    Optional<PartnerId> partner = optional(step, "partner").map(this::partner);
                    path = Optional.of(vss.paths().recordConsent(actor, current().id(), status,
                            partner.map(ConsentScope::handoverTo).orElseGet(ConsentScope::anyHandover)));
                    yield messages.text("cli.path.consent", List.of(messages.text("cli.path.consent." + status.name(), List.of()),
                            partner.map(partnerNames::get).orElseGet(() -> messages.text("cli.path.any-partner", List.of()))));
                }
                case "refer" -> sent("cli.path.refer", vss.paths().handOver(actor, current().id(), partner(text(step, "to")),
                        exception(step)));
                case "receive" -> stepped("cli.path.receive", vss.paths().receive(actor, handover(step, own)));
                case "accept" -> stepped("cli.path.accept", vss.paths().accept(actor, handover(step, own)));
                case "decline" -> {
                    DeclineReason reason = choice(DeclineReason.class, step, "reason");
                    Handover declined = keep(vss.paths().decline(actor, handover(step, own), reason));
                    yield messages.text("cli.path.decline", List.of(partnerNames.get(declined.from()),
                            messages.text("cli.path.decline." + reason.name(), List.of())));
                }
                case "refer-onward" -> {
                    HandoverId received = handover(step, own);
                    Handover onward = vss.paths().referOnward(actor, received, partner(text(step, "to")), exception(step));
                    // the handover it ends changed too: the receiving partner reads it back (journaled as a read)
                    vss.paths().find(actor, current().id()).handover(received).ifPresent(this::keep);
                    yield sent("cli.path.refer-onward", onward);
                }
                case "close-handover" -> {
                    HandoverOutcome outcome = choice(HandoverOutcome.class, step, "outcome");
                    Handover closed = keep(vss.paths().closeHandover(actor, handover(step, own), outcome));
                    yield messages.text("cli.path.close-handover", List.of(partnerNames.get(closed.from()),
                            messages.text("cli.path.outcome." + outcome.name(), List.of())));
                }
                case "close" -> {
                    path = Optional.of(vss.paths().close(actor, current().id()));
                    yield messages.text("cli.path.close", List.of());
                }
                default -> throw new Wrong("cli.path.act", act);
            };
            return who + " " + done;
        }

        private String opened(VictimPath opened) {
            path = Optional.of(opened);
            String urgency = messages.text("cli.path.urgency." + opened.urgency().name(), List.of());
            StringBuilder said = new StringBuilder(messages.text("cli.path.open", List.of(opened.reference().readable(), urgency)));
            for (ReportingOutcome exception : opened.legalExceptions()) {
                said.append(System.lineSeparator()).append("   ")
                        .append(messages.text("cli.path.exception", List.of(exception.rule(), exception.legalBasis())));
            }
            return said.toString();
        }

        private String sent(String key, Handover sent) {
            keep(sent);
            String said = messages.text(key, List.of(partnerNames.get(sent.to()), day(sent.deadline()), time(sent.deadline())));
            return sent.override().map(o -> said + " " + messages.text("cli.path.override", List.of(o.rule(), o.legalBasis(),
                    o.reason().text()))).orElse(said);
        }

        private String stepped(String key, Handover changed) {
            keep(changed);
            return messages.text(key, List.of(partnerNames.get(changed.from())));
        }

        private Handover keep(Handover handover) {
            handovers.put(handover.id(), handover);
            return handover;
        }

        private String waited(String duration) {
            Duration step;
            try {
                step = Duration.parse(duration);
            } catch (DateTimeParseException e) {
                throw new Wrong("cli.path.wait", duration);
            }
            if (step.isNegative() || step.isZero()) {
                throw new Wrong("cli.path.wait", duration);
            }
            clock.advance(step);
            Instant now = clock.instant();
            StringBuilder said = new StringBuilder(messages.text("cli.path.waited", List.of(day(now), time(now))));
            handovers.values().stream().filter(h -> h.late(now)).sorted(Comparator.comparing(Handover::deadline))
                    .forEach(h -> said.append(System.lineSeparator()).append("   ").append(messages.text("cli.path.late",
                            List.of(partnerNames.get(h.from()), partnerNames.get(h.to()), day(h.deadline()), time(h.deadline())))));
            return said.toString();
        }

        /** The handover a receiving step acts on: the one to the partner named by {@code handover}, else to the actor's own. */
        private HandoverId handover(JsonNode step, PartnerId own) {
            PartnerId to = optional(step, "handover").map(this::partner).orElse(own);
            return handovers.values().stream().filter(h -> h.to().equals(to)).max(Comparator.comparing(Handover::sentAt))
                    .map(Handover::id).orElseThrow(() -> new Wrong("cli.path.no-handover", partnerNames.get(to)));
        }

        private Optional<LegalException> exception(JsonNode step) {
            JsonNode exception = step.get("exception");
            if (exception == null || exception.isNull()) {
                return Optional.empty();
            }
            return Optional.of(new LegalException(text(exception, "rule"), new PathNote(text(exception, "reason"))));
        }

        private VictimPath current() {
            return path.orElseThrow(() -> new Wrong("cli.path.not-open"));
        }

        /** The territory's partner whose name is {@code name} or, failing that, the only one whose name contains it. */
        private PartnerId partner(String name) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            List<PartnerId> exact = partnerNames.entrySet().stream()
                    .filter(e -> e.getValue().toLowerCase(Locale.ROOT).equals(wanted)).map(Map.Entry::getKey).toList();
            if (exact.size() == 1) {
                return exact.getFirst();
            }
            List<PartnerId> found = partnerNames.entrySet().stream()
                    .filter(e -> !wanted.isEmpty() && e.getValue().toLowerCase(Locale.ROOT).contains(wanted))
                    .map(Map.Entry::getKey).toList();
            if (found.size() != 1) {
                throw new Wrong(found.isEmpty() ? "cli.path.partner.unknown" : "cli.path.partner.ambiguous", name);
            }
            return found.getFirst();
        }

        private <E extends Enum<E>> E choice(Class<E> type, JsonNode step, String field) {
            String value = text(step, field);
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new Wrong("cli.path.value", field, value);
            }
        }

        private String text(JsonNode node, String field) {
            return optional(node, field).orElseThrow(() -> new Wrong("cli.path.missing", field));
        }

        private static Optional<String> optional(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || !value.isString() || value.asString().isBlank() ? Optional.empty()
                    : Optional.of(value.asString());
        }

        /** A day, in the territory's time, as an ISO date the messages write in words. */
        private String day(Instant at) {
            return at.atZone(zone).toLocalDate().toString();
        }

        private String time(Instant at) {
            ZonedDateTime local = at.atZone(zone);
            return String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute());
        }
    }

    /** The scenario's time: where it starts, moved on by its waits only. */
    static final class ScenarioClock extends Clock {
        private Instant now;

        ScenarioClock(Instant start) {
            this.now = start;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
