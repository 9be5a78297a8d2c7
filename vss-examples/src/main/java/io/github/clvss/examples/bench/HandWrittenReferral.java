package io.github.clvss.examples.bench;

import io.github.clvss.core.referral.Addressee;
import io.github.clvss.core.referral.Decision;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Firing;
import io.github.clvss.core.referral.Modality;
import io.github.clvss.core.referral.Referral;
import io.github.clvss.core.referral.ReportingOutcome;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.referral.Urgency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's baseline: the decisions of vss's French rules (those in force with no end
 * date) and of the {@link TownCircuits three circuits}, written by hand as if/else over the
 * situation — what a town would write without a rule engine. It gives the same {@link Decision}s
 * as the rule set, trace included (a test checks it over every built-in scenario and generated
 * situations), so that comparing their speed is honest.
 */
public final class HandWrittenReferral {

    private static final String FR = "2026.3";
    private static final Firing F_223_6 = fired("fr.223-6", "art. 223-6 du code pénal");
    private static final Firing F_114 = fired("fr.114", "numéro national d’urgence 114 (SMS, visio, tchat)");
    private static final Firing F_226_14_1 = fired("fr.226-14-1", "art. 226-14 1° du code pénal");
    private static final Firing F_226_14_2 = fired("fr.226-14-2", "art. 226-14 2° du code pénal");
    private static final Firing F_226_14_3 = fired("fr.226-14-3", "art. 226-14 3° du code pénal");
    private static final Firing F_226_14_4 = fired("fr.226-14-4", "art. 226-14 4° du code pénal");
    private static final Firing F_226_14_PSYCHOLOGIST = fired("fr.226-14-psychologist",
            "art. 226-14 2° et 3° du code pénal — lecture de vss, point discuté : le psychologue (loi n° 85-772, art. 44) n’y est pas un « professionnel de santé »");
    private static final Firing F_434_1 = fired("fr.434-1", "art. 434-1 du code pénal");
    private static final Firing F_434_3 = fired("fr.434-3", "art. 434-3 du code pénal");
    private static final Firing F_CPP_40 = fired("fr.cpp-40",
            "art. 40 al. 2 du code de procédure pénale ; art. L121-11 du code général de la fonction publique");
    private static final Firing F_CPP_15_3 = fired("fr.cpp-15-3", "art. 15-3 du code de procédure pénale");
    private static final Firing F_CPP_19 = fired("fr.cpp-19", "art. 19 du code de procédure pénale");
    private static final Firing F_CSP_R4312_18_1 = fired("fr.csp-r4312-18-1", "art. R4312-18 al. 1 du code de la santé publique");
    private static final Firing F_CSP_R4312_18 = fired("fr.csp-r4312-18", "art. R4312-18 al. 2 du code de la santé publique");
    private static final Firing F_CSP_R4127_44_1 = fired("fr.csp-r4127-44-1", "art. R4127-44 al. 1 du code de la santé publique");
    private static final Firing F_CSP_R4127_44 = fired("fr.csp-r4127-44",
            "art. R4127-44 al. 2 du code de la santé publique (code de déontologie médicale)");
    private static final Firing F_CASF_L226_2_1 = fired("fr.casf-l226-2-1", "art. L226-2-1 du code de l’action sociale et des familles");
    private static final Firing F_CASF_L226_4 = fired("fr.casf-l226-4", "art. L226-4 II du code de l’action sociale et des familles");
    private static final Firing F_CASF_L226_3 = fired("fr.casf-l226-3",
            "art. L226-3 du code de l’action sociale et des familles ; art. D1-11-1 du code de procédure pénale");
    private static final Firing F_SEXUAL_VIOLENCE_RECENT = fired("fr.sexual-violence.recent",
            "soins d’urgence au plus tôt (contraception d’urgence, traitement post-exposition) et constatations médico-légales");
    private static final Firing F_COUPLE_ORIENTATION = fired("fr.couple.orientation", "art. 132-80 du code pénal ; art. 515-9 du code civil");
    private static final Firing F_ONLINE = fired("fr.online",
            "art. 6-1 de la loi n° 2004-575 (plateforme PHAROS, internet-signalement.gouv.fr)");
    private static final Firing F_ONLINE_3018 = fired("fr.online.3018",
            "numéro national 3018 contre les violences numériques (association e-Enfance)");
    private static final Firing F_SHELTER = fired("fr.shelter", "art. L345-2 du code de l’action sociale et des familles");
    private static final Firing F_3977 = fired("fr.3977", "numéro national 3977 contre les maltraitances des personnes âgées et handicapées");
    private static final Firing F_VICTIMS_116006 = fired("fr.victims.116006", "art. 10-2 du code de procédure pénale (aide aux victimes)");
    private static final Firing F_HOSPITAL = new Firing("local.urgences-hopital", "local", "circuit local");
    private static final Firing F_CIDFF = new Firing("local.cidff-permanence", "local", "circuit local");
    private static final Firing F_TEENAGERS = new Firing("local.maison-des-adolescents", "local", "circuit local");

