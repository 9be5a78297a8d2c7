package io.github.clvss.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code vss deliberation}: the council deliberation subcommands. */
@Command(name = "deliberation",
        subcommands = {CheckDeliberationCommand.class, DeliberationDemoCommand.class})
final class DeliberationCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), ((VssCommand) spec.root().userObject()).messages()
                .text("cli.deliberation.usage", List.of()));
    }
}
