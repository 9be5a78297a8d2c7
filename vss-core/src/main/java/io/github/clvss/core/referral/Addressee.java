package io.github.clvss.core.referral;

/** Who receives a report. */
public enum Addressee {
    /** Emergency services: 15, 17, 112, 114. */
    EMERGENCY_SERVICES,
    /** The procureur de la République. */
    PROCUREUR,
    /** The département's unit for worrying information about children (CRIP). */
    CRIP,
    /** Judicial, medical or administrative authorities (art. 226-14 1°, R4312-18 and R4127-44 CSP). */
    AUTHORITIES,
    /** Judicial or administrative authorities — a medical one does not do (art. 434-3). */
    JUDICIAL_OR_ADMINISTRATIVE
}
