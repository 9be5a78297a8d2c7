package io.github.clvss.core.path;

/** How an accepted handover ended. */
public enum HandoverOutcome {
    /** The partner provided its service. */
    SERVICE_PROVIDED,
    /** The person did not come. */
    PERSON_DID_NOT_COME,
    /** The person declined the service. */
    PERSON_DECLINED,
    /** Another outcome. */
    OTHER
}
