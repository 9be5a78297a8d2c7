package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
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
 * identifies the person.
 *
 * @param age the person's age group
 * @param vulnerability why they cannot protect themselves, or {@code NONE}
 * @param relation their relation to the aggressor
 * @param violences the kinds of violence
 * @param recency how recent the last violence is
 * @param immediateDanger whether the person is in immediate danger (imminent peril)
 * @param emprise whether the aggressor holds the person under their control (emprise)
 * @param childrenExposed whether children are exposed to the violence
 * @param cannotSpeak whether the person cannot speak on the phone (deaf, hard of hearing, aggressor nearby)
 * @param needsShelter whether the person needs to leave home
 * @param consent the person's consent to a report
 * @param asker what the person asking is
 * @param context where the situation comes to light
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
        Context context) {

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
    }

    /**
     * A minor, or a person not able to protect themselves because of age, illness, infirmity,
     * a physical or mental deficiency <em>or pregnancy</em> (art. 434-3: the widest list).
     */
    public boolean minorOrUnableToProtectThemselves() {
        return age == AgeGroup.MINOR || vulnerability != Vulnerability.NONE;
    }

    /**
     * A minor, or a person unable to protect themselves because of age or a physical or mental
     * incapacity (art. 226-14 1° and 2°, R4312-18 and R4127-44 CSP) — pregnancy alone is not one.
     */
    public boolean minorOrIncapacitated() {
        return age == AgeGroup.MINOR || vulnerability == Vulnerability.AGE || vulnerability == Vulnerability.ILLNESS
                || vulnerability == Vulnerability.DISABILITY;
    }

    /** Whether a parent may be the aggressor: violence within the family, or children exposed to the couple's violence. */
    public boolean parentMayBeSuspect() {
        return relation == Relation.FAMILY || childrenExposed && withinCouple();
    }

    /** Violence within the couple (art. 132-80): by a partner or a former partner. */
    public boolean withinCouple() {
        return relation == Relation.PARTNER || relation == Relation.FORMER_PARTNER;
    }

    /** Whether the asker holds a capacity. */
    public boolean askerIs(Capacity capacity) {
        return asker.contains(capacity);
    }

    /**
     * Whether the asker is bound by professional secrecy: health professionals, social workers
     * and child-welfare staff (CASF L221-6) always are.
     */
    public boolean askerBoundBySecrecy() {
        return asker.contains(Capacity.BOUND_BY_SECRECY) || askerIsHealthProfessional()
                || asker.contains(Capacity.SOCIAL_WORKER) || asker.contains(Capacity.CHILD_PROTECTION);
    }

    /** Whether the asker is a health professional (a doctor and a nurse are). */
    public boolean askerIsHealthProfessional() {
        return asker.contains(Capacity.HEALTH_PROFESSIONAL) || asker.contains(Capacity.DOCTOR)
                || asker.contains(Capacity.NURSE);
    }
}
