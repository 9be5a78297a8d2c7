package io.github.clvss.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Violence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CircuitConditionTest {

    private static final String PARTNER = "partner:0190a000-0000-7000-8000-00000000000a";

    private static Situation.Builder adult() {
        return Situation.builder(AgeGroup.ADULT, Set.of(Capacity.PUBLIC_EMPLOYEE)).violences(Violence.PHYSICAL);
    }

    private static boolean sendsToThePartner(CircuitCondition when, Situation situation) {
        Circuit circuit = new Circuit("circuit-local", when, PARTNER, Urgency.WITHIN_DAYS, "phone", "Le circuit du territoire");
        return RuleSet.builder().circuits("1", List.of(circuit)).build().decide(situation).referrals().stream()
                .anyMatch(r -> r.target().equals(PARTNER));
    }

    @ParameterizedTest
    @EnumSource(value = Flag.class)
    void a_circuit_on_a_yes_no_fact_sends_when_the_fact_is_true_and_never_when_it_is_false_or_unknown(Flag flag) {
        CircuitCondition when = CircuitCondition.ANY.when(flag, true);
        CircuitCondition whenNot = CircuitCondition.ANY.when(flag, false);

        assertThat(sendsToThePartner(when, adult().yes(flag).build())).isTrue();
        assertThat(sendsToThePartner(when, adult().build())).isFalse();
        assertThat(sendsToThePartner(when, adult().unknown(flag).build())).isFalse();
        assertThat(sendsToThePartner(whenNot, adult().build())).isTrue();
        assertThat(sendsToThePartner(whenNot, adult().unknown(flag).build())).isFalse();
        assertThat(when.overlaps(whenNot)).isFalse();
        assertThat(when.restrictions()).hasSize(1);
    }

    @Test
    void a_circuit_for_crimes_sends_for_a_crime_not_for_a_delit_nor_for_facts_not_qualified() {
        CircuitCondition crimes = CircuitCondition.ANY.offences(Offence.CRIME);

        assertThat(sendsToThePartner(crimes, adult().offence(Offence.CRIME).build())).isTrue();
        assertThat(sendsToThePartner(crimes, adult().offence(Offence.DELIT).build())).isFalse();
        assertThat(sendsToThePartner(crimes, adult().offence(Offence.UNKNOWN).build())).isFalse();
        assertThat(crimes.overlaps(CircuitCondition.ANY.offences(Offence.DELIT))).isFalse();
        assertThat(crimes.overlaps(CircuitCondition.ANY.offences(Offence.DELIT, Offence.CRIME))).isTrue();
    }

    @Test
    void a_circuit_for_schools_sends_when_the_asker_works_for_the_education_nationale_only() {
        CircuitCondition schools = CircuitCondition.ANY.institutions(Institution.NATIONAL_EDUCATION);

        assertThat(sendsToThePartner(schools, adult().institution(Institution.NATIONAL_EDUCATION).build())).isTrue();
        assertThat(sendsToThePartner(schools, adult().institution(Institution.HOSPITAL).build())).isFalse();
        assertThat(sendsToThePartner(schools, adult().institution(Institution.UNKNOWN).build())).isFalse();
    }

    @Test
    void a_circuit_for_a_deaf_person_in_danger_needs_both_facts() {
        CircuitCondition deafInDanger = CircuitCondition.ANY.when(Flag.DEAF_OR_HARD_OF_HEARING, true)
                .when(Flag.IMMEDIATE_DANGER, true);

        assertThat(sendsToThePartner(deafInDanger, adult().yes(Flag.DEAF_OR_HARD_OF_HEARING, Flag.IMMEDIATE_DANGER).build()))
                .isTrue();
        assertThat(sendsToThePartner(deafInDanger, adult().yes(Flag.DEAF_OR_HARD_OF_HEARING).build())).isFalse();
        assertThat(sendsToThePartner(deafInDanger, adult().yes(Flag.CANNOT_SPEAK, Flag.IMMEDIATE_DANGER).build())).isFalse();
    }

    @Test
    void a_condition_of_the_first_circuits_takes_any_value_of_the_facts_added_since() {
        CircuitCondition old = new CircuitCondition(Set.of(AgeGroup.ADULT), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(true),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

        assertThat(old).isEqualTo(CircuitCondition.ANY.ages(AgeGroup.ADULT).immediateDanger(true));
        assertThat(List.of(old.offences(), old.lifeInDanger(), old.childVictim(), old.dangerousWithWeapon(),
                old.deafOrHardOfHearing(), old.institutions(), old.learnedInFunctions(), old.judicialPoliceOfficer()))
                .allMatch(Set::isEmpty);
        assertThat(sendsToThePartner(old, adult().yes(Flag.IMMEDIATE_DANGER).offence(Offence.CRIME)
                .institution(Institution.COMMUNE).unknown(Flag.JUDICIAL_POLICE_OFFICER).build())).isTrue();
    }

    @Test
    void a_condition_says_its_facts_as_message_keys_in_the_situations_order() {
        CircuitCondition when = CircuitCondition.ANY.institutions(Institution.CCAS, Institution.COMMUNE)
                .offences(Offence.CRIME).when(Flag.LIFE_IN_DANGER, true).when(Flag.JUDICIAL_POLICE_OFFICER, false);

        assertThat(when.restrictions()).containsExactly(
                new CircuitCondition.Restriction("situation.fact.lifeInDanger", List.of("situation.yes")),
                new CircuitCondition.Restriction("situation.fact.offence", List.of("situation.offence.CRIME")),
                new CircuitCondition.Restriction("situation.fact.institution",
                        List.of("situation.institution.CCAS", "situation.institution.COMMUNE")),
                new CircuitCondition.Restriction("situation.fact.judicialPoliceOfficer", List.of("situation.no")));
        assertThat(CircuitCondition.ANY.restrictions()).isEmpty();
    }
}
