package io.github.clvss.admin.base;

import com.vaadin.flow.data.provider.Query;
import io.github.clvss.core.shared.PageRequest;

/** The one way a lazy grid or combo box asks vss-core for a page: never more than it serves at once. */
public final class Paging {

    private Paging() {
    }

    /** The page a grid's or combo box's query asks for, capped at {@link PageRequest#MAX_LIMIT}. */
    public static PageRequest of(Query<?, ?> query) {
        return new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT));
    }
}
