package io.github.clvss.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    /** A list of rows that seeks from the row a page names, else skips its offset, and records every page asked. */
    private static final class Rows {
        final List<UUID> all;
        final List<PageRequest> asked = new ArrayList<>();

        Rows(int count) {
            all = IntStream.range(0, count).mapToObj(i -> new UUID(7, i)).toList();
        }

        List<UUID> page(PageRequest page) {
            asked.add(page);
            int from = page.after().map(last -> all.indexOf(last) + 1).orElse(page.offset());
            return all.subList(Math.min(from, all.size()), Math.min(from + page.limit(), all.size()));
        }
    }

    @Test
    void reading_a_whole_list_seeks_each_page_after_the_first_from_the_last_row_read() {
        Rows rows = new Rows(1_203);

        List<UUID> read = PageRequest.readAll(rows::page, id -> id);

        assertThat(read).isEqualTo(rows.all);
        assertThat(rows.asked).extracting(PageRequest::after)
                .containsExactly(Optional.empty(), Optional.of(rows.all.get(499)), Optional.of(rows.all.get(999)));
        assertThat(rows.asked).extracting(PageRequest::offset).containsExactly(0, 500, 1_000);
    }

    @Test
    void a_list_of_whole_pages_is_read_to_an_empty_page_and_an_empty_list_in_one_read() {
        Rows full = new Rows(1_000);
        Rows none = new Rows(0);

        assertThat(PageRequest.readAll(full::page, id -> id)).isEqualTo(full.all);
        assertThat(full.asked).hasSize(3);
        assertThat(PageRequest.readAll(none::page, id -> id)).isEmpty();
        assertThat(none.asked).containsExactly(PageRequest.first(PageRequest.MAX_LIMIT));
    }
}
