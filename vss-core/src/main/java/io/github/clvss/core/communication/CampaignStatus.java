package io.github.clvss.core.communication;

/** Where a campaign stands. */
public enum CampaignStatus {
    /** Prévue. */
    PLANNED,
    /** En cours. */
    IN_PROGRESS,
    /** Réalisée. */
    DONE,
    /** Annulée. */
    CANCELLED
}
