package io.github.clvss.core.path;

/** What the person said about a disclosure. */
public enum ConsentStatus {
    /** The person agrees. */
    GIVEN,
    /** The person does not agree. */
    REFUSED,
    /** The person agreed, then withdrew: no further sharing from that moment. */
    WITHDRAWN,
    /** The person cannot express a choice (unconscious, under emprise, a young child…). */
    CANNOT_BE_EXPRESSED;

    /** Whether it allows a disclosure. */
    public boolean allowsDisclosure() {
        return this == GIVEN;
    }
}
