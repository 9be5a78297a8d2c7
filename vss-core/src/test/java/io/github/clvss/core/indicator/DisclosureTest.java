package io.github.clvss.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private static final Figure BELOW = new Figure.Masked(Figure.Reason.BELOW_THRESHOLD);
    private static final Figure PROTECTING = new Figure.Masked(Figure.Reason.PROTECTS_ANOTHER);

    private final Disclosure policy = Disclosure.DEFAULT;

    /** Cells named by letters, each holding a count of people (controlled), or none for "-". */
    private static Map<String, Optional<BigDecimal>> cells(String... nameValue) {
        Map<String, Optional<BigDecimal>> cells = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            cells.put(nameValue[i], nameValue[i + 1].equals("-") ? Optional.empty() : Optional.of(new BigDecimal(nameValue[i + 1])));
        }
        return cells;
    }

    private static Figure shown(int value) {
        return new Figure.Shown(BigDecimal.valueOf(value));
    }

    private Map<String, Figure> protect(Map<String, Optional<BigDecimal>> cells, List<Disclosure.Group<String>> groups) {
        return policy.protect(cells, cells.keySet(), groups);
    }

    @Test
    void a_count_of_3_is_masked_and_a_count_of_12_is_shown() {
        Map<String, Figure> figures = protect(cells("minors", "3", "trained", "12"), List.of());

        assertThat(figures).containsEntry("minors", BELOW).containsEntry("trained", shown(12));
    }

    @Test
    void zero_and_the_threshold_itself_are_shown_and_the_threshold_can_be_raised() {
        assertThat(protect(cells("none", "0", "five", "5", "four", "4"), List.of()))
                .containsEntry("none", shown(0)).containsEntry("five", shown(5)).containsEntry("four", BELOW);
        Map<String, Optional<BigDecimal>> cells = cells("seven", "7", "twelve", "12");
        assertThat(new Disclosure(10).protect(cells, cells.keySet(), List.of()))
                .containsEntry("seven", BELOW).containsEntry("twelve", shown(12));
    }

    @Test
    void values_that_are_not_counts_of_people_are_never_masked() {
        Map<String, Optional<BigDecimal>> cells = cells("meetings", "1", "days", "2.5", "minors", "3");

        assertThat(policy.protect(cells, Set.of("minors"), List.of()))
                .containsEntry("meetings", shown(1)).containsEntry("days", new Figure.Shown(new BigDecimal("2.5")))
                .containsEntry("minors", BELOW);
    }

    @Test
    void a_total_that_would_reveal_a_masked_part_is_masked_and_the_other_part_stays_shown() {
        // 15 − 12 would give the 3 back
        Map<String, Figure> figures = protect(cells("total", "15", "minors", "3", "adults", "12"),
                List.of(new Disclosure.Group<>("total", List.of("minors", "adults"))));

        assertThat(figures).containsEntry("minors", BELOW).containsEntry("total", PROTECTING).containsEntry("adults", shown(12));
    }

    @Test
    void masking_a_total_does_not_reach_into_a_sibling_groups_parts() {
        Map<String, Figure> figures = protect(cells("all", "60", "town", "3", "total", "57", "none", "0",
                "some", "20", "more", "37"),
                List.of(new Disclosure.Group<>("all", List.of("town", "total")),
                        new Disclosure.Group<>("total", List.of("none", "some", "more"))));

        assertThat(figures).containsEntry("town", BELOW).containsEntry("all", PROTECTING)
                .containsEntry("total", shown(57)).containsEntry("some", shown(20)).containsEntry("more", shown(37))
                .containsEntry("none", shown(0));
    }

    @Test
    void a_masked_total_alone_in_its_group_gets_its_smallest_non_zero_part_masked() {
        // total 4 is masked on its own; with every part shown, the parts would add up to it
        Map<String, Optional<BigDecimal>> cells = cells("total", "4", "a", "0", "b", "4");
        Map<String, Figure> figures = policy.protect(cells, Set.of("total"),
                List.of(new Disclosure.Group<>("total", List.of("a", "b"))));

        assertThat(figures).containsEntry("total", BELOW).containsEntry("a", shown(0)).containsEntry("b", PROTECTING);
    }

    @Test
    void masked_parts_whose_sum_is_still_small_do_not_leave_the_total_shown() {
        // 20 − 17 = 3: the two masked parts together would be a small count
        Map<String, Figure> figures = protect(cells("total", "20", "a", "1", "b", "2", "c", "17"),
                List.of(new Disclosure.Group<>("total", List.of("a", "b", "c"))));

        assertThat(figures).containsEntry("a", BELOW).containsEntry("b", BELOW).containsEntry("total", PROTECTING)
                .containsEntry("c", shown(17));
    }

    @Test
    void masked_parts_whose_sum_reaches_the_threshold_leave_the_total_shown() {
        Map<String, Figure> figures = protect(cells("total", "30", "a", "3", "b", "4", "c", "23"),
                List.of(new Disclosure.Group<>("total", List.of("a", "b", "c"))));

        assertThat(figures).containsEntry("a", BELOW).containsEntry("b", BELOW).containsEntry("total", shown(30))
                .containsEntry("c", shown(23));
    }

    @Test
    void masking_a_total_spreads_to_the_group_it_is_a_part_of() {
        Map<String, Figure> figures = protect(cells("all", "100", "left", "15", "right", "85",
                "minors", "3", "adults", "12"),
                List.of(new Disclosure.Group<>("all", List.of("left", "right")),
                        new Disclosure.Group<>("left", List.of("minors", "adults"))));

        assertThat(figures).containsEntry("minors", BELOW).containsEntry("left", PROTECTING)
                .containsEntry("all", PROTECTING).containsEntry("right", shown(85)).containsEntry("adults", shown(12));
    }

    @Test
    void a_group_with_a_part_missing_reveals_nothing_and_is_left_alone() {
        Map<String, Figure> figures = protect(cells("total", "15", "minors", "3", "adults", "-"),
                List.of(new Disclosure.Group<>("total", List.of("minors", "adults"))));

        assertThat(figures).containsEntry("minors", BELOW).containsEntry("total", shown(15))
                .containsEntry("adults", new Figure.Missing());
    }

    @Test
    void a_shown_total_is_masked_when_less_the_shown_parts_it_bounds_a_masked_part_even_with_a_part_missing() {
        // 10 − 7 = 3: the minors are at most 3 whatever the missing part holds
        Map<String, Figure> figures = protect(cells("total", "10", "minors", "3", "adults", "7", "unknown", "-"),
                List.of(new Disclosure.Group<>("total", List.of("minors", "adults", "unknown"))));

        assertThat(figures).containsEntry("minors", BELOW).containsEntry("total", PROTECTING).containsEntry("adults", shown(7));
    }

    @Test
    void a_change_whose_base_or_value_is_masked_is_withheld() {
        assertThat(Disclosure.change(BELOW, shown(12))).isInstanceOf(Change.Withheld.class);
        assertThat(Disclosure.change(shown(12), PROTECTING)).isInstanceOf(Change.Withheld.class);
        assertThat(Disclosure.change(shown(9), shown(12)))
                .isEqualTo(new Change.Relative(BigDecimal.valueOf(3), new BigDecimal("33.3")));
        assertThat(Disclosure.change(new Figure.Missing(), shown(12))).isInstanceOf(Change.NotComparable.class);
    }

    @Test
    void the_threshold_is_from_1_to_1000() {
        assertThatThrownBy(() -> new Disclosure(0)).isInstanceOf(InvalidInputException.class);
        assertThat(new Disclosure(1).belowThreshold(BigDecimal.ONE)).isFalse();
    }
}
