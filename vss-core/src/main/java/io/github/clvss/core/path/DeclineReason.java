package io.github.clvss.core.path;

/** Why a partner declines a handover. */
public enum DeclineReason {
    /** Outside the partner's remit. */
    OUTSIDE_REMIT,
    /** No capacity now. */
    NO_CAPACITY,
    /** The person could not be reached. */
    PERSON_UNREACHABLE,
    /** The person declined the partner's help. */
    PERSON_DECLINED,
    /** Another reason. */
    OTHER
}
