package io.github.clvss.examples.cli;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.DeliberationFiles;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.Finding;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.contractfile.ImportReport;
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
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code vss}: imports, exports and validates contract files on an H2 or PostgreSQL database
 * (as the {@code system} actor; every change it makes is in the audit journal), and asks the
 * referral rules — French rules plus any plug-in on the class path — for a decision, and checks
 * a council deliberation file against the law.
 *
 * <p>Exit codes: 0 done, 1 invalid input (the file, or what it asks), 2 usage error,
 * 3 failure (the database cannot be reached…).
 */
@Command(name = "vss", mixinStandardHelpOptions = true, version = "vss 0.1.0",
        description = "Contract files of vss (contrats locaux sur les violences sexistes et sexuelles).",
        subcommands = {VssCommand.Import.class, VssCommand.Export.class, VssCommand.Validate.class, VssCommand.Demo.class,
            VssCommand.Refer.class, VssCommand.DeliberationCommands.class})
public final class VssCommand {

    static final int INVALID_INPUT = 1;
    static final int FAILURE = 3;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL", defaultValue = Database.DEFAULT_URL,
            description = "Database (H2 or PostgreSQL). Default: ${DEFAULT-VALUE}, a file vss.mv.db in the current directory.")
    String db = Database.DEFAULT_URL;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, defaultValue = "${env:VSS_DB_USER:-}",
            description = "Database user (or VSS_DB_USER).")
    String dbUser = "";

    @Option(names = "--db-password", scope = ScopeType.INHERIT, defaultValue = "${env:VSS_DB_PASSWORD:-}",
            description = "Database password (or VSS_DB_PASSWORD).")
    String dbPassword = "";

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable output (JSON).")
    boolean json;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "fr|en", defaultValue = "fr",
            description = "Language of messages: fr (default) or en.")
    String lang = "fr";

    private final Clock clock;

    VssCommand(Clock clock) {
        this.clock = clock;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(Clock.systemUTC(), args));
    }

    /** Libraries that log through java.util.logging (Flyway) say only warnings on a command line. */
    private static void quietLibraries() {
        java.util.logging.Logger root = java.util.logging.LogManager.getLogManager().getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler handler : root.getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        // Flyway warns that it has not been verified with the H2 version vss ships and tests
        FLYWAY_DATABASE.setLevel(java.util.logging.Level.SEVERE);
    }

    private static final java.util.logging.Logger FLYWAY_DATABASE =
            java.util.logging.Logger.getLogger("org.flywaydb.core.internal.database.base.Database");

    /** Runs the command line; returns its exit code. */
    static int run(Clock clock, String... args) {
        return commandLine(clock, new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new VssCommand(clock));
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((exception, command, parsed) -> {
            command.getErr().println(exception.getClass().getSimpleName() + ": " + exception.getMessage());
            return FAILURE;
        });
        return line;
    }

    Messages messages() {
        return Messages.of(Locale.forLanguageTag(lang)).withBundle("io.github.clvss.examples.cli.cli", getClass().getClassLoader());
    }

    Vss open(CommandLine.Model.CommandSpec spec) {
        try {
            return Vss.builder().dataSource(Database.of(db, dbUser, dbPassword)).clock(clock).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages().text("cli.db.unsupported", List.of(db)));
        }
    }

    /** Common to the subcommands: output in text or JSON, and problems. */
    abstract static class Base implements Callable<Integer> {

        @CommandLine.ParentCommand
        VssCommand root;

        @Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        root.messages().text("cli.file.missing", List.of(file.toString())));
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        root.messages().text("cli.file.unreadable", List.of(file.toString())));
            }
        }

        int answer(String outcome, List<Problem> problems, Map<String, Object> details, List<String> lines) {
            Messages messages = root.messages();
            boolean ok = problems.stream().noneMatch(Problem::isError);
            if (root.json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ok", ok);
                result.put("outcome", outcome);
                result.putAll(details);
                List<Map<String, Object>> listed = new ArrayList<>();
                for (Problem problem : problems) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("code", problem.code());
                    item.put("severity", problem.severity().name());
                    problem.path().ifPresent(path -> item.put("path", path));
                    item.put("arguments", problem.arguments());
                    item.put("message", messages.text(problem));
                    listed.add(item);
                }
                result.put("problems", listed);
                out().println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                lines.forEach(out()::println);
                problems.forEach(problem -> out().println("  " + messages.describe(problem)));
            }
            out().flush();
            return ok ? 0 : INVALID_INPUT;
        }

        int refused(VssException refusal) {
            return answer("refused", refusal.problems(), Map.of(),
                    List.of(root.messages().text("cli.refused", List.of())));
        }
    }

    @Command(name = "import", description = "Imports a contract file: all of it, or nothing.")
    static final class Import extends Base {

        @Parameters(paramLabel = "FILE", description = "The contract file (JSON).")
        Path file;

        @Option(names = "--mode", defaultValue = "create", paramLabel = "create|replace",
                description = "create: a new territory (refuses existing ids); replace: the territory's data. Default: ${DEFAULT-VALUE}.")
        String mode = "create";

        @Option(names = "--dry-run", description = "Check everything, write nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            ImportMode importMode = switch (mode.toLowerCase(Locale.ROOT)) {
                case "create" -> ImportMode.CREATE;
                case "replace" -> ImportMode.REPLACE;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        root.messages().text("cli.mode.unknown", List.of(mode)));
            };
            byte[] content = read(file);
            try (Vss vss = root.open(spec)) {
                ImportReport report = vss.contractFiles().importFile(Actor.system(), content, importMode, dryRun);
                Messages messages = root.messages();
                ImportReport.Changes c = report.changes();
                String key = !report.accepted() ? "cli.import.refused" : report.written() ? "cli.import.done" : "cli.import.dry-run";
                List<String> lines = List.of(messages.text(key, List.of(String.valueOf(report.problems().size()),
                        String.valueOf(c.territoriesCreated() + c.territoriesReplaced()),
                        String.valueOf(c.contractsCreated()), String.valueOf(c.contractsReplaced()),
                        String.valueOf(c.contractsRemoved()))));
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("written", report.written());
                details.put("dryRun", dryRun);
                report.territory().ifPresent(t -> details.put("territory", t.toString()));
                details.put("changes", c);
                return answer(report.accepted() ? (report.written() ? "imported" : "checked") : "invalid",
                        report.problems(), details, lines);
            } catch (VssException refusal) {
                return refused(refusal);
            }
        }
    }

    @Command(name = "export", description = "Exports a territory and its contracts to a contract file.")
    static final class Export extends Base {

        @Parameters(paramLabel = "FILE", description = "Where to write the contract file.")
        Path file;

        @Option(names = "--territory", paramLabel = "INSEE|SIREN|ID",
                description = "The territory; may be left out when the database holds only one.")
        Optional<String> territory = Optional.empty();

        @Override
        public Integer call() throws IOException {
            try (Vss vss = root.open(spec)) {
                Optional<TerritoryId> id = resolve(vss);
                if (id.isEmpty()) {
                    long count = vss.territories().count(Actor.system());
                    Problem problem = territory.isPresent()
                            ? Problem.general("cli.territory.unknown", territory.get(), count)
                            : Problem.general("cli.territory.choose", count);
                    return answer("invalid", List.of(problem), Map.of(), List.of());
                }
                byte[] content = vss.contractFiles().export(Actor.system(), id.get());
                Files.write(file, content);
                return answer("exported", List.of(), Map.of("territory", id.get().toString(), "file", file.toString()),
                        List.of(root.messages().text("cli.export.done", List.of(file.toString()))));
            } catch (VssException refusal) {
                return refused(refusal);
            }
        }

        private Optional<TerritoryId> resolve(Vss vss) {
            Actor system = Actor.system();
            if (territory.isEmpty()) {
                List<Territory> some = vss.territories().list(system, PageRequest.first(2));
                return some.size() == 1 ? Optional.of(some.getFirst().id()) : Optional.empty();
            }
            String key = territory.get().strip();
            Optional<TerritoryId> byId = TerritoryId.parse(key, "--territory").asOptional().filter(id -> exists(vss, id));
            if (byId.isPresent()) {
                return byId;
            }
            Optional<Territory> byCode = InseeCode.parse(key, "--territory").asOptional()
                    .flatMap(code -> vss.territories().findByInseeCode(system, code));
            if (byCode.isPresent()) {
                return byCode.map(Territory::id);
            }
            return Siren.parse(key, "--territory").asOptional()
                    .flatMap(siren -> vss.territories().findBySiren(system, siren)).map(Territory::id);
        }

        private static boolean exists(Vss vss, TerritoryId id) {
            try {
                vss.territories().find(Actor.system(), id);
                return true;
            } catch (VssException notFound) {
                return false;
            }
        }
    }

    @Command(name = "validate", description = {"Checks a contract file on its own: shape and values, then every check import runs",
        "that needs no database (the contracts' acts replayed, the CGCT checks of the deliberations that approve them)."})
    static final class Validate extends Base {

        @Parameters(paramLabel = "FILE", description = "The contract file (JSON).")
        Path file;

        @Override
        public Integer call() {
            List<Problem> problems = ContractFiles.validate(read(file), root.clock);
            String key = problems.isEmpty() ? "cli.validate.ok" : "cli.validate.problems";
            return answer(problems.isEmpty() ? "valid" : "invalid", problems, Map.of(),
                    List.of(root.messages().text(key, List.of(String.valueOf(problems.size())))));
        }
    }

    @Command(name = "demo", description = "Writes the demo contract file shipped with vss (Boulogne-Billancourt, 2023).")
    static final class Demo extends Base {

        @Parameters(paramLabel = "FILE", description = "Where to write it.")
        Path file;

        @Override
        public Integer call() throws IOException {
            Files.write(file, ContractFiles.demoFile());
            return answer("written", List.of(), Map.of("file", file.toString()),
                    List.of(root.messages().text("cli.demo.done", List.of(file.toString()))));
        }
    }

    @Command(name = "refer", description = {
        "Prints the decision for a situation (JSON file of facts), or runs scenario files with --check or --builtin,",
        "or prints the built-in rules with their periods with --rules; one of the four.",
        "Rules: vss's French rules and every plug-in declared for java.util.ServiceLoader on the class path."})
    static final class Refer extends Base {

        @Parameters(paramLabel = "SITUATION", arity = "0..1", description = "A situation (JSON).")
        Optional<Path> situation = Optional.empty();

        @Option(names = "--check", paramLabel = "DIR", description = "Runs every scenario (*.json) of DIR.")
        Optional<Path> check = Optional.empty();

        @Option(names = "--builtin", description = "Runs the scenarios vss ships for its French rules.")
        boolean builtin;

        @Option(names = "--rules", description = "Prints every built-in rule: article, meaning, may/must, in force from/until, source.")
        boolean table;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "The day the decision is taken (its law applies); default: today in France (Europe/Paris).")
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
                    .withBundle("io.github.clvss.examples.cli.cli", getClass().getClassLoader());
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
            return report.passed() ? 0 : INVALID_INPUT;
        }

        private static String kebab(Enum<?> value) {
            return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
    @Command(name = "deliberation", description = "Council deliberations: check a deliberation file, write the demo one.",
            subcommands = {CheckDeliberation.class, DeliberationDemo.class})
    static final class DeliberationCommands implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            throw new CommandLine.ParameterException(spec.commandLine(), "check FILE, or demo FILE");
        }
    }

    /** What the deliberation subcommands share: the root's options, found from the spec. */
    abstract static class DeliberationBase implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        VssCommand root() {
            return (VssCommand) spec.root().userObject();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "check", description = {
        "Checks a deliberation file (JSON) against the law: quorum, proxies, votes, majority, convocation,",
        "@ctes identifier. Prints every finding with its rule and article; exit 1 when one is an error.",
        "The territory's facts come from the options: its INSEE code (the département follows), SIREN, population."})
    static final class CheckDeliberation extends DeliberationBase {

        @Parameters(paramLabel = "FILE", description = "The deliberation file (JSON, format of docs/deliberation).")
        Path file;

        @Option(names = "--insee", required = true, paramLabel = "CODE", description = "The commune's INSEE code, e.g. 92012.")
        String insee = "";

        @Option(names = "--siren", required = true, paramLabel = "SIREN", description = "The commune's SIREN, e.g. 219200128.")
        String siren = "";

        @Option(names = "--siret", paramLabel = "SIRET", description = "The commune's SIRET, for the open-data check.")
        Optional<String> siret = Optional.empty();

        @Option(names = "--population", paramLabel = "N",
                description = "Inhabitants: 3,500 or more means 5 clear days of convocation, 3 below. Unknown: a warning.")
        Optional<Long> population = Optional.empty();

        @Option(names = "--population-year", paramLabel = "YYYY", description = "The census year of --population (default: this year).")
        Optional<Integer> populationYear = Optional.empty();

        @Option(names = "--name", paramLabel = "NAME", description = "The commune's name, for messages (default: its INSEE code).")
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
            String title = deliberation.session().date().map(Object::toString).orElse("?") + " — " + deliberation.object();
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
            return ok ? 0 : INVALID_INPUT;
        }
    }

    @Command(name = "demo", description = "Writes the demo deliberation (Boulogne-Billancourt, 1 June 2023, from the seed).")
    static final class DeliberationDemo extends DeliberationBase {

        @Parameters(paramLabel = "FILE", description = "Where to write it.")
        Path file;

        @Override
        public Integer call() throws IOException {
            Files.write(file, DeliberationFiles.demoFile());
            out().println(root().messages().text("cli.deliberation.demo.done", List.of(file.toString())));
            out().flush();
            return 0;
        }
    }
}
