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
    JUDICIAL_OR_ADMINISTRATIVE,
    /** The préfet (in Paris, the préfet de police): a dangerous person with a weapon (art. 226-14 4°). */
    PREFET,
    /** The victim's complaint, which police and gendarmerie must receive (art. 15-3 CPP). */
    COMPLAINT,
    /** The victim herself: the most suitable steps to protect her (R4127-44 and R4312-18 CSP, first paragraphs). */
    PROTECTION
}
