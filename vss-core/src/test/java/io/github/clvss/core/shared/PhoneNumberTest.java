package io.github.clvss.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "'01 23 45 67 89', +33123456789",
        "01.23.45.67.89, +33123456789",
        "'+33 (0)1 23 45 67 89', +33123456789",
        "'0033 1 23 45 67 89', +33123456789",
        "06-12-34-56-78, +33612345678",
        "'0262 12 34 56', +262262123456",
        "3919, 3919",
        "'116 006', 116006",
        "15, 15"})
    void usual_french_spellings_are_stored_in_e164_or_as_a_short_number(String written, String stored) {
        assertThat(PhoneNumber.parse(written, "$.phone").orElseThrow().value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01 23 45", "12345678901234567", "téléphone", "00 00 00 00 00", "99"})
    void anything_else_is_refused_with_its_path(String written) {
        assertThat(PhoneNumber.parse(written, "L3:phone").problems())
                .extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("phone.invalid", "L3:phone"));
    }

    @org.junit.jupiter.api.Test
    void numbers_are_shown_as_a_french_reader_writes_them() {
        assertThat(new PhoneNumber("+33123456789").display()).isEqualTo("01 23 45 67 89");
        assertThat(new PhoneNumber("116006").display()).isEqualTo("116 006");
        assertThat(new PhoneNumber("+33123456789").telUri()).isEqualTo("tel:+33123456789");
    }
}
