package io.github.clvss.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.shared.Problem;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InseeCodeTest {

    @ParameterizedTest
    @CsvSource({
        "92012, 92",
        "2A004, 2A",
        "2b033, 2B",
        "97411, 974",
        "98818, 988",
        "01001, 01"})
    void a_commune_code_knows_its_department(String code, String department) {
        assertThat(InseeCode.parse(code, "$").orElseThrow().department()).isEqualTo(new DepartmentCode(department));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9201", "920123", "ABCDE", "2C004", ""})
    void codes_of_the_wrong_shape_are_refused(String code) {
        assertThat(InseeCode.parse(code, "$.inseeCode").problems()).extracting(Problem::code).containsExactly("insee.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20004", "00123", "96001", "97901", "92000"})
    void codes_outside_any_department_are_refused(String code) {
        assertThat(InseeCode.parse(code, "$").problems()).extracting(Problem::code)
                .containsExactly("insee.unknown-department");
    }

    @Test
    void overseas_departments_have_their_own_legal_time() {
        assertThat(new DepartmentCode("974").usualTimeZone()).isEqualTo(ZoneId.of("Indian/Reunion"));
        assertThat(new DepartmentCode("973").usualTimeZone()).isEqualTo(ZoneId.of("America/Cayenne"));
        assertThat(new DepartmentCode("92").usualTimeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void actes_writes_departments_on_three_characters_and_reads_them_back() {
        assertThat(new DepartmentCode("92").threeCharacters()).isEqualTo("092");
        assertThat(new DepartmentCode("2A").threeCharacters()).isEqualTo("02A");
        assertThat(new DepartmentCode("974").threeCharacters()).isEqualTo("974");
        assertThat(DepartmentCode.parse("092", "$").orElseThrow()).isEqualTo(new DepartmentCode("92"));
    }
}
