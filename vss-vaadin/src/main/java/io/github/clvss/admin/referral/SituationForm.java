package io.github.clvss.admin.referral;

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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the simulator holds while the professional describes a situation: every fact of a
 * {@code Situation}, as typed (the asker may still be missing), and the day they act (empty:
 * today in the territory).
 */
final class SituationForm {

    private Set<Capacity> asker = EnumSet.noneOf(Capacity.class);
    private Context context = Context.OTHER;
    private Institution institution = Institution.UNKNOWN;
    private boolean learnedInFunctions = true;
    private LocalDate day;
    private AgeGroup age = AgeGroup.ADULT;
    private Vulnerability vulnerability = Vulnerability.NONE;
    private Set<MinorFact> minorFacts = EnumSet.noneOf(MinorFact.class);
    private boolean deafOrHardOfHearing;
    private Relation relation = Relation.PARTNER;
    private Set<Violence> violences = EnumSet.noneOf(Violence.class);
    private Recency recency = Recency.WITHIN_MONTH;
    private Offence offence = Offence.UNKNOWN;
    private boolean immediateDanger;
    private boolean lifeInDanger;
    private boolean emprise;
    private boolean childrenExposed;
    private boolean childVictim;
    private boolean cannotSpeak;
    private boolean needsShelter;
    private boolean dangerousWithWeapon;
    private boolean judicialPoliceOfficer;
    // whether a police asker is an officier de police judiciaire: not known until said
    private Set<Flag> unknown = EnumSet.of(Flag.JUDICIAL_POLICE_OFFICER);
    private Consent consent = Consent.NOT_ASKED;

    public Set<Capacity> getAsker() {
        return asker;
    }

    public void setAsker(Set<Capacity> asker) {
        this.asker = asker;
    }

    public Context getContext() {
        return context;
    }

    public void setContext(Context context) {
        this.context = context;
    }

    public Institution getInstitution() {
        return institution;
    }

    public void setInstitution(Institution institution) {
        this.institution = institution;
    }

    public boolean isLearnedInFunctions() {
        return learnedInFunctions;
    }

    public void setLearnedInFunctions(boolean learnedInFunctions) {
        this.learnedInFunctions = learnedInFunctions;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public AgeGroup getAge() {
        return age;
    }

    public void setAge(AgeGroup age) {
        this.age = age;
    }

    public Vulnerability getVulnerability() {
        return vulnerability;
    }

    public void setVulnerability(Vulnerability vulnerability) {
        this.vulnerability = vulnerability;
    }

    public Set<MinorFact> getMinorFacts() {
        return minorFacts;
    }

    public void setMinorFacts(Set<MinorFact> minorFacts) {
        this.minorFacts = minorFacts;
    }

    public boolean isDeafOrHardOfHearing() {
        return deafOrHardOfHearing;
    }

    public void setDeafOrHardOfHearing(boolean deafOrHardOfHearing) {
        this.deafOrHardOfHearing = deafOrHardOfHearing;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public Set<Violence> getViolences() {
        return violences;
    }

    public void setViolences(Set<Violence> violences) {
        this.violences = violences;
    }

    public Recency getRecency() {
        return recency;
    }

    public void setRecency(Recency recency) {
        this.recency = recency;
    }

    public Offence getOffence() {
        return offence;
    }

    public void setOffence(Offence offence) {
        this.offence = offence;
    }

    public boolean isImmediateDanger() {
        return immediateDanger;
    }

    public void setImmediateDanger(boolean immediateDanger) {
        this.immediateDanger = immediateDanger;
    }

    public boolean isLifeInDanger() {
        return lifeInDanger;
    }

    public void setLifeInDanger(boolean lifeInDanger) {
        this.lifeInDanger = lifeInDanger;
    }

    public boolean isEmprise() {
        return emprise;
    }

    public void setEmprise(boolean emprise) {
        this.emprise = emprise;
    }

    public boolean isChildrenExposed() {
        return childrenExposed;
    }

    public void setChildrenExposed(boolean childrenExposed) {
        this.childrenExposed = childrenExposed;
    }

    public boolean isChildVictim() {
        return childVictim;
    }

    public void setChildVictim(boolean childVictim) {
        this.childVictim = childVictim;
    }

    public boolean isCannotSpeak() {
        return cannotSpeak;
    }

    public void setCannotSpeak(boolean cannotSpeak) {
        this.cannotSpeak = cannotSpeak;
    }

    public boolean isNeedsShelter() {
        return needsShelter;
    }

    public void setNeedsShelter(boolean needsShelter) {
        this.needsShelter = needsShelter;
    }

    public boolean isDangerousWithWeapon() {
        return dangerousWithWeapon;
    }

    public void setDangerousWithWeapon(boolean dangerousWithWeapon) {
        this.dangerousWithWeapon = dangerousWithWeapon;
    }

    public boolean isJudicialPoliceOfficer() {
        return judicialPoliceOfficer;
    }

    public void setJudicialPoliceOfficer(boolean judicialPoliceOfficer) {
        this.judicialPoliceOfficer = judicialPoliceOfficer;
    }

    public Set<Flag> getUnknown() {
        return unknown;
    }

    public void setUnknown(Set<Flag> unknown) {
        this.unknown = unknown;
    }

    public Consent getConsent() {
        return consent;
    }

    public void setConsent(Consent consent) {
        this.consent = consent;
    }
}
