package io.github.clvss.examples.cli;

import io.github.clvss.core.contractfile.DeliberationFiles;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.Finding;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** {@code vss deliberation check FILE}: checks a deliberation file against the law. */
@Command(name = "check")
final class CheckDeliberationCommand extends DeliberationSubcommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--insee", required = true, paramLabel = "CODE")
    String insee = "";

    @Option(names = "--siren", required = true, paramLabel = "SIREN")
    String siren = "";

    @Option(names = "--siret", paramLabel = "SIRET")
    Optional<String> siret = Optional.empty();

    @Option(names = "--population", paramLabel = "N")
    Optional<Long> population = Optional.empty();

    @Option(names = "--population-year", paramLabel = "YYYY")
    Optional<Integer> populationYear = Optional.empty();

    @Option(names = "--name", paramLabel = "NAME")
    Optional<String> name = Optional.empty();

    @Override
    public Integer call() {
        VssCommand root = root();
        Messages messages = root.messages();
        TerritoryFacts territory = territory(messages);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.text("cli.file.missing", List.of(file.toString())));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    messages.text("cli.file.unreadable", List.of(file.toString())));
        }
        Parsed<Deliberation> parsed = DeliberationFiles.read(content);
        if (!parsed.isValid()) {
            return print(messages, List.of(messages.text("cli.deliberation.invalid", List.of(String.valueOf(parsed.problems().size())))),
                    parsed.problems().stream().map(p -> new Finding("file", "", p)).toList(), "invalid");
        }
        Deliberation deliberation = parsed.asOptional().orElseThrow();
        List<Finding> findings = new ArrayList<>(io.github.clvss.core.deliberation.DeliberationCheck.check(deliberation,
                territory));
        territoryWarnings.forEach(w -> findings.add(new Finding("territory", "INSEE / SIRENE", w)));
        long errors = findings.stream().filter(Finding::isError).count();
        String title = deliberation.session().date()
                .map(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(messages.locale())::format)
                .orElse("?") + " — " + deliberation.object();
        return print(messages, List.of(messages.text("cli.deliberation.summary",
                List.of(title, String.valueOf(errors), String.valueOf(findings.size() - errors)))), findings,
                errors == 0 ? "valid" : "invalid");
    }

    /** The commune's facts from the options; every problem of every option at once. */
    private TerritoryFacts territory(Messages messages) {
        List<Problem> problems = new ArrayList<>();
        Parsed<InseeCode> code = InseeCode.parse(insee, "--insee");
        Parsed<Siren> number = Siren.parse(siren, "--siren");
        Optional<Parsed<Siret>> establishment = siret.map(raw -> Siret.parse(raw, "--siret"));
        problems.addAll(code.problems());
        problems.addAll(number.problems());
        establishment.ifPresent(p -> problems.addAll(p.problems()));
        if (population.filter(n -> n < 0).isPresent()) {
            problems.add(Problem.error("population.negative", "--population", population.get()));
        }
        if (problems.isEmpty()) {
            InseeCode commune = code.asOptional().orElseThrow();
            problems.addAll(TerritoryFacts.inconsistencies(TerritoryKind.COMMUNE, name.orElse(commune.value()),
                    Optional.of(commune), commune.department(), number.asOptional().orElseThrow(),
                    establishment.flatMap(Parsed::asOptional), "--"));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.join(System.lineSeparator(),
                    problems.stream().map(messages::describe).toList()));
        }
        InseeCode commune = code.asOptional().orElseThrow();
        Siren authority = number.asOptional().orElseThrow();
        TerritoryFacts.sirenAgainstInsee(commune, authority, "--siren").ifPresent(territoryWarnings::add);
        Optional<Population> inhabitants;
        try {
            inhabitants = population.map(n -> new Population(n,
                    populationYear.map(Year::of).orElseGet(() -> Year.now(root().clock))));
        } catch (VssException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.join(System.lineSeparator(),
                    e.problems().stream().map(messages::describe).toList()));
        }
        return new TerritoryFacts(TerritoryKind.COMMUNE, name.orElse(commune.value()), Optional.of(commune),
                commune.department(), authority, establishment.flatMap(Parsed::asOptional), inhabitants,
                commune.department().usualTimeZone());
    }

    private final List<Problem> territoryWarnings = new ArrayList<>();

    private int print(Messages messages, List<String> heading, List<Finding> findings, String outcome) {
        boolean ok = findings.stream().noneMatch(Finding::isError);
        if (root().json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ok", ok);
            result.put("outcome", outcome);
            result.put("errors", findings.stream().filter(Finding::isError).count());
            result.put("warnings", findings.stream().filter(f -> !f.isError()).count());
            List<Map<String, Object>> listed = new ArrayList<>();
            for (Finding finding : findings) {
                Problem problem = finding.problem();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("rule", finding.rule());
                item.put("article", finding.article());
                item.put("severity", problem.severity().name());
                item.put("code", problem.code());
                problem.path().ifPresent(path -> item.put("path", path));
                item.put("arguments", problem.arguments());
                item.put("message", messages.text(problem));
                listed.add(item);
            }
            result.put("findings", listed);
            out().println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            heading.forEach(out()::println);
            for (Finding finding : findings) {
                String severity = messages.text(finding.isError() ? "cli.deliberation.error" : "cli.deliberation.warning", List.of());
                String where = finding.article().isEmpty() ? finding.rule() : finding.rule() + " · " + finding.article();
                out().println("  [" + severity + "] " + where + " · " + messages.describe(finding.problem()));
            }
        }
        out().flush();
        return ok ? 0 : VssCommand.INVALID_INPUT;
    }
}
