package io.github.clvss.core.internal.persistence;

import io.github.clvss.core.shared.Versions;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Writes and look-ups of many rows at once, for imports: one statement, or one JDBC batch,
 * whatever the number of rows.
 */
final class Batches {

    private Batches() {
    }

    /**
     * The rows whose {@code id} is one of {@code ids}: one array parameter, so one statement
     * whatever their number, and an index look-up per id. PostgreSQL joins the unnested array
     * (its {@code = any(array)} compares every row with every element when most rows match);
     * H2 looks each element up in the index with {@code = any(array)} (it runs an
     * {@code in (select …)} once per row).
     */
    static Condition among(DSLContext db, TableField<?, UUID> id, Collection<UUID> ids) {
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            Field<UUID[]> array = DSL.val(ids.stream().distinct().toArray(UUID[]::new), SQLDataType.UUID.array());
            Table<?> given = DSL.unnest(array).as("given", "id");
            return id.in(DSL.select(given.field("id", UUID.class)).from(given));
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        List<Condition> parts = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += H2_ARRAY_PART) {
            UUID[] part = distinct.subList(from, Math.min(distinct.size(), from + H2_ARRAY_PART)).toArray(UUID[]::new);
            parts.add(DSL.condition("{0} = any({1})", id, DSL.val(part, SQLDataType.UUID.array())));
        }
        return DSL.or(parts);
    }

    /** H2 refuses an array of more than 65,536 elements: longer lists are split into parts of this size, still one statement. */
    static final int H2_ARRAY_PART = 50_000;

    /**
     * Inserts {@code rows} in one JDBC batch of one prepared statement: the insert is rendered
     * once, with every column of the table, and each row only sets its values on it (a jOOQ batch
     * of records renders and binds each row as a statement of its own, and even jOOQ's bind
     * batch visits every value as a query part: several times the cost of the insert in H2).
     * A row the database refuses for a constraint fails the batch as jOOQ's
     * {@link IntegrityConstraintViolationException}, like any other write.
     */
    static <R extends TableRecord<R>> void insert(DSLContext db, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Table<R> table = rows.get(0).getTable();
        Field<?>[] columns = table.fields();
        int[] types = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            types[i] = columns[i].getDataType().getSQLType();
        }
        String sql = db.render(db.insertInto(table).columns(columns).values(new Object[columns.length]));
        db.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (R row : rows) {
                    for (int i = 0; i < columns.length; i++) {
                        Object value = row.get(i);
                        if (value == null) {
                            insert.setNull(i + 1, types[i]);
                        } else {
                            insert.setObject(i + 1, value);
                        }
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw refused(table, e);
            }
        });
    }

    /** jOOQ's exception for what the database said when it refused a batch (SQL state class 23: a constraint). */
    private static DataAccessException refused(Table<?> table, SQLException refused) {
        String message = "insert into " + table.getName() + " refused";
        for (SQLException e = refused; e != null; e = e.getNextException()) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return new IntegrityConstraintViolationException(message, e);
            }
        }
        return new DataAccessException(message, refused);
    }

    /**
     * Overwrites each row with the id of one of {@code rows} if its version is still the one read
     * ({@code readVersions}, in the same order), in one JDBC batch; a conflict if one was changed
     * meanwhile (nothing is kept: the caller's transaction rolls back).
     */
    static <R extends TableRecord<R>> void update(DSLContext db, Table<R> table, List<R> rows, List<Long> readVersions,
            TableField<R, UUID> id, TableField<R, Long> version, String recordType) {
        if (rows.isEmpty()) {
            return;
        }
        List<Query> updates = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            row.changed(true);
            updates.add(db.update(table).set(row).where(id.eq(row.get(id))).and(version.eq(readVersions.get(i))));
        }
        int[] counts = db.batch(updates).execute();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw Versions.stale(recordType, rows.get(i).get(id));
            }
        }
    }
}
