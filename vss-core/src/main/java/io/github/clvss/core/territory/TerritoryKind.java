package io.github.clvss.core.territory;

/** What kind of local authority a territory is. */
public enum TerritoryKind {
    /** A commune; has an INSEE code. */
    COMMUNE,
    /** An intercommunality (établissement public de coopération intercommunale). */
    EPCI,
    /** A département. */
    DEPARTEMENT
}
