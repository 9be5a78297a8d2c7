package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.util.Set;

/** Situation fixtures: an adult hit by her partner, told to a doctor, who refuses a report — then variations. */
public final class Asked {

    private AgeGroup age = AgeGroup.ADULT;
    private Vulnerability vulnerability = Vulnerability.NONE;
    private Relation relation = Relation.PARTNER;
    private Set<Violence> violences = Set.of(Violence.PHYSICAL, Violence.PSYCHOLOGICAL);
    private Recency recency = Recency.WITHIN_MONTH;
    private boolean danger;
    private boolean emprise;
    private boolean children;
    private boolean cannotSpeak;
    private boolean shelter;
    private Consent consent = Consent.REFUSED;
    private Set<Capacity> asker = Set.of(Capacity.HEALTH_PROFESSIONAL);
    private Context context = Context.HEALTH_CARE;

    public static Asked aDoctorAboutViolenceWithinTheCouple() {
        return new Asked();
    }

    public Asked by(Capacity... capacities) {
        asker = Set.of(capacities);
        return this;
    }

    public Asked inImmediateDanger() {
        danger = true;
        return this;
    }

    public Asked underEmprise() {
        emprise = true;
        return this;
    }

    public Asked withChildrenExposed() {
        children = true;
        return this;
    }

    public Asked unableToSpeak() {
        cannotSpeak = true;
        return this;
    }

    public Asked needingShelter() {
        shelter = true;
        return this;
    }

    public Asked aged(AgeGroup group) {
        age = group;
        return this;
    }

    public Asked vulnerableBecauseOf(Vulnerability why) {
        vulnerability = why;
        return this;
    }

    public Asked byA(Relation aggressor) {
        relation = aggressor;
        return this;
    }

    public Asked suffering(Recency when, Violence... kinds) {
        recency = when;
        violences = Set.of(kinds);
        return this;
    }

    public Asked consent(Consent given) {
        consent = given;
        return this;
    }

    public Asked in(Context where) {
        context = where;
        return this;
    }

    public Situation situation() {
        return new Situation(age, vulnerability, relation, violences, recency, danger, emprise, children, cannotSpeak,
                shelter, consent, asker, context);
    }
}
