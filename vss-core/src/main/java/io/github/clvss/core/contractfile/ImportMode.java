package io.github.clvss.core.contractfile;

/** How an import treats data already stored. */
public enum ImportMode {
    /** Adds a new territory and its records; refuses any id already stored. */
    CREATE,
    /**
     * Replaces a stored territory's data with the file's: the territory must exist; its
     * contracts absent from the file are removed. From format 1.4, each contract's text
     * versions and acts become the file's; the file's deliberations are added or updated, and
     * the territory's other stored deliberations stay.
     */
    REPLACE
}
