package io.github.clvss.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static Change between(String previous, String current) {
        return Change.between(Optional.of(new BigDecimal(previous)), Optional.of(new BigDecimal(current)));
    }

    @Test
    void facts_rising_from_125_to_173_are_the_seeds_plus_38_4_percent() {
        assertThat(between("125", "173")).isEqualTo(new Change.Relative(new BigDecimal("48"), new BigDecimal("38.4")));
    }

    @Test
    void a_fall_is_a_negative_change() {
        assertThat(between("50", "40")).isEqualTo(new Change.Relative(new BigDecimal("-10"), new BigDecimal("-20.0")));
    }

    @Test
    void a_change_from_zero_has_no_percentage_and_is_new_when_something_appears() {
        Change appeared = between("0", "4");
        Change stillNothing = between("0", "0");

        assertThat(appeared).isEqualTo(new Change.FromZero(new BigDecimal("4")));
        assertThat(((Change.FromZero) appeared).isNew()).isTrue();
        assertThat(stillNothing).isInstanceOf(Change.FromZero.class);
        assertThat(((Change.FromZero) stillNothing).isNew()).isFalse();
    }

    @Test
    void a_missing_period_gives_no_change_and_is_never_read_as_zero() {
        assertThat(Change.between(Optional.empty(), Optional.of(BigDecimal.TEN))).isInstanceOf(Change.NotComparable.class);
        assertThat(Change.between(Optional.of(BigDecimal.TEN), Optional.empty())).isInstanceOf(Change.NotComparable.class);
    }

    @Test
    void percentages_are_rounded_to_one_decimal_half_away_from_zero() {
        assertThat(((Change.Relative) between("3", "4")).percent()).isEqualByComparingTo("33.3");
        assertThat(((Change.Relative) between("3", "5")).percent()).isEqualByComparingTo("66.7");
        assertThat(((Change.Relative) between("200", "276.9")).percent()).isEqualByComparingTo("38.5");
        assertThat(((Change.Relative) between("200", "195.5")).percent()).isEqualByComparingTo("-2.3");
    }

    @Test
    void a_negative_base_keeps_the_sign_of_the_change() {
        assertThat(((Change.Relative) between("-10", "-5")).percent()).isEqualByComparingTo("50.0");
        assertThat(((Change.Relative) between("-10", "-15")).percent()).isEqualByComparingTo("-50.0");
    }
}
