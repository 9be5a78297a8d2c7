package io.github.clvss.core.deliberation;

import io.github.clvss.core.shared.Problem;
import java.util.Objects;

/**
 * Something {@link DeliberationCheck} found in a deliberation: which rule, on which legal basis,
 * and the problem itself (its code and arguments for the text, its JSON path in the
 * deliberation file, and whether it is an error or a warning).
 *
 * @param rule the rule's name, e.g. {@code quorum}
 * @param article the legal basis, e.g. {@code CGCT L2121-17}
 * @param problem what was found
 */
public record Finding(String rule, String article, Problem problem) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(problem, "problem");
    }

    /** Whether the finding is an error (a warning is not). */
    public boolean isError() {
        return problem.isError();
    }
}
