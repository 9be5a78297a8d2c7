package io.github.clvss.core.shared;

/**
 * One page of a list, read in SQL: skip {@code offset} rows, take at most {@code limit}.
 *
 * @param offset rows to skip, zero or more
 * @param limit rows to take, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException(Problem.general("page.offset.negative", offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(Problem.general("page.limit.range", limit, MAX_LIMIT));
        }
    }

    /** The first {@code limit} rows. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /**
     * Every row of a paged list, read page by page (for exports and documents, which need
     * them all; screens read one page at a time).
     */
    public static <T> java.util.List<T> readAll(java.util.function.Function<PageRequest, java.util.List<T>> fetch) {
        java.util.List<T> all = new java.util.ArrayList<>();
        PageRequest page = first(MAX_LIMIT);
        java.util.List<T> batch;
        do {
            batch = fetch.apply(page);
            all.addAll(batch);
            page = page.next();
        } while (batch.size() == MAX_LIMIT);
        return all;
    }

    /** The page after this one. */
    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
