package io.github.clvss.core.contract;

/**
 * Where a contract stands, derived from its acts, its dates and today's date; never stored.
 */
public enum ContractStatus {
    /** Not approved yet: its text can still be written. */
    DRAFT,
    /** Approved by a deliberation; some required signatures are missing. */
    APPROVED,
    /** Signed by every required signatory; its start date has not come. */
    SIGNED,
    /** Signed, and between its start and end dates. */
    IN_FORCE,
    /** Signed, and past its end date. */
    EXPIRED,
    /** Terminated before its end. */
    TERMINATED
}
