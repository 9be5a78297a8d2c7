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
final class Asked {

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

    static Asked aDoctorAboutViolenceWithinTheCouple() {
        return new Asked();
    }

    Asked by(Capacity... capacities) {
        asker = Set.of(capacities);
        return this;
    }

    Asked inImmediateDanger() {
        danger = true;
        return this;
    }

    Asked underEmprise() {
        emprise = true;
        return this;
    }

    Asked withChildrenExposed() {
        children = true;
        return this;
    }

    Asked unableToSpeak() {
        cannotSpeak = true;
        return this;
    }

    Asked needingShelter() {
        shelter = true;
        return this;
    }

    Asked aged(AgeGroup group) {
        age = group;
        return this;
    }

    Asked vulnerableBecauseOf(Vulnerability why) {
        vulnerability = why;
        return this;
    }

    Asked byA(Relation aggressor) {
        relation = aggressor;
        return this;
    }

    Asked suffering(Recency when, Violence... kinds) {
        recency = when;
        violences = Set.of(kinds);
        return this;
    }

    Asked consent(Consent given) {
        consent = given;
        return this;
    }

    Asked in(Context where) {
        context = where;
        return this;
    }

    Situation situation() {
        return new Situation(age, vulnerability, relation, violences, recency, danger, emprise, children, cannotSpeak,
                shelter, consent, asker, context);
    }
}
