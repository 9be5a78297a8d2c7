package io.github.clvss.examples.cli;

import io.github.clvss.core.contractfile.DeliberationFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vss deliberation demo FILE}: writes the demo deliberation. */
@Command(name = "demo")
final class DeliberationDemoCommand extends DeliberationSubcommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() throws IOException {
        Files.write(file, DeliberationFiles.demoFile());
        out().println(root().messages().text("cli.deliberation.demo.done", List.of(file.toString())));
        out().flush();
        return 0;
    }
}
