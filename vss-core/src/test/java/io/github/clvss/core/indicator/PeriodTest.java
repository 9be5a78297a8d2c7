package io.github.clvss.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void a_year_a_quarter_and_a_month_are_parsed_in_french_or_english_forms() {
        assertThat(Period.parse("2022", "$").orElseThrow()).isEqualTo(Period.year(2022));
        assertThat(Period.parse("2022-T3", "$").orElseThrow()).isEqualTo(Period.quarter(2022, 3));
        assertThat(Period.parse("2022-q3", "$").orElseThrow()).isEqualTo(Period.quarter(2022, 3));
        assertThat(Period.parse(" 2022-03 ", "$").orElseThrow()).isEqualTo(Period.month(2022, 3));
        assertThat(Period.month(2022, 3)).hasToString("2022-03");
        assertThat(Period.quarter(2022, 3)).hasToString("2022-Q3");
    }

    @Test
    void ill_formed_periods_are_refused_with_their_path() {
        assertThat(Period.parse("2022-13", "L2:period").problems()).extracting(Problem::code, p -> p.path().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("indicator.period.format", "L2:period"));
        assertThat(Period.parse("2022-Q5", "$").isValid()).isFalse();
        assertThat(Period.parse("deux mille", "$").isValid()).isFalse();
        assertThatThrownBy(() -> Period.year(1850)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_previous_period_has_the_same_length_and_crosses_the_year() {
        assertThat(Period.year(2023).previous()).isEqualTo(Period.year(2022));
        assertThat(Period.quarter(2023, 1).previous()).isEqualTo(Period.quarter(2022, 4));
        assertThat(Period.month(2023, 1).previous()).isEqualTo(Period.month(2022, 12));
        assertThat(Period.month(2023, 7).previous()).isEqualTo(Period.month(2023, 6));
    }

    @Test
    void periods_sort_by_year_then_year_before_quarters_before_months() {
        assertThat(java.util.stream.Stream.of(Period.month(2023, 1), Period.year(2023), Period.quarter(2022, 4),
                Period.quarter(2023, 2), Period.year(2022)).sorted().toList())
                .containsExactly(Period.year(2022), Period.quarter(2022, 4), Period.year(2023), Period.quarter(2023, 2),
                        Period.month(2023, 1));
    }
}
