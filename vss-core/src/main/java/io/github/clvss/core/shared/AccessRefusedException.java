package io.github.clvss.core.shared;

import java.util.List;

/** The actor's grants do not allow the operation. The refusal has been written to the audit journal. */
public final class AccessRefusedException extends VssException {

    private static final long serialVersionUID = 1L;

    /** @param problems why; at least one */
    public AccessRefusedException(List<Problem> problems) {
        super(problems);
    }

    /** @param problem why */
    public AccessRefusedException(Problem problem) {
        super(List.of(problem));
    }
}
