package io.github.clvss.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.MinorFact;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LawInForceTest {

    private final RuleSet rules = RuleSet.french();

    private static Situation lifeInDangerUnderEmprise() {
        return Situation.builder(AgeGroup.ADULT, Set.of(Capacity.DOCTOR)).relation(Relation.PARTNER)
                .violences(Violence.PHYSICAL).consent(Consent.REFUSED)
                .yes(Flag.LIFE_IN_DANGER, Flag.EMPRISE, Flag.LEARNED_IN_FUNCTIONS).build();
    }

    @Test
    void a_decision_dated_before_1_august_2020_gets_no_226_14_3_outcome() {
        Decision before = rules.decide(lifeInDangerUnderEmprise(), LocalDate.of(2020, 7, 31));
        Decision after = rules.decide(lifeInDangerUnderEmprise(), LocalDate.of(2020, 8, 1));

        assertThat(before.reports()).noneMatch(r -> r.legalBasis().startsWith("art. 226-14 3°"));
        assertThat(before.trace()).extracting(Firing::rule).doesNotContain("fr.226-14-3");
        assertThat(after.report(Addressee.PROCUREUR, "art. 226-14 3°").orElseThrow().modality()).isEqualTo(Modality.POWER);
        assertThat(after.date()).contains(LocalDate.of(2020, 8, 1));
    }

    @Test
    void the_weapons_case_was_numbered_3_before_1_august_2020_and_4_from_then_on() {
        Situation weapon = Situation.builder(AgeGroup.ADULT, Set.of(Capacity.SOCIAL_WORKER)).yes(Flag.DANGEROUS_WITH_WEAPON).build();

        Decision before = rules.decide(weapon, LocalDate.of(2020, 7, 31));
        Decision after = rules.decide(weapon, LocalDate.of(2020, 8, 1));

        assertThat(before.reports()).singleElement().satisfies(r -> {
            assertThat(r.addressee()).isEqualTo(Addressee.PREFET);
            assertThat(r.legalBasis()).startsWith("art. 226-14 3°");
        });
        assertThat(after.reports()).singleElement().satisfies(r -> {
            assertThat(r.addressee()).isEqualTo(Addressee.PREFET);
            assertThat(r.legalBasis()).startsWith("art. 226-14 4°");
        });
    }

    @Test
    void a_doctors_duty_to_alert_covered_a_minor_under_15_until_8_may_2012_and_any_minor_from_9_may() {
        Situation child = Situation.builder(AgeGroup.MINOR, Set.of(Capacity.DOCTOR)).relation(Relation.FAMILY)
                .violences(Violence.PHYSICAL).consent(Consent.REFUSED).yes(Flag.LEARNED_IN_FUNCTIONS).build();
        Situation underFifteen = Situation.builder(AgeGroup.MINOR, Set.of(Capacity.DOCTOR)).relation(Relation.FAMILY)
                .violences(Violence.PHYSICAL).minorFacts(MinorFact.UNDER_15).build();

        Decision before = rules.decide(child, LocalDate.of(2012, 5, 8));
        Decision after = rules.decide(child, LocalDate.of(2012, 5, 9));

        assertThat(before.trace()).extracting(Firing::rule).contains("fr.csp-r4127-44-2004").doesNotContain("fr.csp-r4127-44");
        assertThat(before.report(Addressee.AUTHORITIES, "art. R4127-44 al. 2").orElseThrow().duties())
                .containsExactly("duty.if-under-15");
        assertThat(after.trace()).extracting(Firing::rule).contains("fr.csp-r4127-44").doesNotContain("fr.csp-r4127-44-2004");
        assertThat(after.report(Addressee.JUDICIAL_OR_ADMINISTRATIVE, "art. R4127-44 al. 2").orElseThrow().duties()).isEmpty();
        assertThat(rules.decide(underFifteen, LocalDate.of(2012, 5, 8)).report(Addressee.AUTHORITIES, "art. R4127-44 al. 2")
                .orElseThrow().duties()).isEmpty();
    }

    @Test
    void before_9_may_2012_a_person_unable_to_protect_themselves_needs_no_age_condition() {
        Situation elderly = Situation.builder(AgeGroup.ELDERLY, Set.of(Capacity.DOCTOR)).vulnerability(Vulnerability.AGE)
                .violences(Violence.DEPRIVATION).build();

        Decision decision = rules.decide(elderly, LocalDate.of(2008, 3, 10));

        assertThat(decision.report(Addressee.AUTHORITIES, "art. R4127-44 al. 2").orElseThrow().duties()).isEmpty();
        assertThat(rules.decide(elderly, LocalDate.of(2004, 8, 7)).trace()).extracting(Firing::rule)
                .doesNotContain("fr.csp-r4127-44-2004", "fr.csp-r4127-44", "fr.csp-r4127-44-1");
    }

    @Test
    void a_decision_without_a_day_applies_only_the_rules_that_have_not_ended() {
        Situation weapon = Situation.builder(AgeGroup.ADULT, Set.of(Capacity.NURSE)).yes(Flag.DANGEROUS_WITH_WEAPON).build();

        Decision decision = rules.decide(weapon);

        assertThat(decision.date()).isEmpty();
        assertThat(decision.trace()).extracting(Firing::rule).contains("fr.226-14-4").doesNotContain("fr.226-14-3-weapons");
    }

    @Test
    void no_built_in_rule_applies_before_the_text_that_created_it() {
        Situation peril = Situation.builder(AgeGroup.ADULT, Set.of(Capacity.MEMBER_OF_THE_PUBLIC)).yes(Flag.IMMEDIATE_DANGER)
                .build();

        assertThat(rules.decide(peril, LocalDate.of(1994, 2, 28)).trace()).extracting(Firing::rule).doesNotContain("fr.223-6");
        assertThat(rules.decide(peril, LocalDate.of(1994, 3, 1)).trace()).extracting(Firing::rule).contains("fr.223-6");
    }

    @Test
    void every_built_in_rule_has_its_article_its_period_and_the_text_that_created_it() {
        assertThat(RuleTable.rows()).extracting(RuleTable.Row::id)
                .containsExactlyElementsOf(RuleSet.french().rules().stream().map(ReferralRule::id).toList());
        assertThat(RuleTable.rows()).allSatisfy(row -> {
            assertThat(row.article()).isNotBlank();
            assertThat(row.source()).isNotBlank();
            assertThat(row.inForce().from()).isBefore(LocalDate.of(2027, 1, 1));
        });
        assertThat(RuleTable.rows()).filteredOn(row -> row.id().equals("fr.226-14-3")).singleElement()
                .satisfies(row -> assertThat(row.inForce()).isEqualTo(InForce.from(LocalDate.of(2020, 8, 1))));
    }

    @Test
    void the_rules_table_in_the_docs_is_the_one_the_code_generates() throws IOException {
        Path docs = Path.of("..", "docs", "referral", "rules.md");
        String generated = RulesDoc.render();
        if (Boolean.getBoolean("vss.write-docs")) {
            Files.writeString(docs, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(docs, StandardCharsets.UTF_8))
                .as("docs/referral/rules.md is generated: run this test with -Dvss.write-docs=true").isEqualTo(generated);
    }

    /** docs/referral/rules.md: a heading, the table in English and in French. */
    static final class RulesDoc {

        static String render() {
            return "# The built-in rules, in force by date\n\n"
                    + "Generated from vss-core's `FrenchRules` by `LawInForceTest` (run it with `-Dvss.write-docs=true` after\n"
                    + "changing a rule; it fails while this file and the code disagree). `vss refer --rules` prints the same\n"
                    + "table. A decision is taken at a date — the day the professional acts — and applies only the rules in\n"
                    + "force that day: a report is judged by the law in force when it is made, not when the violence\n"
                    + "happened. \"(date to check)\" marks a first day given from the authors' knowledge and not yet\n"
                    + "checked against the Journal officiel; [the README](README.md#start-dates-still-to-check)\n"
                    + "says, for each, what the sources settle and what is still to check.\n\n"
                    + RuleTable.markdown(Locale.ENGLISH) + "\n## En français\n\n" + RuleTable.markdown(Locale.FRENCH);
        }
    }
}
