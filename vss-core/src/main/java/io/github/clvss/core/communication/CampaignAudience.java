package io.github.clvss.core.communication;

/** Who a campaign speaks to. */
public enum CampaignAudience {
    /** Grand public. */
    GENERAL_PUBLIC,
    /** Scolaires: pupils and students. */
    SCHOOLS,
    /** Professionnels. */
    PROFESSIONALS,
    /** Victimes. */
    VICTIMS
}
