package io.github.clvss.examples.bench.referral;

import io.github.clvss.core.referral.Addressee;
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
import io.github.clvss.core.referral.ReferralRule;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.examples.bench.TownCircuits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rules of the benchmark's rule set (French rules in force with no end date, the three town
 * circuits) as plain condition/action pairs, in the rule set's order, for the engines that take
 * rules in that form: Easy Rules and Drools run exactly these.
 */
public final class PlainRules {

    /**
     * One rule.
     *
     * @param firing what it adds to the trace
     * @param when its condition
     * @param then its action
     */
    public record Plain(Firing firing, Predicate<Situation> when, BiConsumer<Situation, Draft> then) {

        /** Runs the action, trace first. */
        public void fire(Situation s, Draft draft) {
            draft.fired(firing);
            then.accept(s, draft);
        }
    }

    private PlainRules() {
    }

    /** The rules in {@code rules}' order; their firings are the rule set's. */
    public static List<Plain> of(RuleSet rules) {
        Map<String, Firing> firings = rules.rules().stream().collect(Collectors.toMap(ReferralRule::id,
                r -> new Firing(r.id(), r.version(), r.legalBasis())));
        Function<String, Firing> f = id -> {
            Firing firing = firings.get(id);
            if (firing == null) {
                throw new IllegalArgumentException("No rule " + id);
            }
            return firing;
        };
        List<Plain> all = new ArrayList<>();
        all.add(new Plain(f.apply("fr.223-6"), Situation::immediateDanger, (s, d) -> {
            d.report(Addressee.EMERGENCY_SERVICES, Modality.DUTY, false, List.of("duty.disclose-only-needed"),
                    "art. 223-6 du code pénal");
            d.refer("tel:17", Urgency.IMMEDIATE, "phone", "referral.peril.17")
                    .refer("tel:15", Urgency.IMMEDIATE, "phone", "referral.peril.15")
                    .refer("tel:112", Urgency.IMMEDIATE, "phone", "referral.peril.112");
        }));
        all.add(new Plain(f.apply("fr.114"), s -> s.immediateDanger() && (s.cannotSpeak() || s.deafOrHardOfHearing()),
                (s, d) -> d.refer("sms:114", Urgency.IMMEDIATE, "sms",
                        s.deafOrHardOfHearing() ? "referral.peril.114.deaf" : "referral.peril.114")));
        all.add(new Plain(f.apply("fr.226-14-1"), s -> s.askerBoundBySecrecy() && s.abuseOfMinorOrIncapacitated(),
                (s, d) -> d.report(Addressee.AUTHORITIES, Modality.POWER, false,
                        s.askerIs(Capacity.PSYCHOLOGIST) && !s.askerIsHealthProfessional()
                                ? List.of("duty.psychologist-not-health-professional") : List.of(),
                        "art. 226-14 1° du code pénal")));
        all.add(new Plain(f.apply("fr.226-14-2"), s -> s.askerIsHealthProfessional()
                && (s.has(Violence.PHYSICAL) || s.has(Violence.SEXUAL) || s.has(Violence.PSYCHOLOGICAL)
                        || s.has(Violence.DEPRIVATION) || s.has(Violence.HARASSMENT))
                && !(s.known(Flag.LEARNED_IN_FUNCTIONS) && !s.learnedInFunctions()), (s, d) -> {
                    d.report(Addressee.PROCUREUR, Modality.POWER, !s.minorOrIncapacitated(), List.of(),
                            "art. 226-14 2° du code pénal");
                    if (s.minor() || s.childVictim()) {
                        d.report(Addressee.CRIP, Modality.POWER, false, List.of(), "art. 226-14 2° du code pénal");
                    }
                }));
        all.add(new Plain(f.apply("fr.226-14-3"), s -> s.askerIsHealthProfessional() && s.withinCouple() && s.adult()
                && s.violence() && s.lifeInDanger() && s.emprise(),
                (s, d) -> d.report(Addressee.PROCUREUR, Modality.POWER, false, List.of("duty.try-consent", "duty.inform-victim"),
                        "art. 226-14 3° du code pénal")));
        all.add(new Plain(f.apply("fr.226-14-4"), s -> s.askerInHealthOrSocialAction() && s.dangerousWithWeapon(),
                (s, d) -> d.report(Addressee.PREFET, Modality.POWER, false, List.of(), "art. 226-14 4° du code pénal")));
        all.add(new Plain(f.apply("fr.226-14-psychologist"), s -> s.askerIs(Capacity.PSYCHOLOGIST)
                && !s.askerIsHealthProfessional()
                && (s.has(Violence.PHYSICAL) || s.has(Violence.SEXUAL) || s.has(Violence.PSYCHOLOGICAL)
                        || s.has(Violence.DEPRIVATION) || s.has(Violence.HARASSMENT))
                && !(s.known(Flag.LEARNED_IN_FUNCTIONS) && !s.learnedInFunctions()), (s, d) -> {
                }));
        all.add(new Plain(f.apply("fr.434-1"), s -> s.crime() && !s.askerBoundBySecrecy()
                && !(s.askerIs(Capacity.CLOSE_FAMILY_OF_AUTHOR) && !s.minor()),
                (s, d) -> d.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY, false,
                        s.offence() == Offence.UNKNOWN ? List.of("duty.crime-preventable", "duty.qualification-to-check")
                                : List.of("duty.crime-preventable"), "art. 434-1 du code pénal")));
        all.add(new Plain(f.apply("fr.434-3"), s -> (s.minorOrUnableToProtectThemselves() && s.violence() || s.childVictim())
                && !s.askerBoundBySecrecy(),
                (s, d) -> d.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY, false, List.of(),
                        "art. 434-3 du code pénal")));
        all.add(new Plain(f.apply("fr.cpp-40"), s -> s.askerIs(Capacity.PUBLIC_EMPLOYEE)
                && !(s.known(Flag.LEARNED_IN_FUNCTIONS) && !s.learnedInFunctions())
                && (s.offence() == Offence.CRIME || s.offence() == Offence.DELIT
                        || s.offence() == Offence.UNKNOWN && s.violence()), (s, d) -> {
                    List<String> duties = new ArrayList<>(3);
                    if (!s.known(Flag.LEARNED_IN_FUNCTIONS)) {
                        duties.add("duty.if-learned-in-functions");
                    }
                    if (s.offence() == Offence.UNKNOWN && !s.withinCouple() && !s.crime()) {
                        duties.add("duty.if-crime-or-delit");
                    }
                    if (s.askerIsHealthProfessional()) {
                        duties.add("duty.medical-secrecy-prevails");
                    } else if (s.askerBoundBySecrecy()) {
                        duties.add("duty.social-secrecy-prevails");
                    }
                    d.report(Addressee.PROCUREUR, Modality.DUTY_DISCIPLINARY, false, duties,
                            "art. 40 al. 2 du code de procédure pénale");
                }));
        all.add(new Plain(f.apply("fr.cpp-15-3"), s -> s.askerIs(Capacity.POLICE) && s.violence() && s.offence() != Offence.NONE,
                (s, d) -> d.report(Addressee.COMPLAINT, Modality.DUTY, true, List.of("duty.receive-complaint"),
                        "art. 15-3 du code de procédure pénale")));
        all.add(new Plain(f.apply("fr.cpp-19"), s -> s.askerIs(Capacity.POLICE) && s.violence() && s.offence() != Offence.NONE
                && !(s.known(Flag.JUDICIAL_POLICE_OFFICER) && !s.judicialPoliceOfficer()),
                (s, d) -> d.report(Addressee.PROCUREUR, Modality.DUTY, false, s.known(Flag.JUDICIAL_POLICE_OFFICER)
                        ? List.of("duty.opj-without-delay") : List.of("duty.opj-without-delay", "duty.if-opj"),
                        "art. 19 du code de procédure pénale")));
        all.add(new Plain(f.apply("fr.csp-r4312-18-1"), s -> s.askerIs(Capacity.NURSE) && s.violence(),
                (s, d) -> d.report(Addressee.PROTECTION, Modality.DUTY, false, List.of("duty.protect-prudently"),
                        "art. R4312-18 al. 1 du code de la santé publique")));
        all.add(new Plain(f.apply("fr.csp-r4312-18"), s -> s.askerIs(Capacity.NURSE) && s.abuseOfMinorOrIncapacitated(),
                (s, d) -> d.report(Addressee.AUTHORITIES, Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, false, List.of(),
                        "art. R4312-18 al. 2 du code de la santé publique")));
        all.add(new Plain(f.apply("fr.csp-r4127-44-1"), s -> s.askerIs(Capacity.DOCTOR) && s.violence(),
                (s, d) -> d.report(Addressee.PROTECTION, Modality.DUTY, false, List.of("duty.protect-prudently"),
                        "art. R4127-44 al. 1 du code de la santé publique")));
        all.add(new Plain(f.apply("fr.csp-r4127-44"), s -> s.askerIs(Capacity.DOCTOR) && s.abuseOfMinorOrIncapacitated(),
                (s, d) -> d.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, false,
                        List.of(), "art. R4127-44 al. 2 du code de la santé publique")));
        all.add(new Plain(f.apply("fr.casf-l226-2-1"), s -> s.askerInChildProtection() && s.childConcerned(),
                (s, d) -> d.report(Addressee.CRIP, Modality.DUTY, false,
                        List.of(s.parentMayBeSuspect() ? "duty.parents-suspect" : "duty.inform-parents"),
                        "art. L226-2-1 du code de l’action sociale et des familles")));
        all.add(new Plain(f.apply("fr.casf-l226-4"), s -> s.askerInChildProtection() && s.childConcerned(),
                (s, d) -> d.report(Addressee.PROCUREUR, Modality.POWER, false,
                        List.of("duty.copy-to-crip", s.parentMayBeSuspect() ? "duty.parents-suspect" : "duty.inform-parents"),
                        "art. L226-4 du code de l’action sociale et des familles")));
        all.add(new Plain(f.apply("fr.casf-l226-3"), Situation::childConcerned,
                (s, d) -> d.refer("service:crip", nowIfInDanger(s), "visit", "referral.crip")
                        .refer("tel:119", nowIfInDanger(s), "phone", s.childrenExposed() && !s.minor() && !s.childVictim()
                                ? "referral.children-exposed.119" : "referral.minor.119")));
        all.add(new Plain(f.apply("fr.sexual-violence.recent"), s -> s.has(Violence.SEXUAL)
                && (s.recency() == Recency.ONGOING || s.recency() == Recency.WITHIN_72_HOURS),
                (s, d) -> d.refer("service:emergency-department", Urgency.IMMEDIATE, "visit", "referral.sexual.medical-care")
                        .refer("service:forensic-unit", Urgency.WITHIN_24_HOURS, "visit", "referral.sexual.forensic")));
        all.add(new Plain(f.apply("fr.couple.orientation"), Situation::withinCouple,
                (s, d) -> d.refer("tel:3919", Urgency.WHEN_THE_PERSON_WISHES, "phone", "referral.couple.3919")
                        .refer("service:cidff", Urgency.WITHIN_DAYS, "visit", "referral.couple.cidff")
                        .refer("tel:116006", Urgency.WITHIN_DAYS, "phone", "referral.victims.116006")
                        .refer("service:complaint", Urgency.WHEN_THE_PERSON_WISHES, "visit", "referral.couple.complaint")
                        .refer("service:family-judge", Urgency.WHEN_THE_PERSON_WISHES, "visit",
                                "referral.couple.protection-order")));
        all.add(new Plain(f.apply("fr.online"), s -> s.has(Violence.ONLINE),
                (s, d) -> d.refer("web:internet-signalement.gouv.fr", Urgency.WITHIN_DAYS, "web", "referral.online.pharos")));
        all.add(new Plain(f.apply("fr.online.3018"), s -> s.has(Violence.ONLINE) && (s.minor() || s.childVictim()),
                (s, d) -> d.refer("tel:3018", Urgency.WITHIN_24_HOURS, "phone", "referral.online.3018")));
        all.add(new Plain(f.apply("fr.shelter"), Situation::needsShelter,
                (s, d) -> d.refer("tel:115", nowIfInDanger(s), "phone", "referral.shelter.115")
                        .refer("service:town-shelter", nowIfInDanger(s), "phone", "referral.shelter.town")));
        all.add(new Plain(f.apply("fr.3977"), s -> s.age() == AgeGroup.ELDERLY || s.vulnerability() == Vulnerability.DISABILITY,
                (s, d) -> d.refer("tel:3977", Urgency.WITHIN_DAYS, "phone", "referral.elderly-disabled.3977")));
        all.add(new Plain(f.apply("fr.victims.116006"), s -> s.violence() && !s.withinCouple(),
                (s, d) -> d.refer("tel:116006", Urgency.WITHIN_DAYS, "phone", "referral.victims.116006")));
        all.add(new Plain(f.apply("local.urgences-hopital"),
                s -> s.immediateDanger() && (s.has(Violence.PHYSICAL) || s.has(Violence.SEXUAL)),
                (s, d) -> d.refer(TownCircuits.HOSPITAL, Urgency.IMMEDIATE, "visit",
                        "Urgences de l’hôpital, accueil des victimes jour et nuit")));
        all.add(new Plain(f.apply("local.cidff-permanence"),
                s -> (s.relation() == Relation.PARTNER || s.relation() == Relation.FORMER_PARTNER) && s.adult(),
                (s, d) -> d.refer(TownCircuits.CIDFF, Urgency.WITHIN_DAYS, "phone", "Permanence juridique du CIDFF")));
        all.add(new Plain(f.apply("local.maison-des-adolescents"), s -> s.minor()
                && (s.has(Violence.PHYSICAL) || s.has(Violence.SEXUAL) || s.has(Violence.PSYCHOLOGICAL)),
                (s, d) -> d.refer(TownCircuits.TEENAGERS, Urgency.WITHIN_24_HOURS, "phone", "Maison des adolescents")));
        return List.copyOf(all);
    }

    private static Urgency nowIfInDanger(Situation s) {
        return s.immediateDanger() ? Urgency.IMMEDIATE : Urgency.WITHIN_24_HOURS;
    }
}
