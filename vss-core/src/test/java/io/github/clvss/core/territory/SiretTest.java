package io.github.clvss.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.shared.Problem;
import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void a_siret_is_its_siren_followed_by_an_establishment_number_under_one_luhn_check() {
        Siret siret = Siret.parse("219 200 128 00011", "$").orElseThrow();

        assertThat(siret.value()).isEqualTo("21920012800011");
        assertThat(siret.siren()).isEqualTo(new Siren("219200128"));
    }

    @Test
    void exactly_one_check_digit_makes_a_siret_valid() {
        long valid = java.util.stream.IntStream.rangeClosed(0, 9)
                .filter(d -> Siret.parse("2192001280001" + d, "$").isValid())
                .count();
        assertThat(valid).isEqualTo(1);
    }

    @Test
    void la_postes_establishments_follow_insees_special_rule() {
        // fails the Luhn check, but its digits add up to 35, a multiple of 5
        assertThat(Siret.parse("35600000009075", "$").isValid()).isTrue();
        assertThat(Siret.parse("35600000009076", "$").problems()).extracting(Problem::code)
                .containsExactly("siret.checksum");
    }

    @Test
    void fourteen_digits_are_required() {
        assertThat(Siret.parse("2192001280001", "$.siret").problems())
                .containsExactly(Problem.error("siret.format", "$.siret", "2192001280001"));
    }
}
