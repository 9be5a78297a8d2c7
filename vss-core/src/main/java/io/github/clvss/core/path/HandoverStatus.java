package io.github.clvss.core.path;

/**
 * Where a handover stands: sent → received → accepted, declined or referred onward; accepted →
 * closed. Sent, received and accepted are open; the others end it.
 */
public enum HandoverStatus {
    /** Sent by a partner, not yet seen by the receiving one. */
    SENT,
    /** The receiving partner has acknowledged it. */
    RECEIVED,
    /** The receiving partner takes the person in charge. */
    ACCEPTED,
    /** The receiving partner does not take it, for a {@link DeclineReason}. */
    DECLINED,
    /** The receiving partner handed it on to another partner. */
    REFERRED_ONWARD,
    /** Over, with a {@link HandoverOutcome}. */
    CLOSED;

    /** Whether the handover is still going on. */
    public boolean open() {
        return this == SENT || this == RECEIVED || this == ACCEPTED;
    }
}
