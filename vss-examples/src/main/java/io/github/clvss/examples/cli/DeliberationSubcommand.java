package io.github.clvss.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** What the deliberation subcommands share: the root's options, found from the spec. */
abstract class DeliberationSubcommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    VssCommand root() {
        return (VssCommand) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
