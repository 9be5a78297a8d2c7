package io.github.clvss.core.path;

/** What a consent is for. */
public enum ConsentPurpose {
    /** Handing the path over to a partner: the partner receives its facts to take the person in charge. */
    HANDOVER,
    /** A receiving partner telling the opening partner what became of the handover (accepted, outcome). */
    FOLLOW_UP
}
