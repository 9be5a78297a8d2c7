package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.MinorFact;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The rules French law sets, built into vss. Each names the article it applies, whether it is a
 * power (may) or a duty (must), the days it is in force and the text that created it (see
 * {@link RuleTable}); the texts of their codes are in vss-core's message bundles. Order matters
 * only for the trace: emergencies first.
 *
 * <p>The wording encoded is the consolidated text in force today; where an earlier wording
 * differed in a way a decision depends on, the earlier wording is its own rule with its own
 * period (art. 226-14: before loi n° 2020-936, the weapons case was numbered 3° and there was
 * no case of violence within the couple; art. R4127-44 al. 2: before décret n° 2012-694, a
 * doctor's duty to alert covered a minor <em>of fifteen</em>, that is under 15, and named the
 * medical authorities too). Other earlier wordings are not modelled.
 */
final class FrenchRules {

    static final String VERSION = "2026.3";

    private static final LocalDate PENAL_CODE = LocalDate.of(1994, 3, 1);
    private static final LocalDate CPP = LocalDate.of(1959, 3, 2);
    /** Loi n° 2020-936 du 30 juillet 2020, published in the Journal officiel of 31 July 2020, in force the next day. */
    static final LocalDate LAW_2020_936 = LocalDate.of(2020, 8, 1);
    private static final LocalDate LAW_2003_239 = LocalDate.of(2003, 3, 20);
    /** Loi n° 2007-293 du 5 mars 2007, published in the Journal officiel of 6 March 2007, in force the next day (code civil, art. 1). */
    private static final LocalDate LAW_2007_293 = LocalDate.of(2007, 3, 7);
    /** Décret n° 2016-1605 du 25 novembre 2016, JO of 27 November 2016: "entre en vigueur le lendemain de sa publication". */
    private static final LocalDate DECREE_2016_1605 = LocalDate.of(2016, 11, 28);
    private static final String DECREE_2016_1605_SOURCE = "décret n° 2016-1605 du 25 novembre 2016 (code de déontologie des infirmiers)";
    private static final LocalDate DECREE_2004_802 = LocalDate.of(2004, 8, 8);
    /** Décret n° 2012-694 du 7 mai 2012, published in the Journal officiel of 8 May 2012, in force the next day (code civil, art. 1). */
    static final LocalDate DECREE_2012_694 = LocalDate.of(2012, 5, 9);
    private static final String DECREE_2004_802_SOURCE = "décret n° 2004-802 du 29 juillet 2004 (code de déontologie médicale codifié)";
    private static final String PENAL_CODE_SOURCE = "loi n° 92-684 du 22 juillet 1992 (code pénal, en vigueur le 1er mars 1994)";
    private static final String CPP_SOURCE = "ordonnance n° 58-1296 du 23 décembre 1958 (code de procédure pénale)";
    private static final String PSYCHOLOGIST_READING = "lecture de vss : le psychologue (loi n° 85-772 du 25 juillet 1985, art. 44)"
            + " n’est pas une profession de santé de la quatrième partie du code de la santé publique";
    private static final String LAW_2007_293_SOURCE = "loi n° 2007-293 du 5 mars 2007 réformant la protection de l’enfance";

    private FrenchRules() {
    }

