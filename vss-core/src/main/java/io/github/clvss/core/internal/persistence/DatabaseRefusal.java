package io.github.clvss.core.internal.persistence;

import java.io.Serial;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the database said when it refused a change, kept as the cause of the
 * {@code record.constraint} conflict so that the log tells which constraint and why — without
 * the refused values, which may be personal data: only the SQL state, the database's first line
 * up to the values it quotes, and the constraint's name.
 */
final class DatabaseRefusal extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern VALUES = Pattern.compile("(?i)\\s+VALUES\\s.*$|; SQL statement.*$|\\s*Detail:.*$");
    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private DatabaseRefusal(String message) {
        super(message, null, false, false);
    }

    /** The refusal read from a database exception and its causes. */
    static DatabaseRefusal of(Throwable refused) {
        Optional<SQLException> sql = sqlCause(refused);
        String state = sql.map(SQLException::getSQLState).orElse("unknown");
        String said = sql.map(SQLException::getMessage).or(() -> Optional.ofNullable(refused.getMessage())).orElse("");
        return new DatabaseRefusal("SQL state " + state + ": " + withoutValues(said));
    }

    static String withoutValues(String message) {
        String firstLine = message.lines().findFirst().orElse("").strip();
        return LITERAL.matcher(VALUES.matcher(firstLine).replaceAll("")).replaceAll("'…'");
    }

    private static Optional<SQLException> sqlCause(Throwable refused) {
        for (Throwable t = refused; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
