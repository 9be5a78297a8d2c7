package io.github.clvss.examples.cli;

import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** What the subcommands share: the root's options, output in text or JSON, and problems. */
abstract class Subcommand implements Callable<Integer> {

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
        return ok ? 0 : VssCommand.INVALID_INPUT;
    }

    int refused(VssException refusal) {
        return answer("refused", refusal.problems(), Map.of(),
                List.of(root.messages().text("cli.refused", List.of())));
    }
}
