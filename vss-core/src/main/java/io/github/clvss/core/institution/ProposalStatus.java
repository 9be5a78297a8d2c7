package io.github.clvss.core.institution;

/** Where a proposed change to a shared institution stands. */
public enum ProposalStatus {
    /** Waiting for a platform administrator's decision. */
    PENDING,
    /** Accepted: the institution now has the proposed values. */
    ACCEPTED,
    /** Rejected: the institution was left as it was. */
    REJECTED
}
