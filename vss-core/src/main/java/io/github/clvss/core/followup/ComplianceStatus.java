package io.github.clvss.core.followup;

/** Whether a recurring obligation is kept on a given day. */
public enum ComplianceStatus {
    /** Fulfilled for the running period, and the next due date is beyond the warning window. */
    MET,
    /** The due date is within the warning window (or today): time to organise the next one. */
    DUE_SOON,
    /** The due date has passed without the obligation being fulfilled. */
    OVERDUE
}
