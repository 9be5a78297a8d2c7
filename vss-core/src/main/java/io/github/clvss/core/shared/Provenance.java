package io.github.clvss.core.shared;

/**
 * Where a record's facts come from. Carried in the contract file so that demo values are
 * never mistaken for facts.
 */
public enum Provenance {
    /** Entered by a user of the installation. */
    ENTERED,
    /** Taken from the founding document of the contract (the seed). */
    SEED,
    /** Taken from a public record (INSEE, SIRENE, an official journal…). */
    PUBLIC_RECORD,
    /** Invented to show the product: not a fact. */
    DEMO
}
