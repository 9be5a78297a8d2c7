package io.github.clvss.core.referral;

import static io.github.clvss.core.referral.Asked.aDoctorAboutViolenceWithinTheCouple;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchRulesTest {

    private final RuleSet rules = RuleSet.french();

    @Test
    void a_doctor_may_report_violence_within_the_couple_without_consent_under_danger_and_emprise() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().inImmediateDanger().underEmprise().situation());

        ReportingOutcome report = decision.report(Addressee.PROCUREUR, "art. 226-14 3°").orElseThrow();
        assertThat(report.modality()).isEqualTo(Modality.POWER);
        assertThat(report.consentNeeded()).isFalse();
        assertThat(report.duties()).containsExactly("duty.try-consent", "duty.inform-victim");
        assertThat(decision.trace()).extracting(Firing::rule).contains("fr.226-14-3", "fr.223-6");
    }

    @Test
    void without_emprise_the_doctor_needs_consent_is_oriented_and_must_call_for_help_in_imminent_peril() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().inImmediateDanger().situation());

        assertThat(decision.report(Addressee.PROCUREUR, "art. 226-14 3°")).isEmpty();
        assertThat(decision.reports()).filteredOn(r -> r.addressee() == Addressee.PROCUREUR)
                .allSatisfy(r -> assertThat(r.consentNeeded()).isTrue());
        assertThat(decision.referrals()).extracting(Referral::target).contains("tel:3919", "service:cidff");
        ReportingOutcome peril = decision.report(Addressee.EMERGENCY_SERVICES, "art. 223-6").orElseThrow();
        assertThat(peril.modality()).isEqualTo(Modality.DUTY);
    }

    @Test
    void emprise_without_immediate_danger_is_not_enough_for_226_14_3() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().underEmprise().situation());

        assertThat(decision.report(Addressee.PROCUREUR, "art. 226-14 3°")).isEmpty();
        assertThat(decision.report(Addressee.EMERGENCY_SERVICES, "art. 223-6")).isEmpty();
    }

    @Test
    void a_social_worker_is_not_offered_226_14_3() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().by(Capacity.SOCIAL_WORKER)
                .inImmediateDanger().underEmprise().situation());

        assertThat(decision.reports()).extracting(ReportingOutcome::legalBasis)
                .noneMatch(basis -> basis.startsWith("art. 226-14"));
        assertThat(decision.report(Addressee.EMERGENCY_SERVICES, "art. 223-6")).isPresent();
    }

    @Test
    void imminent_peril_comes_first_and_114_is_offered_to_those_who_cannot_speak() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().inImmediateDanger().unableToSpeak().situation());

        assertThat(decision.referrals().getFirst().urgency()).isEqualTo(Urgency.IMMEDIATE);
        assertThat(decision.referrals()).filteredOn(r -> r.urgency() == Urgency.IMMEDIATE).extracting(Referral::target)
                .contains("tel:17", "tel:15", "tel:112", "sms:114");
        assertThat(decision.referrals()).extracting(Referral::urgency).isSorted();
    }

    @Test
    void a_teacher_who_learns_of_abuse_of_a_minor_must_inform_the_authorities_and_is_sent_to_119() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().by(Capacity.WORKS_WITH_CHILDREN)
                .aged(AgeGroup.MINOR).byA(Relation.FAMILY).situation());

        assertThat(decision.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, "art. 434-3").orElseThrow().modality())
                .isEqualTo(Modality.DUTY);
        assertThat(decision.report(Addressee.CRIP, "art. L226-3")).as("L226-3 organises the CRIP, it lifts no secrecy").isEmpty();
        assertThat(decision.referrals()).extracting(Referral::target).contains("service:crip");
        assertThat(decision.report(Addressee.PROCUREUR, "art. L226-4")).as("the copy to the CRIP binds child-protection staff")
                .isEmpty();
        assertThat(decision.referrals()).extracting(Referral::target).contains("tel:119");
    }

    @Test
    void secret_holders_are_exempt_from_434_3_and_may_lift_secrecy_under_226_14_1() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().by(Capacity.SOCIAL_WORKER)
                .vulnerableBecauseOf(Vulnerability.DISABILITY).situation());

        assertThat(decision.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, "art. 434-3")).isEmpty();
        ReportingOutcome lifted = decision.report(Addressee.AUTHORITIES, "art. 226-14 1°").orElseThrow();
        assertThat(lifted.modality()).isEqualTo(Modality.POWER);
        assertThat(lifted.consentNeeded()).isFalse();
        assertThat(decision.referrals()).extracting(Referral::target).contains("tel:3977");
    }

    @Test
    void a_doctor_needs_no_consent_to_report_about_a_minor_and_reports_to_the_crip() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().aged(AgeGroup.MINOR).byA(Relation.OTHER)
                .suffering(Recency.OLDER, Violence.SEXUAL).situation());

        ReportingOutcome report = decision.report(Addressee.CRIP, "art. 226-14 2°").orElseThrow();
        assertThat(report.consentNeeded()).isFalse();
        assertThat(decision.report(Addressee.PROCUREUR, "art. 226-14 3°")).isEmpty();
    }

    @Test
    void pregnancy_obliges_a_neighbour_under_434_3_but_does_not_lift_a_doctors_secrecy() {
        Asked pregnant = aDoctorAboutViolenceWithinTheCouple().vulnerableBecauseOf(Vulnerability.PREGNANCY);

        Decision neighbour = rules.decide(pregnant.by(Capacity.MEMBER_OF_THE_PUBLIC).situation());
        Decision doctor = rules.decide(pregnant.by(Capacity.DOCTOR).situation());

        assertThat(neighbour.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, "art. 434-3")).isPresent();
        assertThat(doctor.report(Addressee.AUTHORITIES, "art. 226-14 1°")).isEmpty();
        assertThat(doctor.report(Addressee.PROCUREUR, "art. 226-14 2°").orElseThrow().consentNeeded()).isTrue();
    }

    @Test
    void a_doctor_must_alert_about_an_abused_child_save_conscience() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().by(Capacity.DOCTOR).aged(AgeGroup.MINOR)
                .byA(Relation.FAMILY).situation());

        assertThat(decision.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, "art. R4127-44").orElseThrow().modality())
                .isEqualTo(Modality.DUTY_WITH_CONSCIENCE_EXCEPTION);
        assertThat(decision.reports()).filteredOn(r -> r.legalBasis().startsWith("art. 226-14 2°"))
                .extracting(ReportingOutcome::addressee).containsExactly(Addressee.PROCUREUR, Addressee.CRIP);
    }

    @Test
    void parents_are_not_told_when_a_parent_may_be_the_aggressor() {
        Decision exposed = rules.decide(aDoctorAboutViolenceWithinTheCouple().by(Capacity.CHILD_PROTECTION)
                .withChildrenExposed().situation());
        Decision boyfriend = rules.decide(aDoctorAboutViolenceWithinTheCouple().by(Capacity.CHILD_PROTECTION)
                .aged(AgeGroup.MINOR).situation());

        assertThat(exposed.report(Addressee.CRIP, "art. L226-2-1").orElseThrow().duties())
                .containsExactly("duty.parents-suspect");
        assertThat(boyfriend.report(Addressee.CRIP, "art. L226-2-1").orElseThrow().duties())
                .containsExactly("duty.inform-parents");
    }

    @Test
    void a_hospital_doctor_is_also_a_public_employee_under_article_40() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple()
                .by(Capacity.HEALTH_PROFESSIONAL, Capacity.PUBLIC_EMPLOYEE).consent(Consent.GIVEN).situation());

        ReportingOutcome article40 = decision.report(Addressee.PROCUREUR, "art. 40").orElseThrow();
        assertThat(article40.modality()).isEqualTo(Modality.DUTY_DISCIPLINARY);
        assertThat(article40.duties()).containsExactly("duty.medical-secrecy-prevails");
        assertThat(rules.decide(aDoctorAboutViolenceWithinTheCouple().by(Capacity.PUBLIC_EMPLOYEE).situation())
                .report(Addressee.PROCUREUR, "art. 40").orElseThrow().duties()).isEmpty();
        assertThat(decision.report(Addressee.PROCUREUR, "art. 226-14 2°")).isPresent();
    }

    @Test
    void a_nurse_must_alert_save_conscience_when_a_vulnerable_person_is_abused() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().by(Capacity.NURSE)
                .aged(AgeGroup.ELDERLY).vulnerableBecauseOf(Vulnerability.AGE).byA(Relation.FAMILY).situation());

        assertThat(decision.report(Addressee.AUTHORITIES, "art. R4312-18").orElseThrow().modality())
                .isEqualTo(Modality.DUTY_WITH_CONSCIENCE_EXCEPTION);
    }

    @Test
    void recent_sexual_violence_calls_for_urgent_care_and_forensic_evidence() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().byA(Relation.OTHER)
                .suffering(Recency.WITHIN_72_HOURS, Violence.SEXUAL).situation());

        assertThat(decision.referrals()).extracting(Referral::target, Referral::urgency).contains(
                org.assertj.core.groups.Tuple.tuple("service:emergency-department", Urgency.IMMEDIATE),
                org.assertj.core.groups.Tuple.tuple("service:forensic-unit", Urgency.WITHIN_24_HOURS));
        assertThat(decision.referrals()).extracting(Referral::target).contains("tel:116006").doesNotContain("tel:3919");
    }

    @Test
    void children_exposed_to_violence_within_the_couple_are_victims_too() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().by(Capacity.CHILD_PROTECTION)
                .withChildrenExposed().situation());

        assertThat(decision.report(Addressee.CRIP, "art. L226-2-1").orElseThrow().modality()).isEqualTo(Modality.DUTY);
        assertThat(decision.referrals()).extracting(Referral::reason).contains("referral.children-exposed.119");
    }

    @Test
    void shelter_in_danger_is_immediate() {
        Decision decision = rules.decide(aDoctorAboutViolenceWithinTheCouple().inImmediateDanger().needingShelter().situation());

        assertThat(decision.referrals()).filteredOn(r -> r.target().equals("tel:115")).extracting(Referral::urgency)
                .containsExactly(Urgency.IMMEDIATE);
    }

    @Test
    void a_psychologist_facing_a_life_in_danger_gets_no_226_14_2_or_3_and_the_decision_says_why() {
        Situation adult = Situation.builder(AgeGroup.ADULT, java.util.Set.of(Capacity.PSYCHOLOGIST)).relation(Relation.PARTNER)
                .violences(Violence.PHYSICAL).consent(Consent.REFUSED)
                .yes(Facts.Flag.LIFE_IN_DANGER, Facts.Flag.EMPRISE, Facts.Flag.LEARNED_IN_FUNCTIONS).build();
        Situation doctorToo = Situation.builder(AgeGroup.ADULT, java.util.Set.of(Capacity.PSYCHOLOGIST, Capacity.DOCTOR))
                .relation(Relation.PARTNER).violences(Violence.PHYSICAL).consent(Consent.REFUSED)
                .yes(Facts.Flag.LIFE_IN_DANGER, Facts.Flag.EMPRISE, Facts.Flag.LEARNED_IN_FUNCTIONS).build();

        Decision decision = rules.decide(adult);
        Explanation words = new DecisionWords(io.github.clvss.core.shared.Messages.of(java.util.Locale.FRENCH))
                .explain(decision, adult, target -> new LocalCircuits.Contact(target, target, java.util.Optional.empty()));

        assertThat(decision.reports()).noneMatch(r -> r.legalBasis().startsWith("art. 226-14"));
        assertThat(decision.trace()).extracting(Firing::rule).contains("fr.226-14-psychologist");
        assertThat(words.rules()).extracting(Explanation.Rule::summary)
                .anySatisfy(text -> assertThat(text).contains("point discuté").contains("loi n° 85-772"));
        assertThat(rules.decide(doctorToo).trace()).extracting(Firing::rule)
                .contains("fr.226-14-3").doesNotContain("fr.226-14-psychologist");
    }

    @Test
    void every_rule_cites_its_source_and_every_code_has_french_and_english_texts() {
        io.github.clvss.core.shared.Messages french = io.github.clvss.core.shared.Messages.of(java.util.Locale.FRENCH);
        io.github.clvss.core.shared.Messages english = io.github.clvss.core.shared.Messages.of(java.util.Locale.ENGLISH);
        List<Decision> decisions = List.of(
                rules.decide(aDoctorAboutViolenceWithinTheCouple().inImmediateDanger().underEmprise().needingShelter()
                        .unableToSpeak().withChildrenExposed().by(Capacity.HEALTH_PROFESSIONAL, Capacity.PUBLIC_EMPLOYEE,
                                Capacity.CHILD_PROTECTION).situation()),
                rules.decide(aDoctorAboutViolenceWithinTheCouple().byA(Relation.OTHER).aged(AgeGroup.ELDERLY)
                        .suffering(Recency.ONGOING, Violence.SEXUAL).by(Capacity.NURSE).situation()));

        assertThat(rules.rules()).allSatisfy(rule -> {
            assertThat(rule.legalBasis()).isNotBlank();
            assertThat(french.knows(rule.id())).as(rule.id()).isTrue();
            assertThat(english.knows(rule.id())).as(rule.id()).isTrue();
        });
        assertThat(decisions).flatExtracting(Decision::referrals).extracting(Referral::reason)
                .allSatisfy(code -> assertThat(english.knows(code)).as(code).isTrue());
        assertThat(decisions).flatExtracting(Decision::reports).flatExtracting(ReportingOutcome::duties)
                .allSatisfy(code -> assertThat(english.knows(code)).as(code).isTrue());
    }
}
