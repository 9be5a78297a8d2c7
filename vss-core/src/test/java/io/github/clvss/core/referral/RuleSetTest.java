package io.github.clvss.core.referral;

import static io.github.clvss.core.referral.Asked.aDoctorAboutViolenceWithinTheCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final String HOSPITAL = "partner:018875f8-8024-7024-9e04-97cf65c3ef09";
    private static final String PARTNER_A = "partner:0190a000-0000-7000-8000-00000000000a";
    private static final String RESOURCE_B = "resource:0190a000-0000-7000-8000-00000000000b";
    private static final String PARTNER_C = "partner:0190a000-0000-7000-8000-00000000000c";

    private static final Situation IN_DANGER = aDoctorAboutViolenceWithinTheCouple().inImmediateDanger().underEmprise()
            .needingShelter().withChildrenExposed().situation();

    @Test
    void the_same_situation_gets_the_same_decision_in_the_same_order_from_many_threads() {
        RuleSet rules = RuleSet.french();
        Decision first = rules.decide(IN_DANGER);

        List<Decision> again = IntStream.range(0, 200).parallel().mapToObj(i -> rules.decide(IN_DANGER)).toList();

        assertThat(again).allSatisfy(decision -> assertThat(decision).isEqualTo(first));
    }

    @Test
    void the_version_names_vss_the_french_rules_the_circuits_and_the_plugins() {
        RuleSet rules = RuleSet.builder().circuits("7", List.of()).discover(getClass().getClassLoader()).build();

        assertThat(rules.version()).matches("vss \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? · fr \\d{4}\\.\\d+ · circuits 7 · test\\.taxi 3");
        assertThat(rules.decide(IN_DANGER).ruleSetVersion()).isEqualTo(rules.version());
    }

    @Test
    void a_plugin_found_by_service_loader_adds_referrals_and_raises_urgency_but_keeps_the_legal_duties() {
        Situation notInDanger = aDoctorAboutViolenceWithinTheCouple().needingShelter().situation();
        Decision before = RuleSet.french().decide(notInDanger);

        Decision after = RuleSet.builder().discover(getClass().getClassLoader()).build().decide(notInDanger);

        assertThat(before.referrals()).filteredOn(r -> r.target().equals("tel:115")).extracting(Referral::urgency)
                .containsExactly(Urgency.WITHIN_24_HOURS);
        assertThat(after.referrals()).filteredOn(r -> r.target().equals("tel:115"))
                .extracting(Referral::urgency, Referral::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Urgency.IMMEDIATE, "test.taxi"));
        assertThat(after.referrals()).extracting(Referral::target).contains("resource:taxi");
        assertThat(after.reports()).containsAll(before.reports());
        assertThat(after.trace()).extracting(Firing::rule).endsWith("test.taxi");
    }

    @Test
    void a_plugin_cannot_take_a_built_in_id_a_circuits_id_nor_one_already_taken() {
        assertThatThrownBy(() -> RuleSet.builder().plugin(renamed("local.urgences")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("local.urgences");
        assertThatThrownBy(() -> RuleSet.builder().plugin(renamed("fr.223-6")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr.223-6");
        assertThatThrownBy(() -> RuleSet.builder().plugin(renamed("x.same")).plugin(renamed("x.same")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.same");
    }

    @Test
    void a_circuit_added_changes_the_next_decision_and_its_version() {
        Circuit hospital = new Circuit("urgences-hopital", CircuitCondition.ANY.ages(AgeGroup.ADULT)
                .relations(Relation.PARTNER, Relation.FORMER_PARTNER).immediateDanger(true),
                HOSPITAL, Urgency.IMMEDIATE, "visit", "local.hospital");
        RuleSet before = RuleSet.builder().circuits("1", List.of()).build();
        RuleSet after = RuleSet.builder().circuits("2", List.of(hospital)).build();

        Decision decision = after.decide(IN_DANGER);

        assertThat(before.decide(IN_DANGER).referrals()).extracting(Referral::target).doesNotContain(HOSPITAL);
        assertThat(decision.referrals()).extracting(Referral::target).contains(HOSPITAL);
        assertThat(decision.ruleSetVersion()).contains("circuits 2").isNotEqualTo(before.version());
        assertThat(decision.reports()).isEqualTo(before.decide(IN_DANGER).reports());
        assertThat(after.decide(aDoctorAboutViolenceWithinTheCouple().situation()).referrals())
                .extracting(Referral::target).doesNotContain(HOSPITAL);
    }

    @Test
    void a_circuit_that_applied_is_told_by_its_name_in_a_sentence_never_by_its_rule_id() {
        Circuit hospital = new Circuit("urgences-hopital", CircuitCondition.ANY.ages(AgeGroup.ADULT)
                .relations(Relation.PARTNER, Relation.FORMER_PARTNER).immediateDanger(true),
                HOSPITAL, Urgency.IMMEDIATE, "visit", "local.hospital");
        Decision decision = RuleSet.builder().circuits("2", List.of(hospital)).build().decide(IN_DANGER);

        Explanation words = new DecisionWords(io.github.clvss.core.shared.Messages.of(java.util.Locale.FRENCH))
                .explain(decision, IN_DANGER, target -> new LocalCircuits.Contact(target, "Urgences", java.util.Optional.empty()));

        assertThat(words.rules()).extracting(Explanation.Rule::summary)
                .contains("Circuit local « urgences-hopital » du territoire : la situation correspond à ses conditions.")
                .noneMatch(summary -> summary.startsWith("local."));
    }

    @Test
    void circuits_report_their_overlaps_and_their_missing_targets() {
        Circuit adults = circuit("adultes", CircuitCondition.ANY.ages(AgeGroup.ADULT).violences(Violence.SEXUAL), PARTNER_A);
        Circuit anyAge = circuit("tous", CircuitCondition.ANY.violences(Violence.PHYSICAL), RESOURCE_B);
        Circuit minors = circuit("mineurs", CircuitCondition.ANY.ages(AgeGroup.MINOR), PARTNER_C);
        Circuit adultsInDanger = circuit("danger", CircuitCondition.ANY.ages(AgeGroup.ADULT).immediateDanger(true), PARTNER_A);
        Circuit adultsSafe = circuit("hors-danger", CircuitCondition.ANY.immediateDanger(false), PARTNER_A);

        CircuitPlan plan = new CircuitPlan(1, List.of(adults, anyAge, minors, adultsInDanger, adultsSafe));

        assertThat(plan.overlaps()).extracting(o -> o.first() + "/" + o.second()).containsExactly(
                "adultes/tous", "adultes/danger", "adultes/hors-danger", "tous/mineurs", "tous/danger", "tous/hors-danger",
                "mineurs/hors-danger");
        assertThat(plan.circuits()).extracting(Circuit::targetsPartner).containsExactly(true, false, true, true, true);
    }

    @Test
    void a_revision_says_which_circuits_were_added_removed_or_changed_and_how() {
        Circuit adults = circuit("adultes", CircuitCondition.ANY.ages(AgeGroup.ADULT), PARTNER_A);
        Circuit minors = circuit("mineurs", CircuitCondition.ANY.ages(AgeGroup.MINOR), PARTNER_C);
        Circuit school = circuit("ecole", CircuitCondition.ANY.contexts(Facts.Context.SCHOOL), PARTNER_C);
        CircuitPlan before = new CircuitPlan(3, List.of(adults, minors, school));
        Circuit adultsNow = new Circuit("adultes", adults.when().immediateDanger(true), RESOURCE_B, Urgency.IMMEDIATE,
                adults.channel(), adults.reason());
        Circuit shelter = circuit("hebergement", CircuitCondition.ANY, RESOURCE_B);

        CircuitPlan after = new CircuitPlan(4, List.of(school, adultsNow, shelter));

        assertThat(after.changesSince(before)).containsExactly(
                new CircuitChange("mineurs", CircuitChange.Kind.REMOVED, List.of()),
                new CircuitChange("ecole", CircuitChange.Kind.CHANGED, List.of("position")),
                new CircuitChange("adultes", CircuitChange.Kind.CHANGED, List.of("when", "target", "urgency", "position")),
                new CircuitChange("hebergement", CircuitChange.Kind.ADDED, List.of()));
        assertThat(before.changesSince(before)).isEmpty();
        assertThat(before.changesSince(new CircuitPlan(0, List.of()))).extracting(CircuitChange::kind)
                .containsOnly(CircuitChange.Kind.ADDED).hasSize(3);
    }

    @Test
    void a_circuit_condition_holds_a_set_of_values_for_each_fact() {
        Circuit refused = circuit("refus", new CircuitCondition(Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(Facts.Recency.WITHIN_72_HOURS), Set.of(), Set.of(true), Set.of(), Set.of(), Set.of(),
                Set.of(Facts.Consent.REFUSED, Facts.Consent.WITHDRAWN), Set.of(), Set.of()), PARTNER_A);
        Situation recentUnderEmprise = aDoctorAboutViolenceWithinTheCouple().underEmprise()
                .suffering(Facts.Recency.WITHIN_72_HOURS, Violence.PHYSICAL).situation();

        assertThat(refused.appliesTo(recentUnderEmprise)).isTrue();
        assertThat(refused.appliesTo(aDoctorAboutViolenceWithinTheCouple().underEmprise().situation())).isFalse();
        assertThat(refused.appliesTo(aDoctorAboutViolenceWithinTheCouple().underEmprise().consent(Facts.Consent.GIVEN)
                .suffering(Facts.Recency.WITHIN_72_HOURS, Violence.PHYSICAL).situation())).isFalse();
        Circuit atSchool = circuit("ecole", CircuitCondition.ANY.contexts(Facts.Context.SCHOOL), PARTNER_A);
        assertThat(atSchool.appliesTo(aDoctorAboutViolenceWithinTheCouple().in(Facts.Context.SCHOOL).situation())).isTrue();
        assertThat(atSchool.appliesTo(recentUnderEmprise)).isFalse();
        assertThat(atSchool.overlaps(circuit("soins", CircuitCondition.ANY.contexts(Facts.Context.HEALTH_CARE), PARTNER_A)))
                .isFalse();
    }

    @Test
    void a_circuit_points_at_a_partner_or_a_resource_and_has_a_plain_name() {
        assertThatThrownBy(() -> circuit("ok", CircuitCondition.ANY, "tel:3919"))
                .hasMessageContaining("tel:3919").hasMessageContaining("partner:<id>");
        assertThatThrownBy(() -> circuit("ok", CircuitCondition.ANY, PARTNER_A.toUpperCase(java.util.Locale.ROOT)
                .replace("PARTNER", "partner"))).hasMessageContaining("canonical");
        assertThatThrownBy(() -> circuit("ok", CircuitCondition.ANY, "partner:1-2-3-4-5")).hasMessageContaining("canonical");
        assertThatThrownBy(() -> circuit("Avec Espaces", CircuitCondition.ANY, PARTNER_A))
                .hasMessageContaining("Avec Espaces");
    }

    private static Circuit circuit(String name, CircuitCondition when, String target) {
        return new Circuit(name, when.askers(Capacity.HEALTH_PROFESSIONAL), target, Urgency.WITHIN_DAYS, "visit", "local.reason");
    }

    private static ReferralRule renamed(String id) {
        return new ReferralRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public String legalBasis() {
                return "test";
            }

            @Override
            public boolean appliesTo(Situation situation) {
                return true;
            }

            @Override
            public void apply(Situation situation, DecisionBuilder decision) {
                decision.refer("resource:x", Urgency.WITHIN_DAYS, "visit", "test.reason");
            }
        };
    }
}
