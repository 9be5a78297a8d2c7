package io.github.clvss.core.access;

/** The answer of {@link AccessPolicy}: allowed, or refused with a reason code. */
public sealed interface AccessDecision {

    /** The operation may go ahead. */
    record Allowed() implements AccessDecision {
    }

    /** @param reason the refusal's code, e.g. {@code access.read-only} */
    record Refused(String reason) implements AccessDecision {
    }

    /** Whether the operation may go ahead. */
    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
