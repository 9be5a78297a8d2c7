package io.github.clvss.examples.cli;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.contractfile.ImportReport;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.VssException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code vss import FILE}: imports a contract file, all of it or nothing. */
@Command(name = "import")
final class ImportCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--mode", defaultValue = "create", paramLabel = "create|replace")
    String mode = "create";

    @Option(names = "--dry-run")
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
