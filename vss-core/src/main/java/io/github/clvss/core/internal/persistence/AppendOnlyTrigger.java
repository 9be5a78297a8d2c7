package io.github.clvss.core.internal.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.h2.api.Trigger;

/**
 * H2 trigger that keeps the audit journal append-only: any update or delete of a row fails,
 * except the retention purge — a delete in a session that declared it (the session variable
 * {@code @vss_journal_purge = 'retention'}, set only by the journal's purge) of an entry older
 * than {@link #MINIMUM_RETENTION_MONTHS} months. Truncation is prevented by the foreign key of
 * {@code vss_journal_guard} (H2 cannot truncate a referenced table). Referenced by name from the
 * H2 migrations; not part of the API. The PostgreSQL migrations apply the same rules.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** An entry younger than this can never be removed, purge or not. */
    static final int MINIMUM_RETENTION_MONTHS = 6;
    /** The session variable the purge sets. */
    static final String PURGE_VARIABLE = "@vss_journal_purge";
    static final String PURGE = "retention";

    private String table = "";

    /** Called by H2. */
    public AppendOnlyTrigger() {
        // H2 instantiates triggers reflectively
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null && oldRow != null && purging(conn) && olderThanMinimumRetention(oldRow[1])) {
            return;
        }
        throw new SQLException(table + " is append-only: updates and deletes are refused", "42501");
    }

    private static boolean purging(Connection conn) throws SQLException {
        try (Statement statement = conn.createStatement(); ResultSet row = statement.executeQuery("select " + PURGE_VARIABLE)) {
            return row.next() && PURGE.equals(row.getString(1));
        }
    }

    private static boolean olderThanMinimumRetention(Object at) {
        Optional<Instant> instant = switch (at) {
            case OffsetDateTime time -> Optional.of(time.toInstant());
            case java.sql.Timestamp time -> Optional.of(time.toInstant());
            case null, default -> Optional.empty();
        };
        Instant limit = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(MINIMUM_RETENTION_MONTHS).toInstant();
        return instant.filter(i -> i.isBefore(limit)).isPresent();
    }
}
