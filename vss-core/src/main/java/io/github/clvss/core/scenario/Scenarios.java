package io.github.clvss.core.scenario;

import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.Referral;
import io.github.clvss.core.referral.ReportingOutcome;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.shared.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs scenarios against a rule set and says which passed and why the others failed. A
 * scenario about a council deliberation (a {@code deliberation} key instead of a
 * {@code situation}) runs the deliberation checks instead ({@code DeliberationScenarios}). A
 * directory's {@code *.json} files are read in name order; a file that cannot be read is a
 * failed scenario with the reasons, never a crash.
 */
public final class Scenarios {

    private static final String BUILT_IN = "/io/github/clvss/core/scenario/builtin/";

    private Scenarios() {
    }

    /** Runs every {@code *.json} scenario of a directory. */
    public static ScenarioReport check(RuleSet rules, Path directory) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the scenarios of " + directory, e);
        }
        List<ScenarioReport.Result> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(run(rules, file.getFileName().toString(), Files.readAllBytes(file)));
            } catch (IOException e) {
                results.add(new ScenarioReport.Result(file.getFileName().toString(), "", "",
                        List.of(Problem.general("scenario.file.unreadable", file.getFileName()))));
            }
        }
        return new ScenarioReport(rules.version(), results);
    }

    /** Runs the scenarios vss ships for its French rules. */
    public static ScenarioReport checkBuiltIn(RuleSet rules) {
        List<ScenarioReport.Result> results = new ArrayList<>();
        for (String file : builtInFiles()) {
            results.add(run(rules, file, resource(file)));
        }
        return new ScenarioReport(rules.version(), results);
    }

    /** The names of the scenario files vss ships, in order. */
    public static List<String> builtInFiles() {
        return new String(resource("index.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** The content of one of the scenario files vss ships. */
    public static byte[] builtInFile(String name) {
        return resource(name);
    }

    /** Why a decision does not meet a scenario's expectations; empty when it does. */
    public static List<Problem> compare(Scenario scenario, Decision decision) {
        List<Problem> problems = new ArrayList<>();
        for (Scenario.ExpectedReferral expected : scenario.referrals()) {
            Optional<Referral> actual = decision.referrals().stream().filter(r -> r.target().equals(expected.target())).findFirst();
            if (actual.isEmpty()) {
                problems.add(Problem.general("scenario.referral.missing", expected.target()));
            } else if (expected.urgency().isPresent() && expected.urgency().get() != actual.get().urgency()) {
                problems.add(Problem.general("scenario.referral.urgency", expected.target(), expected.urgency().get(),
                        actual.get().urgency()));
            }
        }
        for (Scenario.ExpectedReport expected : scenario.reports()) {
            List<ReportingOutcome> candidates = decision.reports().stream()
                    .filter(r -> r.addressee() == expected.addressee() && r.legalBasis().startsWith(expected.legalBasis()))
                    .toList();
            if (candidates.isEmpty()) {
                problems.add(Problem.general("scenario.report.missing", expected.addressee(), expected.legalBasis()));
                continue;
            }
            // several outcomes may share the addressee and the basis's start: one must meet every expectation
            List<List<Problem>> misses = candidates.stream().map(actual -> reportMisses(expected, actual)).toList();
            if (misses.stream().noneMatch(List::isEmpty)) {
                problems.addAll(misses.getFirst());
            }
        }
        scenario.firstReferral().ifPresent(target -> {
            String actual = decision.referrals().isEmpty() ? "—" : decision.referrals().getFirst().target();
            if (!actual.equals(target)) {
                problems.add(Problem.general("scenario.referral.first", target, actual));
            }
        });
        for (String target : scenario.absentTargets()) {
            if (decision.referrals().stream().anyMatch(r -> r.target().equals(target))) {
                problems.add(Problem.general("scenario.referral.unexpected", target));
            }
        }
        for (String basis : scenario.absentLegalBases()) {
            if (decision.reports().stream().anyMatch(r -> r.legalBasis().startsWith(basis))) {
                problems.add(Problem.general("scenario.report.unexpected", basis));
            }
        }
        return problems;
    }

    private static List<Problem> reportMisses(Scenario.ExpectedReport expected, ReportingOutcome actual) {
        List<Problem> problems = new ArrayList<>();
        expected.modality().filter(m -> m != actual.modality()).ifPresent(m -> problems.add(Problem.general(
                "scenario.report.modality", expected.legalBasis(), m, actual.modality())));
        expected.consentNeeded().filter(c -> c != actual.consentNeeded()).ifPresent(c -> problems.add(Problem.general(
                "scenario.report.consent", expected.legalBasis(), c, actual.consentNeeded())));
        expected.duties().stream().filter(d -> !actual.duties().contains(d)).forEach(d -> problems.add(
                Problem.general("scenario.report.duty", expected.legalBasis(), d)));
        return problems;
    }

    private static ScenarioReport.Result run(RuleSet rules, String file, byte[] content) {
        if (DeliberationScenarios.isDeliberation(content)) {
            return DeliberationScenarios.run(file, content);
        }
        var parsed = ScenarioFiles.readScenario(content);
        if (!parsed.isValid()) {
            return new ScenarioReport.Result(file, "", "", parsed.problems());
        }
        Scenario scenario = parsed.asOptional().orElseThrow();
        return new ScenarioReport.Result(file, scenario.name(), scenario.source(),
                compare(scenario, scenario.date().map(day -> rules.decide(scenario.situation(), day))
                        .orElseGet(() -> rules.decide(scenario.situation()))));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Scenarios.class.getResourceAsStream(BUILT_IN + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No built-in scenario file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
