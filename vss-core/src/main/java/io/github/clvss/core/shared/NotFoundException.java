package io.github.clvss.core.shared;

import java.util.List;

/** No record with that id, or none the actor may see. */
public final class NotFoundException extends VssException {

    private static final long serialVersionUID = 1L;

    /** @param problems why; at least one */
    public NotFoundException(List<Problem> problems) {
        super(problems);
    }

    /** @param problem why */
    public NotFoundException(Problem problem) {
        super(List.of(problem));
    }
}