    static List<ReferralRule> all() {
        List<ReferralRule> rules = new ArrayList<>();
        rules.add(rule("fr.223-6", "art. 223-6 du code pénal", Modality.DUTY, InForce.from(PENAL_CODE), PENAL_CODE_SOURCE, true,
                Situation::immediateDanger,
                (s, d) -> d.report(Addressee.EMERGENCY_SERVICES, Modality.DUTY, false,
                                List.of("duty.disclose-only-needed"), "art. 223-6 du code pénal")
                        .refer("tel:17", Urgency.IMMEDIATE, "phone", "referral.peril.17")
                        .refer("tel:15", Urgency.IMMEDIATE, "phone", "referral.peril.15")
                        .refer("tel:112", Urgency.IMMEDIATE, "phone", "referral.peril.112")));
        rules.add(orientation("fr.114", "numéro national d’urgence 114 (SMS, visio, tchat)", InForce.from(LocalDate.of(2011, 9, 28)),
                "arrêté du 20 septembre 2011 (114, numéro d’urgence pour les personnes sourdes ou malentendantes)", false,
                s -> s.immediateDanger() && (s.cannotSpeak() || s.deafOrHardOfHearing()),
                (s, d) -> d.referFirst("sms:114", Urgency.IMMEDIATE, "sms",
                        s.deafOrHardOfHearing() ? "referral.peril.114.deaf" : "referral.peril.114")));
        rules.add(rule("fr.226-14-1", "art. 226-14 1° du code pénal", Modality.POWER, InForce.from(PENAL_CODE),
                PENAL_CODE_SOURCE, true,
                s -> s.askerBoundBySecrecy() && s.abuseOfMinorOrIncapacitated(),
                (s, d) -> d.report(Addressee.AUTHORITIES, Modality.POWER, false, psychologist(s),
                        "art. 226-14 1° du code pénal")));
        rules.add(rule("fr.226-14-2", "art. 226-14 2° du code pénal", Modality.POWER, InForce.from(PENAL_CODE),
                PENAL_CODE_SOURCE + " ; rédaction en vigueur", true,
                s -> s.askerIsHealthProfessional() && physicalSexualOrPsychological(s)
                        && !(s.known(Flag.LEARNED_IN_FUNCTIONS) && !s.learnedInFunctions()),
                (s, d) -> {
                    boolean consentNeeded = !s.minorOrIncapacitated();
                    d.report(Addressee.PROCUREUR, Modality.POWER, consentNeeded, List.of(), "art. 226-14 2° du code pénal");
                    if (s.minor() || s.childVictim()) {
                        // a health professional's information préoccupante rests on 226-14 2°, not on L226-3
                        d.report(Addressee.CRIP, Modality.POWER, false, List.of(), "art. 226-14 2° du code pénal");
                    }
                }));
        rules.add(rule("fr.226-14-3", "art. 226-14 3° du code pénal", Modality.POWER, InForce.from(LAW_2020_936),
                "loi n° 2020-936 du 30 juillet 2020, art. 12", true,
                s -> s.askerIsHealthProfessional() && s.withinCouple() && s.adult() && s.violence() && s.lifeInDanger()
                        && s.emprise(),
                (s, d) -> d.report(Addressee.PROCUREUR, Modality.POWER, false,
                        List.of("duty.try-consent", "duty.inform-victim"), "art. 226-14 3° du code pénal")));
        rules.add(rule("fr.226-14-3-weapons", "art. 226-14 3° du code pénal (rédaction antérieure à la loi n° 2020-936)",
                Modality.POWER, InForce.between(LAW_2003_239, LAW_2020_936.minusDays(1)),
                "loi n° 2003-239 du 18 mars 2003 pour la sécurité intérieure", false,
                FrenchRules::dangerousWithWeapon,
                (s, d) -> d.report(Addressee.PREFET, Modality.POWER, false, List.of(),
                        "art. 226-14 3° du code pénal (rédaction antérieure à la loi n° 2020-936)")));
        rules.add(rule("fr.226-14-4", "art. 226-14 4° du code pénal", Modality.POWER, InForce.from(LAW_2020_936),
                "loi n° 2003-239 du 18 mars 2003 ; renuméroté 4° par la loi n° 2020-936 du 30 juillet 2020, art. 12", true,
                FrenchRules::dangerousWithWeapon,
                (s, d) -> d.report(Addressee.PREFET, Modality.POWER, false, List.of(), "art. 226-14 4° du code pénal")));
        rules.add(orientation("fr.226-14-psychologist",
                "art. 226-14 2° et 3° du code pénal — lecture de vss, point discuté : le psychologue (loi n° 85-772, art. 44) n’y est pas un « professionnel de santé »",
                InForce.from(PENAL_CODE), PSYCHOLOGIST_READING, true,
                s -> s.askerIs(Capacity.PSYCHOLOGIST) && !s.askerIsHealthProfessional() && physicalSexualOrPsychological(s)
                        && !(s.known(Flag.LEARNED_IN_FUNCTIONS) && !s.learnedInFunctions()),
                (s, d) -> {
                    // says the assumption in the decision: no outcome, only its trace and text
                }));
        rules.add(rule("fr.434-1", "art. 434-1 du code pénal", Modality.DUTY, InForce.from(PENAL_CODE), PENAL_CODE_SOURCE, true,
                s -> s.crime() && !s.askerBoundBySecrecy() && !(s.askerIs(Capacity.CLOSE_FAMILY_OF_AUTHOR) && !s.minor()),
                (s, d) -> {
                    List<String> duties = new ArrayList<>(List.of("duty.crime-preventable"));
                    if (s.offence() == Offence.UNKNOWN) {
                        duties.add("duty.qualification-to-check");
                    }
                    d.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY, false, duties, "art. 434-1 du code pénal");
                }));
        rules.add(rule("fr.434-3", "art. 434-3 du code pénal", Modality.DUTY, InForce.from(PENAL_CODE), PENAL_CODE_SOURCE, true,
                s -> (s.minorOrUnableToProtectThemselves() && s.violence() || s.childVictim()) && !s.askerBoundBySecrecy(),
                (s, d) -> d.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY, false, List.of(),
                        "art. 434-3 du code pénal")));
        rules.add(rule("fr.cpp-40", "art. 40 al. 2 du code de procédure pénale ; art. L121-11 du code général de la fonction publique",
                Modality.DUTY_DISCIPLINARY, InForce.from(CPP), CPP_SOURCE, true,
                s -> s.askerIs(Capacity.PUBLIC_EMPLOYEE) && !(s.known(Flag.LEARNED_IN_FUNCTIONS) && !s.learnedInFunctions())
                        && (s.offence() == Offence.CRIME || s.offence() == Offence.DELIT
                                || s.offence() == Offence.UNKNOWN && s.violence()),
                (s, d) -> {
                    List<String> duties = new ArrayList<>();
                    if (!s.known(Flag.LEARNED_IN_FUNCTIONS)) {
                        duties.add("duty.if-learned-in-functions");
                    }
                    if (s.offence() == Offence.UNKNOWN && !s.withinCouple() && !s.crime()) {
                        duties.add("duty.if-crime-or-delit");
                    }
                    // the prevailing view: art. 40 does not override professional secrecy (226-13, 226-14)
                    if (s.askerIsHealthProfessional()) {
                        duties.add("duty.medical-secrecy-prevails");
                    } else if (s.askerBoundBySecrecy()) {
                        duties.add("duty.social-secrecy-prevails");
                    }
                    d.report(Addressee.PROCUREUR, Modality.DUTY_DISCIPLINARY, false, duties,
                            "art. 40 al. 2 du code de procédure pénale");
                }));
        rules.add(rule("fr.cpp-15-3", "art. 15-3 du code de procédure pénale", Modality.DUTY,
                InForce.from(LocalDate.of(2001, 1, 1)), "loi n° 2000-516 du 15 juin 2000", false,
                s -> s.askerIs(Capacity.POLICE) && s.violence() && s.offence() != Offence.NONE,
                (s, d) -> d.report(Addressee.COMPLAINT, Modality.DUTY, true, List.of("duty.receive-complaint"),
                        "art. 15-3 du code de procédure pénale")));
        rules.add(rule("fr.cpp-19", "art. 19 du code de procédure pénale", Modality.DUTY, InForce.from(CPP), CPP_SOURCE, true,
                // only an officier de police judiciaire (art. 16 CPP); when it is not known, said as a condition
                s -> s.askerIs(Capacity.POLICE) && s.violence() && s.offence() != Offence.NONE
                        && !(s.known(Flag.JUDICIAL_POLICE_OFFICER) && !s.judicialPoliceOfficer()),
                (s, d) -> d.report(Addressee.PROCUREUR, Modality.DUTY, false,
                        s.known(Flag.JUDICIAL_POLICE_OFFICER) ? List.of("duty.opj-without-delay")
                                : List.of("duty.opj-without-delay", "duty.if-opj"),
                        "art. 19 du code de procédure pénale")));
        rules.add(rule("fr.csp-r4312-18-1", "art. R4312-18 al. 1 du code de la santé publique", Modality.DUTY,
                InForce.from(DECREE_2016_1605), DECREE_2016_1605_SOURCE, true,
                s -> s.askerIs(Capacity.NURSE) && s.violence(),
                (s, d) -> d.report(Addressee.PROTECTION, Modality.DUTY, false, List.of("duty.protect-prudently"),
                        "art. R4312-18 al. 1 du code de la santé publique")));
        rules.add(rule("fr.csp-r4312-18", "art. R4312-18 al. 2 du code de la santé publique", Modality.DUTY_WITH_CONSCIENCE_EXCEPTION,
                InForce.from(DECREE_2016_1605), DECREE_2016_1605_SOURCE, true,
                s -> s.askerIs(Capacity.NURSE) && s.abuseOfMinorOrIncapacitated(),
                (s, d) -> d.report(Addressee.AUTHORITIES, Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, false, List.of(),
                        "art. R4312-18 al. 2 du code de la santé publique")));
        rules.add(rule("fr.csp-r4127-44-1", "art. R4127-44 al. 1 du code de la santé publique", Modality.DUTY,
                InForce.from(DECREE_2004_802), DECREE_2004_802_SOURCE, false,
                s -> s.askerIs(Capacity.DOCTOR) && s.violence(),
                (s, d) -> d.report(Addressee.PROTECTION, Modality.DUTY, false, List.of("duty.protect-prudently"),
                        "art. R4127-44 al. 1 du code de la santé publique")));
        rules.add(rule("fr.csp-r4127-44-2004",
                "art. R4127-44 al. 2 du code de la santé publique (rédaction antérieure au décret n° 2012-694)",
                Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, InForce.between(DECREE_2004_802, DECREE_2012_694.minusDays(1)),
                DECREE_2004_802_SOURCE, false,
                s -> s.askerIs(Capacity.DOCTOR) && s.abuseOfMinorOrIncapacitated(),
                (s, d) -> d.report(Addressee.AUTHORITIES, Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, false, ifUnderFifteen(s),
                        "art. R4127-44 al. 2 du code de la santé publique (rédaction antérieure au décret n° 2012-694)")));
        rules.add(rule("fr.csp-r4127-44", "art. R4127-44 al. 2 du code de la santé publique (code de déontologie médicale)",
                Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, InForce.from(DECREE_2012_694),
                "décret n° 2012-694 du 7 mai 2012, art. 2 (« un mineur » au lieu de « un mineur de quinze ans »)", true,
                s -> s.askerIs(Capacity.DOCTOR) && s.abuseOfMinorOrIncapacitated(),
                (s, d) -> d.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, false,
                        List.of(), "art. R4127-44 al. 2 du code de la santé publique")));
        rules.add(rule("fr.casf-l226-2-1", "art. L226-2-1 du code de l’action sociale et des familles", Modality.DUTY,
                InForce.from(LAW_2007_293), LAW_2007_293_SOURCE, true,
                s -> s.askerInChildProtection() && s.childConcerned(),
                (s, d) -> d.report(Addressee.CRIP, Modality.DUTY, false,
                        List.of(s.parentMayBeSuspect() ? "duty.parents-suspect" : "duty.inform-parents"),
                        "art. L226-2-1 du code de l’action sociale et des familles")));
        rules.add(rule("fr.casf-l226-4", "art. L226-4 II du code de l’action sociale et des familles", Modality.POWER,
                InForce.from(LAW_2007_293), LAW_2007_293_SOURCE, true,
                s -> s.askerInChildProtection() && s.childConcerned(),
                (s, d) -> d.report(Addressee.PROCUREUR, Modality.POWER, false,
                        List.of("duty.copy-to-crip", s.parentMayBeSuspect() ? "duty.parents-suspect" : "duty.inform-parents"),
                        "art. L226-4 du code de l’action sociale et des familles")));
        rules.add(orientation("fr.casf-l226-3", "art. L226-3 du code de l’action sociale et des familles ; art. D1-11-1 du code de procédure pénale",
                InForce.from(LAW_2007_293), LAW_2007_293_SOURCE, true,
                Situation::childConcerned,
                (s, d) -> d.refer("service:crip", nowIfInDanger(s), "visit", "referral.crip")
                        .refer("tel:119", nowIfInDanger(s), "phone",
                                s.childrenExposed() && !s.minor() && !s.childVictim()
                                        ? "referral.children-exposed.119" : "referral.minor.119")));
        rules.add(orientation("fr.sexual-violence.recent", "soins d’urgence au plus tôt (contraception d’urgence, traitement post-exposition) et constatations médico-légales",
                InForce.from(LocalDate.of(2011, 1, 1)), "circulaire du 27 décembre 2010 (médecine légale : schéma directeur)", false,
                s -> s.has(Violence.SEXUAL) && (s.recency() == Recency.ONGOING || s.recency() == Recency.WITHIN_72_HOURS),
                (s, d) -> d.refer("service:emergency-department", Urgency.IMMEDIATE, "visit", "referral.sexual.medical-care")
                        .refer("service:forensic-unit", Urgency.WITHIN_24_HOURS, "visit", "referral.sexual.forensic")));
        rules.add(orientation("fr.couple.orientation", "art. 132-80 du code pénal ; art. 515-9 du code civil",
                InForce.from(LocalDate.of(2010, 10, 1)), "loi n° 2010-769 du 9 juillet 2010 (ordonnance de protection)", false,
                Situation::withinCouple,
                (s, d) -> d.refer("tel:3919", Urgency.WHEN_THE_PERSON_WISHES, "phone", "referral.couple.3919")
                        .refer("service:cidff", Urgency.WITHIN_DAYS, "visit", "referral.couple.cidff")
                        .refer("tel:116006", Urgency.WITHIN_DAYS, "phone", "referral.victims.116006")
                        .refer("service:complaint", Urgency.WHEN_THE_PERSON_WISHES, "visit", "referral.couple.complaint")
                        .refer("service:family-judge", Urgency.WHEN_THE_PERSON_WISHES, "visit",
                                "referral.couple.protection-order")));
        rules.add(orientation("fr.online", "art. 6-1 de la loi n° 2004-575 (plateforme PHAROS, internet-signalement.gouv.fr)",
                InForce.from(LocalDate.of(2009, 1, 6)), "plateforme PHAROS (ouverte en janvier 2009)", false,
                s -> s.has(Violence.ONLINE),
                (s, d) -> d.refer("web:internet-signalement.gouv.fr", Urgency.WITHIN_DAYS, "web", "referral.online.pharos")));
        rules.add(orientation("fr.online.3018", "numéro national 3018 contre les violences numériques (association e-Enfance)",
                InForce.from(LocalDate.of(2021, 11, 9)), "numéro 3018 (e-Enfance), ouvert en 2021", false,
                s -> s.has(Violence.ONLINE) && (s.minor() || s.childVictim()),
                (s, d) -> d.refer("tel:3018", Urgency.WITHIN_24_HOURS, "phone", "referral.online.3018")));
        rules.add(orientation("fr.shelter", "art. L345-2 du code de l’action sociale et des familles",
                InForce.from(LocalDate.of(2000, 12, 24)), "ordonnance n° 2000-1249 du 21 décembre 2000 (code de l’action sociale et des familles)",
                false,
                Situation::needsShelter,
                (s, d) -> d.refer("tel:115", nowIfInDanger(s), "phone", "referral.shelter.115")
                        .refer("service:town-shelter", nowIfInDanger(s), "phone", "referral.shelter.town")));
        rules.add(orientation("fr.3977", "numéro national 3977 contre les maltraitances des personnes âgées et handicapées",
                InForce.from(LocalDate.of(2008, 1, 1)), "numéro 3977 (ouvert en 2008)", false,
                s -> s.age() == AgeGroup.ELDERLY || s.vulnerability() == Vulnerability.DISABILITY,
                (s, d) -> d.refer("tel:3977", Urgency.WITHIN_DAYS, "phone", "referral.elderly-disabled.3977")));
        rules.add(orientation("fr.victims.116006", "art. 10-2 du code de procédure pénale (aide aux victimes)",
                InForce.from(LocalDate.of(2001, 1, 1)), "loi n° 2000-516 du 15 juin 2000", false,
                s -> s.violence() && !s.withinCouple(),
                (s, d) -> d.refer("tel:116006", Urgency.WITHIN_DAYS, "phone", "referral.victims.116006")));
        return List.copyOf(rules);
    }

    /** Immediately in danger, else within 24 hours. */
    private static Urgency nowIfInDanger(Situation situation) {
        return situation.immediateDanger() ? Urgency.IMMEDIATE : Urgency.WITHIN_24_HOURS;
    }

    /** Art. 226-14 2°: findings that suggest physical, sexual or psychological violence, deprivations included. */
    private static boolean physicalSexualOrPsychological(Situation s) {
        return s.has(Violence.PHYSICAL) || s.has(Violence.SEXUAL) || s.has(Violence.PSYCHOLOGICAL)
                || s.has(Violence.DEPRIVATION) || s.has(Violence.HARASSMENT);
    }

    /** Art. 226-14 4° (3° before 1 August 2020): a professional of health or social action, a dangerous person with a weapon. */
    private static boolean dangerousWithWeapon(Situation s) {
        return s.askerInHealthOrSocialAction() && s.dangerousWithWeapon();
    }

    /**
     * Art. R4127-44 al. 2 before décret n° 2012-694: a minor "de quinze ans" (under 15) or a person
     * unable to protect themselves because of age or their physical or mental state. When the
     * victim is covered only as a minor (or a child victim beside her) and nobody said the child is
     * under 15, the duty holds only if the child is.
     */
    private static List<String> ifUnderFifteen(Situation s) {
        boolean incapacitated = s.violence() && (s.vulnerability() == Vulnerability.AGE
                || s.vulnerability() == Vulnerability.ILLNESS || s.vulnerability() == Vulnerability.DISABILITY);
        return incapacitated || s.minorFacts().contains(MinorFact.UNDER_15) ? List.of() : List.of("duty.if-under-15");
    }

    private static List<String> psychologist(Situation s) {
        return s.askerIs(Capacity.PSYCHOLOGIST) && !s.askerIsHealthProfessional()
                ? List.of("duty.psychologist-not-health-professional") : List.of();
    }

    private static ReferralRule rule(String id, String article, Modality modality, InForce period, String createdBy,
            boolean dateChecked, Predicate<Situation> when, BiConsumer<Situation, DecisionBuilder> then) {
        return new BuiltIn(id, article, Optional.of(modality), period, createdBy, dateChecked, when, then);
    }

    private static ReferralRule orientation(String id, String basis, InForce period, String createdBy, boolean dateChecked,
            Predicate<Situation> when, BiConsumer<Situation, DecisionBuilder> then) {
        return new BuiltIn(id, basis, Optional.empty(), period, createdBy, dateChecked, when, then);
    }

    /** A built-in rule with its article, modality, period and source. */
    record BuiltIn(String id, String legalBasis, Optional<Modality> modality, InForce period, String createdBy,
            boolean dateChecked, Predicate<Situation> when, BiConsumer<Situation, DecisionBuilder> then)
            implements ReferralRule {

        @Override
        public String version() {
            return VERSION;
        }

        @Override
        public boolean inForceOn(LocalDate day) {
            return period.covers(day);
        }

        @Override
        public boolean appliesTo(Situation situation) {
            return when.test(situation);
        }

        @Override
        public void apply(Situation situation, DecisionBuilder decision) {
            then.accept(situation, decision);
        }
    }
}
