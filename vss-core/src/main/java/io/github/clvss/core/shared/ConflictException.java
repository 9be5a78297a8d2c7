package io.github.clvss.core.shared;

import java.util.List;

/** The change conflicts with stored data: someone else changed the record since it was read (optimistic locking), or a natural key (SIREN, INSEE code…) is already used. */
public final class ConflictException extends VssException {

    private static final long serialVersionUID = 1L;

    /** @param problems why; at least one */
    public ConflictException(List<Problem> problems) {
        super(problems);
    }

    /** @param problem why */
    public ConflictException(Problem problem) {
        super(List.of(problem));
    }

    /**
     * @param problem why
     * @param cause what the database said, for the log; it must carry no record content
     */
    public ConflictException(Problem problem, Throwable cause) {
        super(List.of(problem), cause);
    }
}
