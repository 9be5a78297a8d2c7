package io.github.clvss.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that keeps the audit journal append-only: any update or delete of a row fails.
 * Referenced by name from the H2 migration; not part of the API.
 */
public final class AppendOnlyTrigger implements Trigger {

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
        throw new SQLException(table + " is append-only: updates and deletes are refused", "42501");
    }
}
