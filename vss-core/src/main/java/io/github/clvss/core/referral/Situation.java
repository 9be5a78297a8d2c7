package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.MinorFact;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a professional knows of a situation — facts only, never a name or anything that
 * identifies the person. Every fact may be unknown: the enumerations have an {@code UNKNOWN}
 * value, a violence of unknown kind is {@link Violence#UNKNOWN_KIND} (violence, not "no
 * violence"), and a yes/no fact listed in {@link #unknown()} is not known (its boolean is then
 * {@code false}). A rule that needs a fact to be true never fires on an unknown one; the rules
 * that must be told the fact is unknown say so in their duties.
 *
 * @param age the person's age group
 * @param vulnerability why they cannot protect themselves, or {@code NONE}
 * @param relation their relation to the aggressor
 * @param violences the kinds of violence
 * @param recency how recent the last violence is
 * @param immediateDanger whether the person is in immediate danger (imminent peril); true when {@code lifeInDanger} is
 * @param emprise whether the aggressor holds the person under their control (emprise)
 * @param childrenExposed whether children are exposed to violence between adults
 * @param cannotSpeak whether the person cannot speak on the phone (aggressor nearby, injury…)
 * @param needsShelter whether the person needs to leave home
 * @param consent the person's consent to a report
 * @param asker what the person asking is
 * @param context where the situation comes to light
 * @param lifeInDanger whether the victim's <em>life</em> is in immediate danger (art. 226-14 3°)
 * @param childVictim whether a child is a victim too, not only exposed
 * @param deafOrHardOfHearing whether the person is deaf or hard of hearing
 * @param learnedInFunctions whether the asker learned the facts in the exercise of their functions (art. 40 CPP)
 * @param dangerousWithWeapon whether the person consulting is dangerous and holds or wants a weapon (art. 226-14 4°)
 * @param judicialPoliceOfficer whether the asker is an officier de police judiciaire (art. 16 and 19 CPP)
 * @param minorFacts facts about a minor victim that change the qualification
 * @param offence crime, délit, none or unknown
 * @param institution the institution the asker works for
 * @param unknown the yes/no facts that are not known
 */
