package io.github.clvss.core.referral;

/** Whether the law permits or requires a report — the difference a decision must always say. */
public enum Modality {
    /** May: the law permits, it does not oblige (e.g. art. 226-14). */
    POWER,
    /** Must: a legal duty (with a criminal sanction for art. 223-6 and 434-3). */
    DUTY,
    /** Must, save circumstances judged in conscience (nurses, R4312-18 CSP). */
    DUTY_WITH_CONSCIENCE_EXCEPTION,
    /** Must, with a disciplinary sanction only (art. 40 CPP). */
    DUTY_DISCIPLINARY
}
