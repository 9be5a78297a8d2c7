package io.github.clvss.core.shared;

/**
 * One page of a list, read in SQL: the {@code limit} rows from row {@code offset} on.
 *
 * <p>A caller that has just read the page before (a grid that scrolls) names its last row in
 * {@code after}: the list then seeks to the rows that follow it in its order, through the index
 * that serves that order, and reads no row before the page, however deep the page is. Without
 * {@code after} (the first page, a jump to a far row) the list skips {@code offset} rows, still
 * in index order; when the row named in {@code after} no longer exists, it does the same.
 *
 * @param offset rows to skip, zero or more (the page's position, whether or not it seeks)
 * @param limit rows to take, 1 to {@value #MAX_LIMIT}
 * @param after the id of the row just before this page, when the caller read it
 */
public record PageRequest(int offset, int limit, java.util.Optional<java.util.UUID> after) {

    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException(Problem.general("page.offset.negative", offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(Problem.general("page.limit.range", limit, MAX_LIMIT));
        }
        java.util.Objects.requireNonNull(after, "after");
    }

    /** The {@code limit} rows from row {@code offset} on, skipping the rows before (no row named to seek from). */
    public PageRequest(int offset, int limit) {
        this(offset, limit, java.util.Optional.empty());
    }

    /** The same page, read as the one that follows the row with id {@code last} (the last row of the page before). */
    public PageRequest after(java.util.UUID last) {
        return new PageRequest(offset, limit, java.util.Optional.of(last));
    }

    /** The first {@code limit} rows. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /**
     * Every row of a paged list, read page by page (for exports and documents, which need
     * them all; screens read one page at a time). Each page after the first names the last row
     * read ({@link #after(java.util.UUID)}), so that a list that seeks reads each row once, in
     * one index range walk overall, however long it is.
     *
     * @param fetch reads one page of the list
     * @param id a row's id, the one the list seeks from
     */
    public static <T> java.util.List<T> readAll(java.util.function.Function<PageRequest, java.util.List<T>> fetch,
            java.util.function.Function<T, java.util.UUID> id) {
        return read(fetch, java.util.Optional.of(id));
    }

    /**
     * Every row of a paged list whose rows have no id of their own to seek from (an indicator's
     * measurements, keyed by their period), read by offset: for short lists only. A list whose
     * rows have an id is read with {@link #readAll(java.util.function.Function, java.util.function.Function)}.
     */
    public static <T> java.util.List<T> readAll(java.util.function.Function<PageRequest, java.util.List<T>> fetch) {
        return read(fetch, java.util.Optional.empty());
    }

    /** Every page from the first, each after the last row of the one before when rows have an {@code id}. */
    private static <T> java.util.List<T> read(java.util.function.Function<PageRequest, java.util.List<T>> fetch,
            java.util.Optional<java.util.function.Function<T, java.util.UUID>> id) {
        java.util.List<T> all = new java.util.ArrayList<>();
        PageRequest page = first(MAX_LIMIT);
        java.util.List<T> batch;
        do {
            batch = fetch.apply(page);
            all.addAll(batch);
            PageRequest next = page.next();
            java.util.Optional<T> last = batch.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(batch.getLast());
            page = last.flatMap(row -> id.map(of -> next.after(of.apply(row)))).orElse(next);
        } while (batch.size() == MAX_LIMIT);
        return all;
    }

    /** The page after this one (by offset: a caller that has its last row seeks with {@link #after(java.util.UUID)}). */
    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