public record Situation(
        AgeGroup age,
        Vulnerability vulnerability,
        Relation relation,
        Set<Violence> violences,
        Recency recency,
        boolean immediateDanger,
        boolean emprise,
        boolean childrenExposed,
        boolean cannotSpeak,
        boolean needsShelter,
        Consent consent,
        Set<Capacity> asker,
        Context context,
        boolean lifeInDanger,
        boolean childVictim,
        boolean deafOrHardOfHearing,
        boolean learnedInFunctions,
        boolean dangerousWithWeapon,
        boolean judicialPoliceOfficer,
        Set<MinorFact> minorFacts,
        Offence offence,
        Institution institution,
        Set<Flag> unknown) {

    public Situation {
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(vulnerability, "vulnerability");
        Objects.requireNonNull(relation, "relation");
        violences = violences.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(violences));
        Objects.requireNonNull(recency, "recency");
        Objects.requireNonNull(consent, "consent");
        if (asker.isEmpty()) {
            throw new IllegalArgumentException("A situation needs at least one capacity of the person asking.");
        }
        asker = Collections.unmodifiableSet(EnumSet.copyOf(asker));
        Objects.requireNonNull(context, "context");
        minorFacts = minorFacts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(minorFacts));
        Objects.requireNonNull(offence, "offence");
        Objects.requireNonNull(institution, "institution");
        EnumSet<Flag> notKnown = unknown.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(unknown);
        // a life in immediate danger is an immediate danger
        if (lifeInDanger) {
            immediateDanger = true;
            notKnown.remove(Flag.IMMEDIATE_DANGER);
        }
        boolean[] values = {immediateDanger, lifeInDanger, emprise, childrenExposed, childVictim, cannotSpeak,
            deafOrHardOfHearing, needsShelter, learnedInFunctions, dangerousWithWeapon, judicialPoliceOfficer};
        for (Flag flag : notKnown) {
            if (values[flag.ordinal()]) {
                throw new IllegalArgumentException("The fact " + flag + " cannot be both true and unknown.");
            }
        }
        if (!minorFacts.isEmpty() && age != AgeGroup.MINOR && age != AgeGroup.UNKNOWN) {
            throw new IllegalArgumentException("Facts about a minor victim need a minor (or an unknown age).");
        }
        unknown = Collections.unmodifiableSet(notKnown);
    }

    /**
     * A situation in the first format's terms (situation file version 1): its "immediate
     * danger" was also read as a danger to the person's life, the facts were taken as learned
     * in the exercise of the asker's functions, and the facts it did not have are unknown (whether
     * a police or gendarmerie asker is an officier de police judiciaire included).
     */
    public Situation(AgeGroup age, Vulnerability vulnerability, Relation relation, Set<Violence> violences, Recency recency,
            boolean immediateDanger, boolean emprise, boolean childrenExposed, boolean cannotSpeak, boolean needsShelter,
            Consent consent, Set<Capacity> asker, Context context) {
        this(age, vulnerability, relation, violences, recency, immediateDanger, emprise, childrenExposed, cannotSpeak,
                needsShelter, consent, asker, context, immediateDanger, false, false, true, false, false, Set.of(), Offence.UNKNOWN,
                Institution.UNKNOWN, Set.of(Flag.JUDICIAL_POLICE_OFFICER));
    }

    /** Starts a situation: every other fact is false, none, unknown or {@code OTHER} until set. */
    public static Builder builder(AgeGroup age, Set<Capacity> asker) {
        return new Builder(age, asker);
    }

    /** Whether a yes/no fact is known. */
    public boolean known(Flag flag) {
        return !unknown.contains(flag);
    }

    /** Whether there is violence of some kind, known or not. */
    public boolean violence() {
        return !violences.isEmpty();
    }

    /** Whether the violence includes this kind. */
    public boolean has(Violence kind) {
        return violences.contains(kind);
    }

    /** Whether the victim is a minor. */
    public boolean minor() {
        return age == AgeGroup.MINOR;
    }

    /** Whether the victim is known to be an adult. */
    public boolean adult() {
        return age == AgeGroup.ADULT || age == AgeGroup.ELDERLY;
    }

    /**
     * A minor, or a person not able to protect themselves because of age, illness, infirmity,
     * a physical or mental deficiency <em>or pregnancy</em> (art. 434-3: the widest list).
     */
    public boolean minorOrUnableToProtectThemselves() {
        return minor() || vulnerability != Vulnerability.NONE && vulnerability != Vulnerability.UNKNOWN;
    }

    /**
     * A minor, or a person unable to protect themselves because of age or a physical or mental
     * incapacity (art. 226-14 1° and 2°, R4312-18 and R4127-44 CSP) — pregnancy alone is not one.
     */
    public boolean minorOrIncapacitated() {
        return minor() || vulnerability == Vulnerability.AGE || vulnerability == Vulnerability.ILLNESS
                || vulnerability == Vulnerability.DISABILITY;
    }

    /**
     * Violence on a minor or on a person unable to protect themselves because of age or an
     * incapacity — the victim of the situation, or a child who is a victim beside her.
     */
    public boolean abuseOfMinorOrIncapacitated() {
        return minorOrIncapacitated() && violence() || childVictim;
    }

    /** A child is concerned: a minor victim, a child victim beside an adult, or children exposed to violence within the couple. */
    public boolean childConcerned() {
        return minor() && violence() || childVictim || childrenExposed && withinCouple();
    }

    /** Whether a parent may be the aggressor: violence within the family, or a child exposed to or victim of the couple's violence. */
    public boolean parentMayBeSuspect() {
        return relation == Relation.FAMILY || (childrenExposed || childVictim) && withinCouple();
    }

    /** Violence within the couple (art. 132-80): by a partner or a former partner. */
    public boolean withinCouple() {
        return relation == Relation.PARTNER || relation == Relation.FORMER_PARTNER;
    }

    /**
     * Whether the facts are a crime: said so, or — when the qualification is not known — a
     * sexual act on a minor by an adult under 15 or within the family (art. 222-23-1, 222-23-2,
     * loi n° 2021-478), which is a crime if there was penetration.
     */
    public boolean crime() {
        return offence == Offence.CRIME || offence == Offence.UNKNOWN && crimeLikely();
    }

    /** Facts about a minor that make a crime likely, when the qualification is not known. */
    public boolean crimeLikely() {
        return minor() && has(Violence.SEXUAL) && (minorFacts.contains(MinorFact.INCEST)
                || minorFacts.contains(MinorFact.UNDER_15) && minorFacts.contains(MinorFact.SEXUAL_ACT_BY_ADULT));
    }

    /** Whether the asker holds a capacity. */
    public boolean askerIs(Capacity capacity) {
        return asker.contains(capacity);
    }

    /**
     * Whether the asker is bound by professional secrecy: health professionals, social workers
     * (CASF L411-3), child-welfare staff (CASF L221-6) and, as vss assumes, psychologists always are.
     */
    public boolean askerBoundBySecrecy() {
        return asker.contains(Capacity.BOUND_BY_SECRECY) || askerIsHealthProfessional()
                || asker.contains(Capacity.SOCIAL_WORKER) || asker.contains(Capacity.CHILD_PROTECTION)
                || asker.contains(Capacity.PSYCHOLOGIST);
    }

    /** Whether the asker is a health professional (a doctor and a nurse are; a psychologist, as vss reads it, is not). */
    public boolean askerIsHealthProfessional() {
        return asker.contains(Capacity.HEALTH_PROFESSIONAL) || asker.contains(Capacity.DOCTOR)
                || asker.contains(Capacity.NURSE);
    }

    /** A professional of health or of social action (art. 226-14 4°). */
    public boolean askerInHealthOrSocialAction() {
        return askerIsHealthProfessional() || asker.contains(Capacity.SOCIAL_WORKER) || asker.contains(Capacity.CHILD_PROTECTION)
                || asker.contains(Capacity.PSYCHOLOGIST);
    }

    /**
     * Whether the asker carries out child protection or helps carry it out (CASF L226-2-1): child
     * protection staff, and the professionals of the public services and establishments that
     * take part in it (a school, a hospital, the CCAS, the commune, a crèche, police, an
     * association) who deal with children, care or social help.
     */
    public boolean askerInChildProtection() {
        return asker.contains(Capacity.CHILD_PROTECTION) || institution.takesPartInChildProtection()
                && (asker.contains(Capacity.WORKS_WITH_CHILDREN) || asker.contains(Capacity.SOCIAL_WORKER)
                        || askerIsHealthProfessional() || asker.contains(Capacity.PSYCHOLOGIST)
                        || asker.contains(Capacity.POLICE));
    }

    /** Builds a situation fact by fact. */
    public static final class Builder {

        private final AgeGroup age;
        private final Set<Capacity> asker;
        private Vulnerability vulnerability = Vulnerability.NONE;
        private Relation relation = Relation.UNKNOWN;
        private final Set<Violence> violences = EnumSet.noneOf(Violence.class);
        private Recency recency = Recency.UNKNOWN;
        private Consent consent = Consent.UNKNOWN;
        private Context context = Context.OTHER;
        private final Set<Flag> yes = EnumSet.noneOf(Flag.class);
        private final Set<Flag> unknown = EnumSet.noneOf(Flag.class);
        private final Set<MinorFact> minorFacts = EnumSet.noneOf(MinorFact.class);
        private Offence offence = Offence.UNKNOWN;
        private Institution institution = Institution.NONE;

        private Builder(AgeGroup age, Set<Capacity> asker) {
            this.age = Objects.requireNonNull(age, "age");
            this.asker = Set.copyOf(asker);
        }

        /** Why the person cannot protect themselves. */
        public Builder vulnerability(Vulnerability value) {
            vulnerability = value;
            return this;
        }

        /** The relation to the aggressor. */
        public Builder relation(Relation value) {
            relation = value;
            return this;
        }

        /** Kinds of violence. */
        public Builder violences(Violence... values) {
            violences.addAll(Set.of(values));
            return this;
        }

        /** How recent. */
        public Builder recency(Recency value) {
            recency = value;
            return this;
        }

        /** The consent to a report. */
        public Builder consent(Consent value) {
            consent = value;
            return this;
        }

        /** Where it comes to light. */
        public Builder context(Context value) {
            context = value;
            return this;
        }

        /** These yes/no facts are true. */
        public Builder yes(Flag... flags) {
            yes.addAll(Set.of(flags));
            return this;
        }

        /** These yes/no facts are not known. */
        public Builder unknown(Flag... flags) {
            unknown.addAll(Set.of(flags));
            return this;
        }

        /** Facts about the minor victim. */
        public Builder minorFacts(MinorFact... values) {
            minorFacts.addAll(Set.of(values));
            return this;
        }

        /** Crime, délit, none or unknown. */
        public Builder offence(Offence value) {
            offence = value;
            return this;
        }

        /** The asker's institution. */
        public Builder institution(Institution value) {
            institution = value;
            return this;
        }

        /** The situation. */
        public Situation build() {
            return new Situation(age, vulnerability, relation, violences, recency, yes.contains(Flag.IMMEDIATE_DANGER),
                    yes.contains(Flag.EMPRISE), yes.contains(Flag.CHILDREN_EXPOSED), yes.contains(Flag.CANNOT_SPEAK),
                    yes.contains(Flag.NEEDS_SHELTER), consent, asker, context, yes.contains(Flag.LIFE_IN_DANGER),
                    yes.contains(Flag.CHILD_VICTIM), yes.contains(Flag.DEAF_OR_HARD_OF_HEARING),
                    yes.contains(Flag.LEARNED_IN_FUNCTIONS), yes.contains(Flag.DANGEROUS_WITH_WEAPON),
                    yes.contains(Flag.JUDICIAL_POLICE_OFFICER), minorFacts, offence,
                    institution, unknown);
        }
    }
}
