package io.github.clvss.core.referral;

/** The values each fact of a {@link Situation} takes. Facts only: never an identity. */
public final class Facts {

    private Facts() {
    }

    /** How old the person is. */
    public enum AgeGroup {
        /** Under 18. */
        MINOR,
        /** 18 and over. */
        ADULT,
        /** An older adult. */
        ELDERLY
    }

    /**
     * Why a person cannot protect themselves: age, illness, disability (art. 226-14 1°, 434-3) —
     * or pregnancy, which only art. 434-3 names.
     */
    public enum Vulnerability {
        /** Able to protect themselves. */
        NONE,
        /** Because of age. */
        AGE,
        /** Because of illness. */
        ILLNESS,
        /** Because of a physical or mental disability. */
        DISABILITY,
        /** Because of pregnancy. */
        PREGNANCY
    }

    /** The person's relation to the aggressor. */
    public enum Relation {
        /** Partner (art. 132-80: spouse, civil partner, cohabitant), living together or not. */
        PARTNER,
        /** Former partner. */
        FORMER_PARTNER,
        /** Family. */
        FAMILY,
        /** Someone else. */
        OTHER,
        /** Not known. */
        UNKNOWN
    }

    /** Kinds of violence. */
    public enum Violence {
        /** Physical. */
        PHYSICAL,
        /** Sexual. */
        SEXUAL,
        /** Psychological. */
        PSYCHOLOGICAL,
        /** Economic. */
        ECONOMIC,
        /** Online. */
        ONLINE
    }

    /** How recent the last violence is. */
    public enum Recency {
        /** Going on now. */
        ONGOING,
        /** Within the last 72 hours. */
        WITHIN_72_HOURS,
        /** Within the last month. */
        WITHIN_MONTH,
        /** Older. */
        OLDER
    }

    /** The victim's consent to a report. */
    public enum Consent {
        /** Given. */
        GIVEN,
        /** Refused. */
        REFUSED,
        /** Withdrawn. */
        WITHDRAWN,
        /** The person cannot express it. */
        UNABLE_TO_EXPRESS,
        /** Not asked yet. */
        NOT_ASKED
    }

    /** What the person asking is: several at once (a hospital doctor is a health professional and a public employee). */
    public enum Capacity {
        /** A health professional (226-14 2° and 3°). */
        HEALTH_PROFESSIONAL,
        /** A doctor: a health professional with the code of ethics' duty (R4127-44 CSP). */
        DOCTOR,
        /** A nurse (R4312-18 of the public health code). */
        NURSE,
        /** A public official or public employee (art. 40 CPP). */
        PUBLIC_EMPLOYEE,
        /** Works with children (school, leisure, sport). */
        WORKS_WITH_CHILDREN,
        /** Works in or with child protection (CASF L226-2-1). */
        CHILD_PROTECTION,
        /** A social worker. */
        SOCIAL_WORKER,
        /** Police or gendarmerie. */
        POLICE,
        /** An association's worker or volunteer. */
        ASSOCIATION,
        /** Bound by professional secrecy (art. 226-13). */
        BOUND_BY_SECRECY,
        /** A member of the public. */
        MEMBER_OF_THE_PUBLIC
    }

    /** Where the situation comes to light. */
    public enum Context {
        /** In care: a hospital, a practice, a pharmacy. */
        HEALTH_CARE,
        /** At school, in a leisure or sports activity for children. */
        SCHOOL,
        /** At social services. */
        SOCIAL_SERVICES,
        /** At a police or gendarmerie station. */
        POLICE_STATION,
        /** At an association's desk or helpline. */
        ASSOCIATION,
        /** At work. */
        WORKPLACE,
        /** At the person's home (a home visit, a neighbour). */
        HOME,
        /** In a public space or transport. */
        PUBLIC_SPACE,
        /** By phone or online. */
        REMOTE,
        /** Elsewhere, or not said. */
        OTHER
    }
}
