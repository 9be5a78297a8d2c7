package io.github.clvss.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Flag;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Situation;
import io.github.clvss.core.shared.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SituationFormatTest {

    private static Situation read(String json) {
        return ScenarioFiles.readSituation(json.getBytes(StandardCharsets.UTF_8)).asOptional().orElseThrow();
    }

    @Test
    void a_version_1_file_is_migrated_on_read_its_danger_read_as_a_danger_to_life_and_the_facts_as_learnt_at_work() {
        Situation old = read("""
                {"age": "ADULT", "relation": "PARTNER", "violences": ["PHYSICAL"], "recency": "WITHIN_MONTH",
                 "immediateDanger": true, "emprise": true, "consent": "REFUSED", "asker": ["HEALTH_PROFESSIONAL"]}""");

        assertThat(old.lifeInDanger()).isTrue();
        assertThat(old.learnedInFunctions()).isTrue();
        assertThat(old.vulnerability()).isEqualTo(Vulnerability.NONE);
        assertThat(old.unknown()).as("the fact version 3 added is not known").containsExactly(Flag.JUDICIAL_POLICE_OFFICER);
        assertThat(old.offence()).isEqualTo(Offence.UNKNOWN);
        assertThat(old.institution()).isEqualTo(Institution.UNKNOWN);
    }

    @Test
    void in_version_2_a_fact_left_out_or_said_unknown_is_unknown_not_false() {
        Situation situation = read("""
                {"formatVersion": 2, "age": "MINOR", "violences": ["UNKNOWN_KIND"], "immediateDanger": "UNKNOWN",
                 "deafOrHardOfHearing": true, "asker": ["WORKS_WITH_CHILDREN"], "institution": "NATIONAL_EDUCATION",
                 "minorFacts": ["UNDER_15"], "offence": "DELIT"}""");

        assertThat(situation.known(Flag.IMMEDIATE_DANGER)).isFalse();
        assertThat(situation.known(Flag.EMPRISE)).as("left out").isFalse();
        assertThat(situation.deafOrHardOfHearing()).isTrue();
        assertThat(situation.cannotSpeak()).as("deaf is its own fact").isFalse();
        assertThat(situation.violence()).as("violence of an unknown kind is violence").isTrue();
        assertThat(situation.violences()).containsExactly(Violence.UNKNOWN_KIND);
        assertThat(situation.relation()).isEqualTo(Relation.UNKNOWN);
        assertThat(situation.recency()).isEqualTo(Recency.UNKNOWN);
        assertThat(situation.consent()).isEqualTo(Consent.UNKNOWN);
        assertThat(situation.vulnerability()).isEqualTo(Vulnerability.UNKNOWN);
        assertThat(situation.age()).isEqualTo(AgeGroup.MINOR);
    }

    @Test
    void an_unknown_version_a_flag_of_another_type_and_facts_about_a_minor_for_an_adult_are_each_reported() {
        var future = ScenarioFiles.readSituation("""
                {"formatVersion": 9, "age": "ADULT", "asker": ["NURSE"]}""".getBytes(StandardCharsets.UTF_8));
        var wrong = ScenarioFiles.readSituation("""
                {"formatVersion": 2, "age": "ADULT", "asker": ["NURSE"], "emprise": "perhaps", "minorFacts": ["INCEST"],
                 "immediateDanger": false, "lifeInDanger": true}""".getBytes(StandardCharsets.UTF_8));

        assertThat(future.problems()).extracting(Problem::code).containsExactly("situation.file.version");
        assertThat(wrong.problems()).extracting(Problem::code, p -> p.path().orElse(""))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("json.field.type", "$.emprise"),
                        org.assertj.core.groups.Tuple.tuple("situation.minor-facts.not-minor", "$.minorFacts"),
                        org.assertj.core.groups.Tuple.tuple("situation.life-without-danger", "$.lifeInDanger"));
    }

    @Test
    void a_version_1_file_cannot_use_the_facts_of_version_2() {
        var parsed = ScenarioFiles.readSituation("""
                {"age": "ADULT", "relation": "OTHER", "recency": "OLDER", "consent": "GIVEN", "asker": ["NURSE"],
                 "offence": "CRIME"}""".getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.problems()).extracting(Problem::code, p -> p.path().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("json.field.unknown", "$.offence"));
    }

    @Test
    void whether_a_police_asker_is_a_judicial_police_officer_is_a_fact_of_version_3_and_unknown_in_older_files() {
        Situation v2 = read("""
                {"formatVersion": 2, "age": "ADULT", "asker": ["POLICE"], "offence": "DELIT"}""");
        Situation officer = read("""
                {"formatVersion": 3, "age": "ADULT", "asker": ["POLICE"], "judicialPoliceOfficer": true}""");
        Situation not = read("""
                {"formatVersion": 3, "age": "ADULT", "asker": ["POLICE"], "judicialPoliceOfficer": false}""");
        var v2WithTheNewFact = ScenarioFiles.readSituation("""
                {"formatVersion": 2, "age": "ADULT", "asker": ["POLICE"], "judicialPoliceOfficer": true}"""
                .getBytes(StandardCharsets.UTF_8));

        assertThat(v2.known(Flag.JUDICIAL_POLICE_OFFICER)).isFalse();
        assertThat(officer.judicialPoliceOfficer()).isTrue();
        assertThat(not.known(Flag.JUDICIAL_POLICE_OFFICER)).isTrue();
        assertThat(not.judicialPoliceOfficer()).isFalse();
        assertThat(v2WithTheNewFact.problems()).extracting(Problem::code, p -> p.path().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("json.field.unknown", "$.judicialPoliceOfficer"));
    }

    @Test
    void a_situation_written_in_the_current_format_reads_back_equal_whether_the_asker_is_an_opj_or_not() {
        Situation opj = Situation.builder(AgeGroup.ADULT, Set.of(Capacity.POLICE)).relation(Relation.PARTNER)
                .violences(Violence.PHYSICAL).yes(Flag.JUDICIAL_POLICE_OFFICER).build();
        Situation notOpj = Situation.builder(AgeGroup.ADULT, Set.of(Capacity.POLICE)).relation(Relation.PARTNER)
                .violences(Violence.PHYSICAL).build();

        assertThat(read(ScenarioFiles.situationJson(opj))).isEqualTo(opj);
        assertThat(read(ScenarioFiles.situationJson(notOpj))).isEqualTo(notOpj);
        assertThat(read(ScenarioFiles.situationJson(notOpj)).unknown()).doesNotContain(Flag.JUDICIAL_POLICE_OFFICER);
    }
}
