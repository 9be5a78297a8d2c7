package io.github.clvss.core.resource;

/** Who a resource is for. */
public enum Audience {
    /** Victims. */
    VICTIMS,
    /** Relatives and witnesses. */
    RELATIVES,
    /** Children and young people. */
    CHILDREN,
    /** Professionals. */
    PROFESSIONALS
}
