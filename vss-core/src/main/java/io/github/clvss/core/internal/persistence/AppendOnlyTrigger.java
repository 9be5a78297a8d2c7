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
 * H2 trigger that keeps the audit journal ({@code vss_journal} and the territories of its
 * entries, {@code vss_journal_territory}) append-only: any update or delete of a row fails,
 * except the retention purge — a delete in a session that declared it (the session variable
 * {@code @vss_journal_purge = 'retention'}, set only by the journal's purge) of an entry, or of
 * an entry's territory, older than {@link #MINIMUM_RETENTION_MONTHS} months. Truncation is
 * prevented by the foreign keys of the guard tables (H2 cannot truncate a referenced table).
 * Referenced by name from the H2 migrations; not part of the API. The PostgreSQL migrations
 * apply the same rules.
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
        if (newRow == null && oldRow != null && purging(conn) && olderThanMinimumRetention(entryTime(conn, oldRow))) {
            return;
        }
        throw new SQLException(table + " is append-only: updates and deletes are refused", "42501");
    }

    /** When the row's journal entry was written: its own {@code at}, or its entry's for a territory row. */
    private Object entryTime(Connection conn, Object[] row) throws SQLException {
        if (!table.equalsIgnoreCase("VSS_JOURNAL_TERRITORY")) {
            return row[1];
        }
        try (java.sql.PreparedStatement statement = conn.prepareStatement("select at from vss_journal where id = ?")) {
            statement.setObject(1, row[0]);
            try (ResultSet entry = statement.executeQuery()) {
                return entry.next() ? entry.getObject(1, OffsetDateTime.class) : "";
            }
        }
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
