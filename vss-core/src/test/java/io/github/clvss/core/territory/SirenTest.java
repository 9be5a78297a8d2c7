package io.github.clvss.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import org.junit.jupiter.api.Test;

class SirenTest {

    @Test
    void boulogne_billancourts_siren_passes_the_luhn_check() {
        assertThat(Siren.parse("219200128", "$.siren").orElseThrow().value()).isEqualTo("219200128");
    }

    @Test
    void spaces_between_digit_groups_are_accepted() {
        assertThat(Siren.parse("219 200 128", "$.siren").orElseThrow()).isEqualTo(new Siren("219200128"));
    }

    @Test
    void a_wrong_check_digit_is_refused_with_its_path() {
        assertThat(Siren.parse("219200127", "$.territory.siren").problems())
                .containsExactly(Problem.error("siren.checksum", "$.territory.siren", "219200127"));
    }

    @Test
    void anything_but_nine_digits_is_refused_as_a_format_problem() {
        assertThat(Siren.parse("21920012", "$").problems()).extracting(Problem::code).containsExactly("siren.format");
        assertThat(Siren.parse("21920012A", "$").problems()).extracting(Problem::code).containsExactly("siren.format");
    }

    @Test
    void an_invalid_siren_cannot_be_constructed() {
        assertThatThrownBy(() -> new Siren("219200127")).isInstanceOf(InvalidInputException.class);
    }
}
