package io.github.clvss.core.contractfile;

import static io.github.clvss.core.Fixtures.CLOCK;
import static io.github.clvss.core.Fixtures.DEMO_FILE;
import static io.github.clvss.core.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitCondition;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.shared.Problem;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The circuits' facts added in format 1.6, and the files of 1.5 that do not have them. */
class ContractFileCircuitFactsTest {

    /** The demo file as it was in format 1.5, before circuits could test the new facts. */
    static final String FORMAT_1_5 = "/io/github/clvss/core/contractfile/boulogne-billancourt-2023-format-1.5.json";

    private static final TerritoryId BOULOGNE = new TerritoryId(UUID.fromString("018875f8-8000-7c83-88aa-5e38d6e1dbc4"));
    private static final String HOSPITAL = "partner:018875f8-8024-7024-9e04-97cf65c3ef09";

    private final Actor system = Actor.system();

    @Test
    void a_file_of_format_1_5_still_reads_and_its_circuits_take_any_value_of_the_facts_added_since() {
        assertThat(ContractFiles.validate(resource(FORMAT_1_5))).isEmpty();
        try (Vss old = Vss.inMemory(CLOCK); Vss now = Vss.inMemory(CLOCK)) {
            assertThat(old.contractFiles().importFile(system, resource(FORMAT_1_5), ImportMode.CREATE, false).accepted()).isTrue();
            assertThat(now.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false).accepted()).isTrue();

            List<Circuit> circuits = old.circuits().plan(system, BOULOGNE).circuits();
            assertThat(circuits).hasSize(3).isEqualTo(now.circuits().plan(system, BOULOGNE).circuits());
            assertThat(circuits).extracting(Circuit::when).allSatisfy(when -> assertThat(List.of(when.offences(),
                    when.lifeInDanger(), when.childVictim(), when.dangerousWithWeapon(), when.deafOrHardOfHearing(),
                    when.institutions(), when.learnedInFunctions(), when.judicialPoliceOfficer())).allMatch(Set::isEmpty));
        }
    }

    @Test
    void a_file_older_than_1_6_may_not_carry_the_new_facts_of_a_circuit() {
        String older = text(resource(FORMAT_1_5)).replaceFirst("\"when\": \\{", "\"when\": {\n        \"offences\": [\"CRIME\"],"
                + " \"judicialPoliceOfficer\": [true],");

        assertThat(ContractFiles.validate(older.getBytes(StandardCharsets.UTF_8)))
                .extracting(Problem::code, p -> p.path().orElseThrow(), Problem::arguments).containsExactly(
                        tuple("file.version.field-newer", "$.circuits[0].when.offences", List.of("offences", "1.6", "1.5")),
                        tuple("file.version.field-newer", "$.circuits[0].when.judicialPoliceOfficer",
                                List.of("judicialPoliceOfficer", "1.6", "1.5")));
        assertThat(ContractFiles.validate(older.replace("\"formatVersion\": \"1.5\"", "\"formatVersion\": \"1.6\"")
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void a_circuit_on_every_new_fact_and_every_value_is_written_in_1_6_and_read_back_the_same() {
        CircuitCondition everything = new CircuitCondition(EnumSet.allOf(AgeGroup.class), EnumSet.allOf(Vulnerability.class),
                EnumSet.allOf(Relation.class), EnumSet.allOf(Violence.class), EnumSet.allOf(Recency.class), Set.of(true),
                Set.of(false), Set.of(true, false), Set.of(false), Set.of(true), EnumSet.allOf(Consent.class),
                EnumSet.allOf(Capacity.class), EnumSet.allOf(Context.class), EnumSet.allOf(Offence.class), Set.of(true),
                Set.of(false), Set.of(true), Set.of(false), EnumSet.allOf(Institution.class), Set.of(true), Set.of(false));
        Circuit circuit = new Circuit("tous-les-faits", everything, HOSPITAL, Urgency.WITHIN_DAYS, "phone", "Chaque fait");
        byte[] exported;
        try (Vss vss = Vss.inMemory(CLOCK)) {
            vss.contractFiles().importFile(system, resource(DEMO_FILE), ImportMode.CREATE, false);
            vss.circuits().define(system, BOULOGNE, circuit);
            exported = vss.contractFiles().export(system, BOULOGNE);
        }

        assertThat(text(exported)).startsWith("{\n  \"formatVersion\": \"1.6\"").contains("\"offences\": [", "\"lifeInDanger\": [",
                "\"institutions\": [", "\"judicialPoliceOfficer\": [", "\"PSYCHOLOGIST\"", "\"UNKNOWN_KIND\"");
        assertThat(ContractFiles.validate(exported)).noneMatch(Problem::isError);
        try (Vss again = Vss.inMemory(CLOCK)) {
            assertThat(again.contractFiles().importFile(system, exported, ImportMode.CREATE, false).accepted()).isTrue();
            assertThat(again.circuits().plan(system, BOULOGNE).find("tous-les-faits")).contains(circuit);
            assertThat(again.contractFiles().export(system, BOULOGNE)).isEqualTo(exported);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