    /** Most urgent first; among the immediate ones, 114 first. */
    private static final Comparator<Referral> ORDER = Comparator.comparing(Referral::urgency)
            .thenComparing(r -> !r.target().equals("sms:114"));

    private final String version;

    /** @param version the rule set's version the decisions carry */
    public HandWrittenReferral(String version) {
        this.version = version;
    }

    private static Firing fired(String id, String legalBasis) {
        return new Firing(id, FR, legalBasis);
    }

    /** The decision under the rules in force with no end date, as {@code RuleSet.decide(situation)}. */
    public Decision decide(Situation s) {
        List<Referral> referrals = new ArrayList<>();
        List<ReportingOutcome> reports = new ArrayList<>();
        List<Firing> trace = new ArrayList<>();
        boolean secrecy = s.askerBoundBySecrecy();
        boolean health = s.askerIsHealthProfessional();
        boolean abuse = s.abuseOfMinorOrIncapacitated();
        boolean violence = s.violence();
        boolean couple = s.withinCouple();
        boolean childConcerned = s.childConcerned();
        boolean notLearnedInFunctions = s.known(Flag.LEARNED_IN_FUNCTIONS) && !s.learnedInFunctions();
        Urgency nowIfInDanger = s.immediateDanger() ? Urgency.IMMEDIATE : Urgency.WITHIN_24_HOURS;

        if (s.immediateDanger()) {
            trace.add(F_223_6);
            reports.add(new ReportingOutcome(Addressee.EMERGENCY_SERVICES, Modality.DUTY, false,
                    List.of("duty.disclose-only-needed"), "art. 223-6 du code pénal", "fr.223-6"));
            refer(referrals, "tel:17", Urgency.IMMEDIATE, "phone", "referral.peril.17", "fr.223-6");
            refer(referrals, "tel:15", Urgency.IMMEDIATE, "phone", "referral.peril.15", "fr.223-6");
            refer(referrals, "tel:112", Urgency.IMMEDIATE, "phone", "referral.peril.112", "fr.223-6");
            if (s.cannotSpeak() || s.deafOrHardOfHearing()) {
                trace.add(F_114);
                refer(referrals, "sms:114", Urgency.IMMEDIATE, "sms",
                        s.deafOrHardOfHearing() ? "referral.peril.114.deaf" : "referral.peril.114", "fr.114");
            }
        }
        if (secrecy && abuse) {
            trace.add(F_226_14_1);
            reports.add(new ReportingOutcome(Addressee.AUTHORITIES, Modality.POWER, false,
                    s.askerIs(Capacity.PSYCHOLOGIST) && !health ? List.of("duty.psychologist-not-health-professional") : List.of(),
                    "art. 226-14 1° du code pénal", "fr.226-14-1"));
        }
        if (health && (s.has(Violence.PHYSICAL) || s.has(Violence.SEXUAL) || s.has(Violence.PSYCHOLOGICAL)
                || s.has(Violence.DEPRIVATION) || s.has(Violence.HARASSMENT)) && !notLearnedInFunctions) {
            trace.add(F_226_14_2);
            reports.add(new ReportingOutcome(Addressee.PROCUREUR, Modality.POWER, !s.minorOrIncapacitated(), List.of(),
                    "art. 226-14 2° du code pénal", "fr.226-14-2"));
            if (s.minor() || s.childVictim()) {
                reports.add(new ReportingOutcome(Addressee.CRIP, Modality.POWER, false, List.of(),
                        "art. 226-14 2° du code pénal", "fr.226-14-2"));
            }
        }
        if (health && couple && s.adult() && violence && s.lifeInDanger() && s.emprise()) {
            trace.add(F_226_14_3);
            reports.add(new ReportingOutcome(Addressee.PROCUREUR, Modality.POWER, false,
                    List.of("duty.try-consent", "duty.inform-victim"), "art. 226-14 3° du code pénal", "fr.226-14-3"));
        }
        if (s.askerInHealthOrSocialAction() && s.dangerousWithWeapon()) {
            trace.add(F_226_14_4);
            reports.add(new ReportingOutcome(Addressee.PREFET, Modality.POWER, false, List.of(),
                    "art. 226-14 4° du code pénal", "fr.226-14-4"));
        }
        if (s.askerIs(Capacity.PSYCHOLOGIST) && !health && (s.has(Violence.PHYSICAL) || s.has(Violence.SEXUAL)
                || s.has(Violence.PSYCHOLOGICAL) || s.has(Violence.DEPRIVATION) || s.has(Violence.HARASSMENT))
                && !notLearnedInFunctions) {
            trace.add(F_226_14_PSYCHOLOGIST);
        }
        if (s.crime() && !secrecy && !(s.askerIs(Capacity.CLOSE_FAMILY_OF_AUTHOR) && !s.minor())) {
            trace.add(F_434_1);
            reports.add(new ReportingOutcome(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY, false,
                    s.offence() == Offence.UNKNOWN ? List.of("duty.crime-preventable", "duty.qualification-to-check")
                            : List.of("duty.crime-preventable"),
                    "art. 434-1 du code pénal", "fr.434-1"));
        }
        if ((s.minorOrUnableToProtectThemselves() && violence || s.childVictim()) && !secrecy) {
            trace.add(F_434_3);
            reports.add(new ReportingOutcome(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY, false, List.of(),
                    "art. 434-3 du code pénal", "fr.434-3"));
        }
        if (s.askerIs(Capacity.PUBLIC_EMPLOYEE) && !notLearnedInFunctions && (s.offence() == Offence.CRIME
                || s.offence() == Offence.DELIT || s.offence() == Offence.UNKNOWN && violence)) {
            trace.add(F_CPP_40);
            List<String> duties = new ArrayList<>(3);
            if (!s.known(Flag.LEARNED_IN_FUNCTIONS)) {
                duties.add("duty.if-learned-in-functions");
            }
            if (s.offence() == Offence.UNKNOWN && !couple && !s.crime()) {
                duties.add("duty.if-crime-or-delit");
            }
            if (health) {
                duties.add("duty.medical-secrecy-prevails");
            } else if (secrecy) {
                duties.add("duty.social-secrecy-prevails");
            }
            reports.add(new ReportingOutcome(Addressee.PROCUREUR, Modality.DUTY_DISCIPLINARY, false, duties,
                    "art. 40 al. 2 du code de procédure pénale", "fr.cpp-40"));
        }
        if (s.askerIs(Capacity.POLICE) && violence && s.offence() != Offence.NONE) {
            trace.add(F_CPP_15_3);
            reports.add(new ReportingOutcome(Addressee.COMPLAINT, Modality.DUTY, true, List.of("duty.receive-complaint"),
                    "art. 15-3 du code de procédure pénale", "fr.cpp-15-3"));
            boolean opjKnown = s.known(Flag.JUDICIAL_POLICE_OFFICER);
            if (!(opjKnown && !s.judicialPoliceOfficer())) {
                trace.add(F_CPP_19);
                reports.add(new ReportingOutcome(Addressee.PROCUREUR, Modality.DUTY, false,
                        opjKnown ? List.of("duty.opj-without-delay") : List.of("duty.opj-without-delay", "duty.if-opj"),
                        "art. 19 du code de procédure pénale", "fr.cpp-19"));
            }
        }
        if (s.askerIs(Capacity.NURSE)) {
            if (violence) {
                trace.add(F_CSP_R4312_18_1);
                reports.add(new ReportingOutcome(Addressee.PROTECTION, Modality.DUTY, false, List.of("duty.protect-prudently"),
                        "art. R4312-18 al. 1 du code de la santé publique", "fr.csp-r4312-18-1"));
            }
            if (abuse) {
                trace.add(F_CSP_R4312_18);
                reports.add(new ReportingOutcome(Addressee.AUTHORITIES, Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, false,
                        List.of(), "art. R4312-18 al. 2 du code de la santé publique", "fr.csp-r4312-18"));
            }
        }
        if (s.askerIs(Capacity.DOCTOR)) {
            if (violence) {
                trace.add(F_CSP_R4127_44_1);
                reports.add(new ReportingOutcome(Addressee.PROTECTION, Modality.DUTY, false, List.of("duty.protect-prudently"),
                        "art. R4127-44 al. 1 du code de la santé publique", "fr.csp-r4127-44-1"));
            }
            if (abuse) {
                trace.add(F_CSP_R4127_44);
                reports.add(new ReportingOutcome(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY_WITH_CONSCIENCE_EXCEPTION,
                        false, List.of(), "art. R4127-44 al. 2 du code de la santé publique", "fr.csp-r4127-44"));
            }
        }
        if (childConcerned && s.askerInChildProtection()) {
            String parents = s.parentMayBeSuspect() ? "duty.parents-suspect" : "duty.inform-parents";
            trace.add(F_CASF_L226_2_1);
            reports.add(new ReportingOutcome(Addressee.CRIP, Modality.DUTY, false, List.of(parents),
                    "art. L226-2-1 du code de l’action sociale et des familles", "fr.casf-l226-2-1"));
            trace.add(F_CASF_L226_4);
            reports.add(new ReportingOutcome(Addressee.PROCUREUR, Modality.POWER, false, List.of("duty.copy-to-crip", parents),
                    "art. L226-4 du code de l’action sociale et des familles", "fr.casf-l226-4"));
        }
        if (childConcerned) {
            trace.add(F_CASF_L226_3);
            refer(referrals, "service:crip", nowIfInDanger, "visit", "referral.crip", "fr.casf-l226-3");
            refer(referrals, "tel:119", nowIfInDanger, "phone", s.childrenExposed() && !s.minor() && !s.childVictim()
                    ? "referral.children-exposed.119" : "referral.minor.119", "fr.casf-l226-3");
        }
        if (s.has(Violence.SEXUAL) && (s.recency() == Recency.ONGOING || s.recency() == Recency.WITHIN_72_HOURS)) {
            trace.add(F_SEXUAL_VIOLENCE_RECENT);
            refer(referrals, "service:emergency-department", Urgency.IMMEDIATE, "visit", "referral.sexual.medical-care",
                    "fr.sexual-violence.recent");
            refer(referrals, "service:forensic-unit", Urgency.WITHIN_24_HOURS, "visit", "referral.sexual.forensic",
                    "fr.sexual-violence.recent");
        }
        if (couple) {
            trace.add(F_COUPLE_ORIENTATION);
            refer(referrals, "tel:3919", Urgency.WHEN_THE_PERSON_WISHES, "phone", "referral.couple.3919", "fr.couple.orientation");
            refer(referrals, "service:cidff", Urgency.WITHIN_DAYS, "visit", "referral.couple.cidff", "fr.couple.orientation");
            refer(referrals, "tel:116006", Urgency.WITHIN_DAYS, "phone", "referral.victims.116006", "fr.couple.orientation");
            refer(referrals, "service:complaint", Urgency.WHEN_THE_PERSON_WISHES, "visit", "referral.couple.complaint",
                    "fr.couple.orientation");
            refer(referrals, "service:family-judge", Urgency.WHEN_THE_PERSON_WISHES, "visit",
                    "referral.couple.protection-order", "fr.couple.orientation");
        }
        if (s.has(Violence.ONLINE)) {
            trace.add(F_ONLINE);
            refer(referrals, "web:internet-signalement.gouv.fr", Urgency.WITHIN_DAYS, "web", "referral.online.pharos",
                    "fr.online");
            if (s.minor() || s.childVictim()) {
                trace.add(F_ONLINE_3018);
                refer(referrals, "tel:3018", Urgency.WITHIN_24_HOURS, "phone", "referral.online.3018", "fr.online.3018");
            }
        }
        if (s.needsShelter()) {
            trace.add(F_SHELTER);
            refer(referrals, "tel:115", nowIfInDanger, "phone", "referral.shelter.115", "fr.shelter");
            refer(referrals, "service:town-shelter", nowIfInDanger, "phone", "referral.shelter.town", "fr.shelter");
        }
        if (s.age() == AgeGroup.ELDERLY || s.vulnerability() == Vulnerability.DISABILITY) {
            trace.add(F_3977);
            refer(referrals, "tel:3977", Urgency.WITHIN_DAYS, "phone", "referral.elderly-disabled.3977", "fr.3977");
        }
        if (violence && !couple) {
            trace.add(F_VICTIMS_116006);
            refer(referrals, "tel:116006", Urgency.WITHIN_DAYS, "phone", "referral.victims.116006", "fr.victims.116006");
        }
        // the town's circuits
        if (s.immediateDanger() && (s.has(Violence.PHYSICAL) || s.has(Violence.SEXUAL))) {
            trace.add(F_HOSPITAL);
            refer(referrals, TownCircuits.HOSPITAL, Urgency.IMMEDIATE, "visit",
                    "Urgences de l’hôpital, accueil des victimes jour et nuit", "local.urgences-hopital");
        }
        if ((s.relation() == Relation.PARTNER || s.relation() == Relation.FORMER_PARTNER) && s.adult()) {
            trace.add(F_CIDFF);
            refer(referrals, TownCircuits.CIDFF, Urgency.WITHIN_DAYS, "phone", "Permanence juridique du CIDFF",
                    "local.cidff-permanence");
        }
        if (s.minor() && (s.has(Violence.PHYSICAL) || s.has(Violence.SEXUAL) || s.has(Violence.PSYCHOLOGICAL))) {
            trace.add(F_TEENAGERS);
            refer(referrals, TownCircuits.TEENAGERS, Urgency.WITHIN_24_HOURS, "phone", "Maison des adolescents",
                    "local.maison-des-adolescents");
        }
        referrals.sort(ORDER);
        return new Decision(referrals, reports, trace, version, Optional.empty());
    }

    /** Adds a referral; for a target already referred to, keeps the more urgent one. */
    private static void refer(List<Referral> referrals, String target, Urgency urgency, String channel, String reason,
            String rule) {
        for (int i = 0; i < referrals.size(); i++) {
            Referral old = referrals.get(i);
            if (old.target().equals(target)) {
                if (urgency.compareTo(old.urgency()) < 0) {
                    referrals.set(i, new Referral(target, urgency, channel, reason, rule));
                }
                return;
            }
        }
        referrals.add(new Referral(target, urgency, channel, reason, rule));
    }
}
