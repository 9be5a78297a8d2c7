package io.github.clvss.admin.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageKeysTest {

    private final List<UUID> rows = IntStream.range(0, 200).mapToObj(i -> new UUID(7, i)).toList();
    private final PageKeys<UUID> keys = new PageKeys<>(id -> id);

    private List<UUID> fetch(int offset, int limit) {
        Query<UUID, Void> query = new Query<>(offset, limit, List.of(), null, null);
        PageRequest page = keys.page(query);
        return keys.fetched(query, rows.subList(page.offset(), Math.min(rows.size(), page.offset() + page.limit()))).toList();
    }

    @Test
    void the_first_page_is_asked_by_offset_and_the_next_one_as_the_page_after_its_last_row() {
        assertThat(keys.page(new Query<>(0, 50, List.of(), null, null)).after()).isEmpty();
        fetch(0, 50);

        PageRequest next = keys.page(new Query<>(50, 50, List.of(), null, null));

        assertThat(next).isEqualTo(new PageRequest(50, 50, Optional.of(rows.get(49))));
    }

    @Test
    void a_jump_to_a_far_page_is_asked_by_offset_and_scrolling_from_there_seeks_again() {
        fetch(0, 50);

        PageRequest far = keys.page(new Query<>(150, 50, List.of(), null, null));
        fetch(150, 25);

        assertThat(far.after()).isEmpty();
        assertThat(keys.page(new Query<>(175, 25, List.of(), null, null)).after()).contains(rows.get(174));
    }

    @Test
    void the_keys_are_forgotten_when_the_grid_counts_its_rows_again() {
        fetch(0, 50);

        assertThat(keys.counted(200)).isEqualTo(200);

        assertThat(keys.page(new Query<>(50, 50, List.of(), null, null)).after()).isEmpty();
    }
}
