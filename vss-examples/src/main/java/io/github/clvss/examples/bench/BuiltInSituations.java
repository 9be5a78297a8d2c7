package io.github.clvss.examples.bench;

import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.scenario.Scenario;
import io.github.clvss.core.scenario.ScenarioFiles;
import io.github.clvss.core.scenario.Scenarios;
import java.util.List;

/** The situations of vss's built-in referral scenarios: what the referral benchmarks decide. */
public final class BuiltInSituations {

    private BuiltInSituations() {
    }

    /** Every built-in scenario's situation, in the files' order; those about a deliberation have none. */
    public static List<Situation> all() {
        return Scenarios.builtInFiles().stream()
                .flatMap(file -> ScenarioFiles.readScenario(Scenarios.builtInFile(file)).asOptional().stream())
                .map(Scenario::situation)
                .toList();
    }
}
