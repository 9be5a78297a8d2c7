package io.github.clvss.admin.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Urgency;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the circuit form holds while the coordinator types: the facts the circuit applies to
 * (an empty set means any value), whom it sends to (the target's value, e.g.
 * {@code partner:<id>}), how soon, how and why — any value, valid or not yet.
 */
final class CircuitForm {

    /** "Any", "yes" or "no" for a fact that is true or false. */
    enum Answer {
        ANY, YES, NO;

        Set<Boolean> matching() {
            return switch (this) {
                case ANY -> Set.of();
                case YES -> Set.of(true);
                case NO -> Set.of(false);
            };
        }

        static Answer of(Set<Boolean> values) {
            return values.size() != 1 ? ANY : values.contains(true) ? YES : NO;
        }
    }

    private String name = "";
    private Set<AgeGroup> ages = new LinkedHashSet<>();
    private Set<Vulnerability> vulnerabilities = new LinkedHashSet<>();
    private Set<Relation> relations = new LinkedHashSet<>();
    private Set<Violence> violences = new LinkedHashSet<>();
    private Set<Recency> recencies = new LinkedHashSet<>();
    private Answer immediateDanger = Answer.ANY;
    private Answer emprise = Answer.ANY;
    private Answer childrenExposed = Answer.ANY;
    private Answer cannotSpeak = Answer.ANY;
    private Answer needsShelter = Answer.ANY;
    private Set<Consent> consents = new LinkedHashSet<>();
    private Set<Capacity> askers = new LinkedHashSet<>();
    private Set<Context> contexts = new LinkedHashSet<>();
    private Set<Offence> offences = new LinkedHashSet<>();
    private Answer lifeInDanger = Answer.ANY;
    private Answer childVictim = Answer.ANY;
    private Answer dangerousWithWeapon = Answer.ANY;
    private Answer deafOrHardOfHearing = Answer.ANY;
    private Set<Institution> institutions = new LinkedHashSet<>();
    private Answer learnedInFunctions = Answer.ANY;
    private Answer judicialPoliceOfficer = Answer.ANY;
    private String target;
    private Urgency urgency = Urgency.WITHIN_DAYS;
    private String channel = "phone";
    private String reason = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<AgeGroup> getAges() {
        return ages;
    }

    public void setAges(Set<AgeGroup> ages) {
        this.ages = ages;
    }

    public Set<Vulnerability> getVulnerabilities() {
        return vulnerabilities;
    }

    public void setVulnerabilities(Set<Vulnerability> vulnerabilities) {
        this.vulnerabilities = vulnerabilities;
    }

    public Set<Relation> getRelations() {
        return relations;
    }

    public void setRelations(Set<Relation> relations) {
        this.relations = relations;
    }

    public Set<Violence> getViolences() {
        return violences;
    }

    public void setViolences(Set<Violence> violences) {
        this.violences = violences;
    }

    public Set<Recency> getRecencies() {
        return recencies;
    }

    public void setRecencies(Set<Recency> recencies) {
        this.recencies = recencies;
    }

    public Answer getImmediateDanger() {
        return immediateDanger;
    }

    public void setImmediateDanger(Answer immediateDanger) {
        this.immediateDanger = immediateDanger;
    }

    public Answer getEmprise() {
        return emprise;
    }

    public void setEmprise(Answer emprise) {
        this.emprise = emprise;
    }

    public Answer getChildrenExposed() {
        return childrenExposed;
    }

    public void setChildrenExposed(Answer childrenExposed) {
        this.childrenExposed = childrenExposed;
    }

    public Answer getCannotSpeak() {
        return cannotSpeak;
    }

    public void setCannotSpeak(Answer cannotSpeak) {
        this.cannotSpeak = cannotSpeak;
    }

    public Answer getNeedsShelter() {
        return needsShelter;
    }

    public void setNeedsShelter(Answer needsShelter) {
        this.needsShelter = needsShelter;
    }

    public Set<Consent> getConsents() {
        return consents;
    }

    public void setConsents(Set<Consent> consents) {
        this.consents = consents;
    }

    public Set<Capacity> getAskers() {
        return askers;
    }

    public void setAskers(Set<Capacity> askers) {
        this.askers = askers;
    }

    public Set<Context> getContexts() {
        return contexts;
    }

    public void setContexts(Set<Context> contexts) {
        this.contexts = contexts;
    }

    public Set<Offence> getOffences() {
        return offences;
    }

    public void setOffences(Set<Offence> offences) {
        this.offences = offences;
    }

    public Answer getLifeInDanger() {
        return lifeInDanger;
    }

    public void setLifeInDanger(Answer lifeInDanger) {
        this.lifeInDanger = lifeInDanger;
    }

    public Answer getChildVictim() {
        return childVictim;
    }

    public void setChildVictim(Answer childVictim) {
        this.childVictim = childVictim;
    }

    public Answer getDangerousWithWeapon() {
        return dangerousWithWeapon;
    }

    public void setDangerousWithWeapon(Answer dangerousWithWeapon) {
        this.dangerousWithWeapon = dangerousWithWeapon;
    }

    public Answer getDeafOrHardOfHearing() {
        return deafOrHardOfHearing;
    }

    public void setDeafOrHardOfHearing(Answer deafOrHardOfHearing) {
        this.deafOrHardOfHearing = deafOrHardOfHearing;
    }

    public Set<Institution> getInstitutions() {
        return institutions;
    }

    public void setInstitutions(Set<Institution> institutions) {
        this.institutions = institutions;
    }

    public Answer getLearnedInFunctions() {
        return learnedInFunctions;
    }

    public void setLearnedInFunctions(Answer learnedInFunctions) {
        this.learnedInFunctions = learnedInFunctions;
    }

    public Answer getJudicialPoliceOfficer() {
        return judicialPoliceOfficer;
    }

    public void setJudicialPoliceOfficer(Answer judicialPoliceOfficer) {
        this.judicialPoliceOfficer = judicialPoliceOfficer;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
