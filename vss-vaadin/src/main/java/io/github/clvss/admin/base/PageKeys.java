package io.github.clvss.admin.base;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableFunction;
import io.github.clvss.core.shared.PageRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What a lazy grid remembers so that scrolling seeks: the id of the last row of each page it
 * fetched, by that row's position. The grid asks for offset and limit; when the row just before
 * the asked offset is known (the page before was fetched, the usual scroll), the page is asked
 * for as the one after that row and vss-core reads it from its index at the same cost at any
 * depth. A jump to a far offset (the scroll bar dragged) has no such row: vss-core skips the
 * rows before it in index order, then the scroll from there seeks again. Forgotten when the
 * grid counts its rows again (a refresh, a filter changed), as the rows may have moved.
 */
public final class PageKeys<T> implements Serializable {

    private final SerializableFunction<T, UUID> id;
    private final Map<Integer, UUID> lastOfPage = new HashMap<>();

    /** @param id the id vss-core seeks from, of a row */
    public PageKeys(SerializableFunction<T, UUID> id) {
        this.id = id;
    }

    /** The page the grid's {@code query} asks for, after the row before it when known. */
    public PageRequest page(Query<?, ?> query) {
        PageRequest page = Paging.of(query);
        UUID before = lastOfPage.get(query.getOffset() - 1);
        return before == null ? page : page.after(before);
    }

    /** The rows fetched for {@code query}, remembering the last one's id. */
    public Stream<T> fetched(Query<?, ?> query, List<T> rows) {
        if (!rows.isEmpty()) {
            lastOfPage.put(query.getOffset() + rows.size() - 1, id.apply(rows.getLast()));
        }
        return rows.stream();
    }

    /** Forgets every page's last row (the rows are counted again: they may have changed). */
    public int counted(int rows) {
        lastOfPage.clear();
        return rows;
    }
}
