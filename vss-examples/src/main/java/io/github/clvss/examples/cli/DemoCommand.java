package io.github.clvss.examples.cli;

import io.github.clvss.core.contractfile.ContractFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vss demo FILE}: writes the demo contract file shipped with vss. */
@Command(name = "demo")
final class DemoCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() throws IOException {
        Files.write(file, ContractFiles.demoFile());
        return answer("written", List.of(), Map.of("file", file.toString()),
                List.of(root.messages().text("cli.demo.done", List.of(file.toString()))));
    }
}
