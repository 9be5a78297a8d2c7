package io.github.clvss.core.followup;

/** What a recurring obligation asks for, and so which records fulfil it. */
public enum ObligationKind {
    /**
     * All signatory institutions meet: fulfilled by a meeting of the contract, of any kind, that
     * every signatory partner attended (present or represented, see {@link Attendance}).
     */
    MEETING_OF_SIGNATORIES
}
