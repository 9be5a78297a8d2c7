package io.github.clvss.core.indicator;

/** What an indicator's values are, which decides how they are checked and whether they are masked. */
public enum ValueKind {
    /**
     * A count of people or of facts about people (victims, complaints, orientations): a whole
     * number, zero or more, masked below the disclosure threshold in everything that leaves vss.
     */
    COUNT,
    /**
     * A count of things that are not people (meetings, sessions, documents): a whole number,
     * zero or more, never masked.
     */
    PUBLIC_COUNT,
    /** A decimal value (a rate, an average, an amount), never masked. */
    DECIMAL;

    /** Whether values of this kind must be whole numbers, zero or more. */
    public boolean counts() {
        return this != DECIMAL;
    }
}
