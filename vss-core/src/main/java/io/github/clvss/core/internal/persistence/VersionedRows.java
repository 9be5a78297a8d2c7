package io.github.clvss.core.internal.persistence;

import io.github.clvss.core.shared.Versions;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;

/** Optimistic locking for every aggregate's table: an update applies only to the version read. */
final class VersionedRows {

    private VersionedRows() {
    }

    /**
     * Overwrites the row with {@code row}'s id if its version is still {@code readVersion};
     * otherwise someone changed it meanwhile, and a conflict is raised.
     */
    static <R extends TableRecord<R>> void update(DSLContext db, Table<R> table, R row, TableField<R, UUID> id,
            TableField<R, Long> version, long readVersion, String recordType) {
        int updated = db.update(table)
                .set(row)
                .where(id.eq(row.get(id)))
                .and(version.eq(readVersion))
                .execute();
        if (updated == 0) {
            throw Versions.stale(recordType, row.get(id));
        }
    }
}
