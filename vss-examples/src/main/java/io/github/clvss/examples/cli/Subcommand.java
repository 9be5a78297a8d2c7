package io.github.clvss.examples.cli;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Territory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The territory a {@code --territory} option names (INSEE code, SIREN or identifier), or the
     * database's only territory when it names none.
     */
    static Optional<TerritoryId> territory(Vss vss, Optional<String> territory) {
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
