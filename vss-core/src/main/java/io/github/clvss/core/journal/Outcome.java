package io.github.clvss.core.journal;

/** How an attempted act ended. */
public enum Outcome {
    /** The act was carried out. */
    DONE,
    /** The act was refused by the access policy. */
    REFUSED
}
