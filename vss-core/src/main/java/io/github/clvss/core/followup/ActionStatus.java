package io.github.clvss.core.followup;

/**
 * Where an action stands, as the people following it say: the status that is stored. "Late"
 * is not one of them: it is derived from the deadline and today's date ({@link ActionState}).
 */
public enum ActionStatus {
    /** Decided, not started. */
    PLANNED,
    /** Started. */
    IN_PROGRESS,
    /** Finished (its progress is then 100 %). */
    DONE,
    /** Given up, for a reason that is recorded. */
    ABANDONED;

    /** Whether the action is still to be done: planned or in progress. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
