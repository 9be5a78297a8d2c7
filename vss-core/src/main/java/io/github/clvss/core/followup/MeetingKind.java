package io.github.clvss.core.followup;

/** What a meeting is, as the contract's partners name it. */
public enum MeetingKind {
    /** Comité de pilotage: the signatories' meeting, at least yearly in the founding contract. */
    STEERING_COMMITTEE,
    /** Comité technique: the référents' working meeting. */
    TECHNICAL_COMMITTEE,
    /** Groupe de travail on one subject. */
    WORKING_GROUP,
    /** Any other meeting. */
    OTHER
}
