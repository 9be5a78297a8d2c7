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

    /** The page after this one. */
    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
