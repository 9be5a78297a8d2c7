package io.github.clvss.core.followup;

/**
 * Where an action stands on a given day, as screens and documents show it: its
 * {@link ActionStatus}, or {@link #LATE} when it is still open after its deadline.
 */
public enum ActionState {
    /** Decided, not started, deadline not passed (or none). */
    PLANNED,
    /** Started, deadline not passed (or none). */
    IN_PROGRESS,
    /** Planned or in progress, and its deadline has passed. */
    LATE,
    /** Finished. */
    DONE,
    /** Given up. */
    ABANDONED
}
