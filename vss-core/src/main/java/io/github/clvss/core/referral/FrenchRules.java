package io.github.clvss.core.referral;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The rules French law sets, built into vss. Each names its source; the texts of their codes
 * are in vss-core's message bundles. Order matters only for the trace: emergencies first.
 */
final class FrenchRules {

    static final String VERSION = "2026.1";

    private FrenchRules() {
    }

    static List<ReferralRule> all() {
        return List.of(
                rule("fr.223-6", "art. 223-6 du code pénal",
                        Situation::immediateDanger,
                        (s, d) -> d.report(Addressee.EMERGENCY_SERVICES, Modality.DUTY, false,
                                        List.of("duty.disclose-only-needed"), "art. 223-6 du code pénal")
                                .refer("tel:17", Urgency.IMMEDIATE, "phone", "referral.peril.17")
                                .refer("tel:15", Urgency.IMMEDIATE, "phone", "referral.peril.15")
                                .refer("tel:112", Urgency.IMMEDIATE, "phone", "referral.peril.112")),
                rule("fr.114", "numéro national d’urgence 114 (SMS, visio, tchat)",
                        s -> s.immediateDanger() && s.cannotSpeak(),
                        (s, d) -> d.refer("sms:114", Urgency.IMMEDIATE, "sms", "referral.peril.114")),
                rule("fr.226-14-1", "art. 226-14 1° du code pénal",
                        s -> s.askerBoundBySecrecy() && s.minorOrIncapacitated() && !s.violences().isEmpty(),
                        (s, d) -> d.report(Addressee.AUTHORITIES, Modality.POWER, false, List.of(),
                                "art. 226-14 1° du code pénal")),
                rule("fr.226-14-2", "art. 226-14 2° du code pénal",
                        s -> s.askerIsHealthProfessional() && physicalSexualOrPsychological(s),
                        (s, d) -> {
                            boolean consentNeeded = !s.minorOrIncapacitated();
                            d.report(Addressee.PROCUREUR, Modality.POWER, consentNeeded, List.of(), "art. 226-14 2° du code pénal");
                            if (s.age() == AgeGroup.MINOR) {
                                d.report(Addressee.CRIP, Modality.POWER, false, List.of(), "art. 226-14 2° du code pénal");
                            }
                        }),
                rule("fr.226-14-3", "art. 226-14 3° du code pénal (loi n° 2020-936 du 30 juillet 2020)",
                        s -> s.askerIsHealthProfessional() && s.withinCouple() && s.age() != AgeGroup.MINOR
                                && s.immediateDanger() && s.emprise(),
                        (s, d) -> d.report(Addressee.PROCUREUR, Modality.POWER, false,
                                List.of("duty.try-consent", "duty.inform-victim"),
                                "art. 226-14 3° du code pénal")),
                rule("fr.434-3", "art. 434-3 du code pénal",
                        s -> s.minorOrUnableToProtectThemselves() && !s.violences().isEmpty() && !s.askerBoundBySecrecy(),
                        (s, d) -> d.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY, false, List.of(),
                                "art. 434-3 du code pénal")),
                rule("fr.cpp-40", "art. 40 al. 2 du code de procédure pénale ; art. L121-11 du code général de la fonction publique",
                        s -> s.askerIs(Capacity.PUBLIC_EMPLOYEE) && !s.violences().isEmpty(),
                        (s, d) -> d.report(Addressee.PROCUREUR, Modality.DUTY_DISCIPLINARY, false,
                                // the prevailing view: art. 40 does not override medical secrecy (226-13, 226-14)
                                s.askerIsHealthProfessional() ? List.of("duty.medical-secrecy-prevails") : List.of(),
                                "art. 40 al. 2 du code de procédure pénale")),
                rule("fr.csp-r4312-18", "art. R4312-18 du code de la santé publique",
                        s -> s.askerIs(Capacity.NURSE) && s.minorOrIncapacitated() && !s.violences().isEmpty(),
                        (s, d) -> d.report(Addressee.AUTHORITIES, Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, false, List.of(),
                                "art. R4312-18 du code de la santé publique")),
                rule("fr.csp-r4127-44", "art. R4127-44 du code de la santé publique (code de déontologie médicale)",
                        s -> s.askerIs(Capacity.DOCTOR) && s.minorOrIncapacitated() && !s.violences().isEmpty(),
                        (s, d) -> d.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, Modality.DUTY_WITH_CONSCIENCE_EXCEPTION, false,
                                List.of(), "art. R4127-44 du code de la santé publique")),
                rule("fr.casf-l226-2-1", "art. L226-2-1 du code de l’action sociale et des familles",
                        s -> s.askerIs(Capacity.CHILD_PROTECTION) && childConcerned(s),
                        (s, d) -> d.report(Addressee.CRIP, Modality.DUTY, false,
                                List.of(s.parentMayBeSuspect() ? "duty.parents-suspect" : "duty.inform-parents"),
                                "art. L226-2-1 du code de l’action sociale et des familles")),
                rule("fr.casf-l226-4", "art. L226-4 II du code de l’action sociale et des familles",
                        s -> s.askerIs(Capacity.CHILD_PROTECTION) && childConcerned(s),
                        (s, d) -> d.report(Addressee.PROCUREUR, Modality.POWER, false, List.of("duty.copy-to-crip"),
                                "art. L226-4 du code de l’action sociale et des familles")),
                rule("fr.casf-l226-3", "art. L226-3 du code de l’action sociale et des familles ; art. D1-11-1 du code de procédure pénale",
                        FrenchRules::childConcerned,
                        (s, d) -> d.report(Addressee.CRIP, Modality.POWER, false, List.of(),
                                        "art. L226-3 du code de l’action sociale et des familles")
                                .refer("tel:119", nowIfInDanger(s), "phone",
                                        s.childrenExposed() ? "referral.children-exposed.119" : "referral.minor.119")),
                rule("fr.sexual-violence.recent", "soins d’urgence au plus tôt (contraception d’urgence, traitement post-exposition) et constatations médico-légales",
                        s -> s.violences().contains(Violence.SEXUAL)
                                && (s.recency() == Recency.ONGOING || s.recency() == Recency.WITHIN_72_HOURS),
                        (s, d) -> d.refer("service:emergency-department", Urgency.IMMEDIATE, "visit", "referral.sexual.medical-care")
                                .refer("service:forensic-unit", Urgency.WITHIN_24_HOURS, "visit", "referral.sexual.forensic")),
                rule("fr.couple.orientation", "art. 132-80 du code pénal ; art. 515-9 du code civil",
                        Situation::withinCouple,
                        (s, d) -> d.refer("tel:3919", Urgency.WHEN_THE_PERSON_WISHES, "phone", "referral.couple.3919")
                                .refer("service:cidff", Urgency.WITHIN_DAYS, "visit", "referral.couple.cidff")
                                .refer("tel:116006", Urgency.WITHIN_DAYS, "phone", "referral.victims.116006")
                                .refer("service:complaint", Urgency.WHEN_THE_PERSON_WISHES, "visit", "referral.couple.complaint")
                                .refer("service:family-judge", Urgency.WHEN_THE_PERSON_WISHES, "visit",
                                        "referral.couple.protection-order")),
                rule("fr.shelter", "art. L345-2 du code de l’action sociale et des familles",
                        Situation::needsShelter,
                        (s, d) -> d.refer("tel:115", nowIfInDanger(s), "phone",
                                "referral.shelter.115")
                                .refer("service:town-shelter", nowIfInDanger(s),
                                        "phone", "referral.shelter.town")),
                rule("fr.3977", "numéro national 3977 contre les maltraitances des personnes âgées et handicapées",
                        s -> s.age() == AgeGroup.ELDERLY || s.vulnerability() == Vulnerability.DISABILITY,
                        (s, d) -> d.refer("tel:3977", Urgency.WITHIN_DAYS, "phone", "referral.elderly-disabled.3977")),
                rule("fr.victims.116006", "art. 10-2 du code de procédure pénale (aide aux victimes)",
                        s -> !s.violences().isEmpty() && !s.withinCouple(),
                        (s, d) -> d.refer("tel:116006", Urgency.WITHIN_DAYS, "phone", "referral.victims.116006")));
    }

    /** Immediately in danger, else within 24 hours. */
    private static Urgency nowIfInDanger(Situation situation) {
        return situation.immediateDanger() ? Urgency.IMMEDIATE : Urgency.WITHIN_24_HOURS;
    }

    private static boolean physicalSexualOrPsychological(Situation situation) {
        return situation.violences().contains(Violence.PHYSICAL) || situation.violences().contains(Violence.SEXUAL)
                || situation.violences().contains(Violence.PSYCHOLOGICAL);
    }

    /** A minor victim, or children exposed to violence within the couple (victims in their own right). */
    private static boolean childConcerned(Situation situation) {
        return situation.age() == AgeGroup.MINOR && !situation.violences().isEmpty()
                || situation.childrenExposed() && situation.withinCouple();
    }

    private static ReferralRule rule(String id, String source, Predicate<Situation> when,
            BiConsumer<Situation, DecisionBuilder> then) {
        return new BuiltIn(id, source, when, then);
    }

    private record BuiltIn(String id, String legalBasis, Predicate<Situation> when, BiConsumer<Situation, DecisionBuilder> then)
            implements ReferralRule {

        @Override
        public String version() {
            return VERSION;
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
