package io.github.clvss.core.resource;

/** How far a resource reaches. */
public enum ResourceScope {
    /** The whole country: 15, 17, 112, 3919… shipped with vss. */
    NATIONAL,
    /** One département. */
    DEPARTMENTAL,
    /** One territory. */
    LOCAL
}
