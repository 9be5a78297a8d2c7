package io.github.clvss.core.shared;

/** Optimistic locking: a change is made against the version the user read. */
public final class Versions {

    private Versions() {
    }

    /**
     * Throws {@link ConflictException} ({@code record.changed}) when the stored version is not
     * the one the change was prepared against.
     */
    public static void expect(long stored, long expected, String recordType, Object id) {
        if (stored != expected) {
            throw stale(recordType, id);
        }
    }

    /** The conflict for a record changed by someone else since it was read. */
    public static ConflictException stale(String recordType, Object id) {
        return new ConflictException(Problem.general("record.changed", recordType, id));
    }
}
