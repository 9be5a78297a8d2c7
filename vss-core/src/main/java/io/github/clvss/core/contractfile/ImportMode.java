package io.github.clvss.core.contractfile;

/** How an import treats data already stored. */
public enum ImportMode {
    /** Adds a new territory and its records; refuses any id already stored. */
    CREATE,
    /**
     * Replaces a stored territory's data with the file's: the territory must exist; its
     * contracts absent from the file are removed.
     */
    REPLACE
}
