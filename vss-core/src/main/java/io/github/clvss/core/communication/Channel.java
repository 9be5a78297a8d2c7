package io.github.clvss.core.communication;

/** How a campaign reaches its audience. */
public enum Channel {
    /** Site web. */
    WEBSITE,
    /** Réseaux sociaux. */
    SOCIAL_MEDIA,
    /** Affichage. */
    POSTERS,
    /** Flyers. */
    FLYERS,
    /** Interventions en milieu scolaire. */
    SCHOOL_TALKS,
    /** Presse. */
    PRESS,
    /** Magazine municipal. */
    MUNICIPAL_MAGAZINE,
    /** Événement public. */
    EVENT,
    /** Autre. */
    OTHER
}
