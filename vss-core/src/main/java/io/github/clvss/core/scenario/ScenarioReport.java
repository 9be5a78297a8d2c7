package io.github.clvss.core.scenario;

import io.github.clvss.core.shared.Problem;
import java.util.List;

/**
 * What running scenarios against a rule set gave.
 *
 * @param ruleSetVersion the rule set's version
 * @param results one per scenario file, in file-name order
 */
public record ScenarioReport(String ruleSetVersion, List<Result> results) {

    public ScenarioReport {
        results = List.copyOf(results);
    }

    /**
     * One scenario's result.
     *
     * @param file the file's name
     * @param name the scenario's name (empty when the file could not be read)
     * @param source what it cites
     * @param problems why it failed, or why the file could not be read; empty when it passed
     */
    public record Result(String file, String name, String source, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        /** Whether the scenario passed. */
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** Whether every scenario passed (and there was at least one). */
    public boolean passed() {
        return !results.isEmpty() && results.stream().allMatch(Result::passed);
    }

    /** How many scenarios failed. */
    public long failures() {
        return results.stream().filter(r -> !r.passed()).count();
    }
}
