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
        ELDERLY,
        /** Not known: no rule for minors or for adults is presumed to apply. */
        UNKNOWN
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
        PREGNANCY,
        /** Not known: the person is not presumed able, nor unable, to protect themselves. */
        UNKNOWN
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
        /** Online (with another kind, it says that kind happened online: online harassment is {@code HARASSMENT} + {@code ONLINE}). */
        ONLINE,
        /** Deprivation (privations: food, care, heating…), named by art. 434-3 and 226-14 1° of the code pénal. */
        DEPRIVATION,
        /** Harassment (art. 222-33-2-1 within the couple, 222-33-2-2 otherwise, 222-33 sexual harassment), online included. */
        HARASSMENT,
        /** Violence of a kind not known: it is violence, not "no violence". */
        UNKNOWN_KIND
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
        OLDER,
        /** Not known, or not applicable. */
        UNKNOWN
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
        NOT_ASKED,
        /** Not known, or not applicable (the person asking does not know whether she was asked). */
        UNKNOWN
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
        MEMBER_OF_THE_PUBLIC,
        /**
         * A psychologist. vss assumes a psychologist is bound by secrecy (art. 226-13: the
         * profession's own rules and most employers impose it) but is <em>not</em> a "médecin ou
         * autre professionnel de santé" of art. 226-14 2° and 3°: psychologists are regulated by
         * art. 44 of loi n° 85-772, outside the health professions of the fourth part of the code
         * de la santé publique. The point is disputed; vss takes the reading that never lets a
         * report without consent rest on a doubtful basis, and says so in the decision
         * ({@code duty.psychologist-not-health-professional}).
         */
        PSYCHOLOGIST,
        /**
         * Close family of the author (art. 434-1: their parents in direct line and their spouses,
         * brothers and sisters and their spouses, the author's spouse, cohabitant or civil
         * partner), exempt from the duty of art. 434-1 except for crimes on minors.
         */
        CLOSE_FAMILY_OF_AUTHOR
    }

    /** The institution the person asking works for, when they work for one. */
    public enum Institution {
        /** None: a private person, a liberal professional. */
        NONE,
        /** A school, Éducation nationale. */
        NATIONAL_EDUCATION,
        /** A hospital or a health establishment. */
        HOSPITAL,
        /** The centre communal d’action sociale. */
        CCAS,
        /** The commune's own services. */
        COMMUNE,
        /** A crèche or another early-childhood service. */
        CRECHE,
        /** An association. */
        ASSOCIATION,
        /** Police or gendarmerie. */
        POLICE_GENDARMERIE,
        /** Another institution. */
        OTHER,
        /** Not known. */
        UNKNOWN;

        /**
         * Whether it is one of the public services or establishments that take part in child
         * protection (CASF L226-3 4th paragraph, to which L226-4 II refers): schools, hospitals,
         * the CCAS, the commune, crèches, police and gendarmerie, and the associations that help
         * carry it out.
         */
        public boolean takesPartInChildProtection() {
            return this != NONE && this != OTHER && this != UNKNOWN;
        }
    }

    /** How the criminal law qualifies the facts, as far as the person asking knows. */
    public enum Offence {
        /** A crime (rape, for instance: art. 222-23). */
        CRIME,
        /** A délit (most violence, harassment, sexual assault). */
        DELIT,
        /** No offence. */
        NONE,
        /** Not known. */
        UNKNOWN
    }

    /** Facts about a minor victim that change the criminal qualification. */
    public enum MinorFact {
        /** Under 15 (art. 222-23-1, 227-25 of the code pénal). */
        UNDER_15,
        /** Incest: by a relative of art. 222-22-3 (loi n° 2021-478), whatever the age under 18. */
        INCEST,
        /** A sexual act by an adult (art. 222-23-1, 222-29-2, 227-25). */
        SEXUAL_ACT_BY_ADULT
    }

    /** The yes/no facts of a {@link Situation}; those in {@link Situation#unknown()} are not known. */
    public enum Flag {
        /** Immediate danger (imminent peril, art. 223-6). */
        IMMEDIATE_DANGER,
        /** The victim's life in immediate danger (art. 226-14 3°). */
        LIFE_IN_DANGER,
        /** Emprise. */
        EMPRISE,
        /** Children exposed to violence between adults. */
        CHILDREN_EXPOSED,
        /** A child is a victim too. */
        CHILD_VICTIM,
        /** The person cannot speak. */
        CANNOT_SPEAK,
        /** The person is deaf or hard of hearing. */
        DEAF_OR_HARD_OF_HEARING,
        /** The person needs to leave home. */
        NEEDS_SHELTER,
        /** The asker learned the facts in the exercise of their functions. */
        LEARNED_IN_FUNCTIONS,
        /** The person consulting is dangerous and holds or wants a weapon (art. 226-14 4°). */
        DANGEROUS_WITH_WEAPON,
        /**
         * The asker is an officier de police judiciaire (art. 16 CPP), who must inform the
         * procureur without delay (art. 19 CPP); not every police officer or gendarme is one.
         */
        JUDICIAL_POLICE_OFFICER
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
