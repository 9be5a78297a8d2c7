package io.github.clvss.core.shared;

import java.util.List;

/** Input that breaks a rule: a value that cannot be parsed, or an aggregate's invariant. */
public final class InvalidInputException extends VssException {

    private static final long serialVersionUID = 1L;

    /** @param problems why; at least one */
    public InvalidInputException(List<Problem> problems) {
        super(problems);
    }

    /** @param problem why */
    public InvalidInputException(Problem problem) {
        super(List.of(problem));
    }
}
