package io.github.clvss.examples.cli;

import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.DecisionWords;
import io.github.clvss.core.referral.Explanation;
import io.github.clvss.core.referral.LocalCircuits;
import io.github.clvss.core.referral.ReportingOutcome;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.referral.RuleTable;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.scenario.ScenarioFiles;
import io.github.clvss.core.scenario.ScenarioReport;
import io.github.clvss.core.scenario.Scenarios;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code vss refer}: a decision for a situation, scenario runs, or the table of built-in rules. */
@Command(name = "refer")
final class ReferCommand extends Subcommand {

    @Parameters(paramLabel = "SITUATION", arity = "0..1", descriptionKey = "situation")
    Optional<Path> situation = Optional.empty();

    @Option(names = "--check", paramLabel = "DIR")
    Optional<Path> check = Optional.empty();

    @Option(names = "--builtin")
    boolean builtin;

    @Option(names = "--rules")
    boolean table;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    Optional<LocalDate> date = Optional.empty();

    @Override
    public Integer call() {
        RuleSet rules = RuleSet.builder().discover(Thread.currentThread().getContextClassLoader()).build();
        int asked = (situation.isPresent() ? 1 : 0) + (check.isPresent() ? 1 : 0) + (builtin ? 1 : 0) + (table ? 1 : 0);
        if (asked > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), root.messages().text("cli.refer.usage", List.of()));
        }
        if (table) {
            return rulesTable();
        }
        if (check.isPresent() || builtin) {
            if (check.isPresent() && !Files.isDirectory(check.get())) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        root.messages().text("cli.refer.no-directory", List.of(check.get().toString())));
            }
            return scenarios(check.isPresent() ? Scenarios.check(rules, check.get()) : Scenarios.checkBuiltIn(rules));
        }
        if (situation.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), root.messages().text("cli.refer.usage", List.of()));
        }
        Parsed<Situation> parsed = ScenarioFiles.readSituation(read(situation.get()));
        if (!parsed.isValid()) {
            return answer("invalid", parsed.problems(), Map.of(),
                    List.of(root.messages().text("cli.refer.invalid", List.of(String.valueOf(parsed.problems().size())))));
        }
        LocalDate day = date.orElseGet(() -> LocalDate.now(root.clock.withZone(ZoneId.of("Europe/Paris"))));
        Decision decision = rules.decide(parsed.asOptional().orElseThrow(), day);
        if (root.json) {
            out().println(ScenarioFiles.decisionJson(decision));
            out().flush();
            return 0;
        }
        describe(decision, parsed.asOptional().orElseThrow(), rules).forEach(out()::println);
        out().flush();
        return 0;
    }

    private List<String> describe(Decision decision, Situation situation, RuleSet rules) {
        Messages messages = rules.messages(root.messages().locale())
                .withBundle(VssCommand.TEXTS, getClass().getClassLoader());
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("cli.refer.rules", List.of(decision.ruleSetVersion())));
        decision.date().ifPresent(day -> lines.add(messages.text("cli.refer.date", List.of(day.toString()))));
        DecisionWords words = new DecisionWords(messages);
        Explanation explained = words.explain(decision, situation, target -> new LocalCircuits.Contact(target, target,
                Optional.empty()));
        lines.add(messages.text("cli.refer.referrals", List.of()));
        for (Explanation.Contact contact : explained.contacts()) {
            lines.add("  " + contact.when() + " · " + contact.name() + " — " + contact.why());
        }
        lines.add(messages.text("cli.refer.reports", List.of()));
        if (decision.reports().isEmpty()) {
            lines.add("  " + messages.text("cli.refer.no-report", List.of()));
        }
        for (ReportingOutcome report : decision.reports()) {
            lines.add("  " + words.reporting(report) + " — " + report.legalBasis());
            report.duties().forEach(duty -> lines.add("      • " + words.text(duty)));
        }
        lines.add(messages.text("cli.refer.trace", List.of()));
        explained.rules().forEach(rule -> lines.add("  " + rule.id() + " " + rule.version() + " — " + rule.legalBasis()));
        return lines;
    }

    /** The built-in rules, each with its article, meaning, may/must, period and source. */
    private int rulesTable() {
        Messages messages = root.messages();
        List<RuleTable.Row> rows = RuleTable.rows();
        if (root.json) {
            List<Map<String, Object>> listed = new ArrayList<>();
            for (RuleTable.Row row : rows) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", row.id());
                item.put("article", row.article());
                item.put("meaning", messages.text(row.id(), List.of()));
                item.put("modality", row.modality().map(Enum::name).orElse("ORIENTATION"));
                item.put("from", row.inForce().from().toString());
                row.inForce().until().ifPresent(until -> item.put("until", until.toString()));
                item.put("source", row.source());
                item.put("dateChecked", row.dateChecked());
                listed.add(item);
            }
            return answer("rules", List.of(), Map.of("rules", listed), List.of());
        }
        List<String> headings = RuleTable.headings(messages);
        for (RuleTable.Row row : rows) {
            List<String> cells = RuleTable.cells(row, messages);
            out().println(cells.get(0).replace("`", "") + " — " + cells.get(1));
            for (int i = 2; i < cells.size(); i++) {
                out().println("    " + headings.get(i) + ": " + cells.get(i));
            }
        }
        out().flush();
        return 0;
    }

    private int scenarios(ScenarioReport report) {
        Messages messages = root.messages();
        List<Problem> problems = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("cli.refer.rules", List.of(report.ruleSetVersion())));
        for (ScenarioReport.Result result : report.results()) {
            lines.add((result.passed() ? "  ✓ " : "  ✗ ") + result.file() + (result.name().isEmpty() ? "" : " — " + result.name()));
            result.problems().forEach(problem -> lines.add("      " + messages.describe(problem)));
            result.problems().stream().map(p -> new Problem(p.code(), p.arguments(),
                    Optional.of(result.file() + p.path().map(path -> " " + path).orElse("")), p.severity()))
                    .forEach(problems::add);
        }
        lines.add(messages.text(report.passed() ? "cli.refer.check.ok" : "cli.refer.check.failed",
                List.of(String.valueOf(report.failures()), String.valueOf(report.results().size()))));
        if (root.json) {
            return answer(report.passed() ? "passed" : "failed", problems.isEmpty() && !report.passed()
                    ? List.of(Problem.general("cli.refer.no-scenario")) : problems,
                    Map.of("ruleSetVersion", report.ruleSetVersion(), "scenarios", report.results().size(),
                            "failures", report.failures()), List.of());
        }
        lines.forEach(out()::println);
        out().flush();
        return report.passed() ? 0 : VssCommand.INVALID_INPUT;
    }

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
