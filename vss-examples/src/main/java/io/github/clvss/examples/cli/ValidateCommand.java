package io.github.clvss.examples.cli;

import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.shared.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vss validate FILE}: checks a contract file on its own. */
@Command(name = "validate")
final class ValidateCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() {
        List<Problem> problems = ContractFiles.validate(read(file), root.clock);
        String key = problems.isEmpty() ? "cli.validate.ok" : "cli.validate.problems";
        return answer(problems.isEmpty() ? "valid" : "invalid", problems, Map.of(),
                List.of(root.messages().text(key, List.of(String.valueOf(problems.size())))));
    }
}
