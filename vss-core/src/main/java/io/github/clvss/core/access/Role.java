package io.github.clvss.core.access;

/** What a grant allows. */
public enum Role {
    /** Manages territories and accounts on the whole installation. */
    PLATFORM_ADMINISTRATOR,
    /** Runs one territory's contract: reads and changes everything in that territory. */
    COORDINATOR,
    /** Référent of one partner: reads the territory, changes only that partner's records. */
    PARTNER,
    /** Reads one territory, changes nothing. */
    OBSERVER
}
