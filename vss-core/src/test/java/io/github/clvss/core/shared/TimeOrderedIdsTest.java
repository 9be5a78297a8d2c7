package io.github.clvss.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void ids_are_version_7_and_sort_in_the_order_of_their_clock() {
        UUID earlier = TimeOrderedIds.next(Clock.fixed(Instant.parse("2023-06-01T18:00:00Z"), ZoneOffset.UTC));
        UUID later = TimeOrderedIds.next(Clock.fixed(Instant.parse("2023-06-06T09:00:00Z"), ZoneOffset.UTC));

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.toString()).isLessThan(later.toString());
        assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(Instant.parse("2023-06-01T18:00:00Z").toEpochMilli());
    }

    @Test
    void two_ids_made_in_the_same_millisecond_differ() {
        Clock clock = Clock.fixed(Instant.parse("2023-06-01T18:00:00Z"), ZoneOffset.UTC);
        assertThat(TimeOrderedIds.next(clock)).isNotEqualTo(TimeOrderedIds.next(clock));
    }

    @Test
    void ids_made_while_the_clock_stands_still_sort_in_the_order_they_were_made_as_text_and_as_uuids() {
        Clock clock = Clock.fixed(Instant.parse("2023-06-01T18:00:00Z"), ZoneOffset.UTC);
        java.util.List<UUID> made = java.util.stream.Stream.generate(() -> TimeOrderedIds.next(clock)).limit(1_000).toList();

        assertThat(made).isSortedAccordingTo(java.util.Comparator.comparing(UUID::toString)).doesNotHaveDuplicates();
        assertThat(made).isSorted();
        assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    void a_malformed_id_is_a_problem_at_its_path() {
        assertThat(TimeOrderedIds.parse("not-a-uuid", "$.territory.id").problems())
                .containsExactly(Problem.error("id.format", "$.territory.id", "not-a-uuid"));
    }
}
