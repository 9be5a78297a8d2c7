package io.github.clvss.examples.cli;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vss export FILE}: exports a territory and its contracts to a contract file. */
@Command(name = "export")
final class ExportCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--territory", paramLabel = "INSEE|SIREN|ID")
    Optional<String> territory = Optional.empty();

    @Override
    public Integer call() throws IOException {
        try (Vss vss = root.open(spec)) {
            Optional<TerritoryId> id = territory(vss, territory);
            if (id.isEmpty()) {
                long count = vss.territories().count(Actor.system());
                Problem problem = territory.isPresent()
                        ? Problem.general("cli.territory.unknown", territory.get(), count)
                        : Problem.general("cli.territory.choose", count);
                return answer("invalid", List.of(problem), Map.of(), List.of());
            }
            // written as it is read (memory stays flat), into a file beside that takes the name once complete
            java.nio.file.Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".vss-export-", ".part");
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
                vss.contractFiles().export(Actor.system(), id.get(), out);
            } catch (IOException | RuntimeException failed) {
                Files.deleteIfExists(partial);
                throw failed;
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return answer("exported", List.of(), Map.of("territory", id.get().toString(), "file", file.toString()),
                    List.of(root.messages().text("cli.export.done", List.of(file.toString()))));
        } catch (VssException refusal) {
            return refused(refusal);
        }
    }
}
