package io.github.clvss.core.internal.persistence;

import io.github.clvss.core.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Index;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The one way a list reads a page in an order an index serves: by seeking ("keyset" paging) from
 * the row the caller read last when it names it ({@link PageRequest#after()}), else by skipping
 * {@code offset} rows in index order.
 *
 * <p>A list gives the columns its filter fixes to one value ({@code fixed}, the index's leading
 * columns: H2 uses the index for the order only when the ORDER BY names them too) and its order
 * ({@code order}, not-null columns ending with a unique one, the same columns in the same
 * directions as its index). The seek condition bounds the first column ({@code a >= ?}) so that
 * both databases read an index range from the key, then keeps the rows strictly after it.
 *
 * <p>A list scoped to a column that a foreign key also covers names its index: H2 gives every
 * foreign key an index of its own on exactly its columns, and its cost model
 * ({@code Index.getCostRangeIndex}) adds one per index column not bound by the filter, twice when
 * the rows must then be read from the table, but takes off only one per ORDER BY column the
 * index serves; so with only the scope bound, {@code (contract_id)} costs 2 less than
 * {@code (contract_id, deadline, id)} and H2 reads the foreign key's index, then sorts. On H2 the
 * page queries therefore say {@code USE INDEX}; PostgreSQL chooses the ordered index itself.
 */
final class Seek {

    private Seek() {
    }

    /**
     * A page of {@code table}'s rows matching {@code where}, in {@code fixed} then {@code order}.
     *
     * @param id the table's unique id, named by {@link PageRequest#after()}
     */
    static <R extends Record> org.jooq.Result<R> page(DSLContext db, Table<R> table, Condition where, Field<UUID> id,
            List<? extends Field<?>> fixed, List<SortField<?>> order, PageRequest page) {
        return page(db, table, table, where, id, fixed, order, page);
    }

    /** {@link #page(DSLContext, Table, Condition, Field, List, List, PageRequest)} through {@code index} (see the class). */
    static <R extends Record> org.jooq.Result<R> page(DSLContext db, Table<R> table, Index index, Condition where, Field<UUID> id,
            List<? extends Field<?>> fixed, List<SortField<?>> order, PageRequest page) {
        return page(db, table, through(db, table, index), where, id, fixed, order, page);
    }

    private static <R extends Record> org.jooq.Result<R> page(DSLContext db, Table<R> table, Table<R> reading, Condition where,
            Field<UUID> id, List<? extends Field<?>> fixed, List<SortField<?>> order, PageRequest page) {
        List<OrderField<?>> orderBy = new ArrayList<>(fixed);
        orderBy.addAll(order);
        Optional<Condition> after = key(db, table, id, order, page);
        if (after.isPresent()) {
            return db.selectFrom(reading).where(where.and(after.get())).orderBy(orderBy).limit(page.limit()).fetch();
        }
        return db.selectFrom(reading).where(where).orderBy(orderBy).offset(page.offset()).limit(page.limit()).fetch();
    }

    /** The table as the page queries read it: on H2, told to read {@code index}; elsewhere as it is. */
    static <R extends Record> Table<R> through(DSLContext db, Table<R> table, Index index) {
        return db.dialect().family() == SQLDialect.H2 ? table.useIndex(index.getName()) : table;
    }

    /**
     * A page in {@code fixed}, then {@code nullable} (rows without a value last), then
     * {@code id}: the order of an index on {@code (fixed…, nullable NULLS LAST, id)}. Seeking from
     * a row with a value reads the rows with a value after it, then, if the page is not full,
     * the rows without one from their start; seeking from a row without a value reads those
     * after it.
     */
    static <R extends Record, T> org.jooq.Result<R> pageNullsLast(DSLContext db, Table<R> table, Condition where, Field<UUID> id,
            List<? extends OrderField<?>> fixed, SortField<T> nullable, SortField<UUID> idOrder, PageRequest page) {
        return pageNullsLast(db, table, table, where, id, fixed, nullable, idOrder, page);
    }

    /** {@link #pageNullsLast(DSLContext, Table, Condition, Field, List, SortField, SortField, PageRequest)} through {@code index}. */
    static <R extends Record, T> org.jooq.Result<R> pageNullsLast(DSLContext db, Table<R> table, Index index, Condition where,
            Field<UUID> id, List<? extends OrderField<?>> fixed, SortField<T> nullable, SortField<UUID> idOrder, PageRequest page) {
        return pageNullsLast(db, table, through(db, table, index), where, id, fixed, nullable, idOrder, page);
    }

    private static <R extends Record, T> org.jooq.Result<R> pageNullsLast(DSLContext db, Table<R> table, Table<R> reading,
            Condition where, Field<UUID> id, List<? extends OrderField<?>> fixed, SortField<T> nullable, SortField<UUID> idOrder,
            PageRequest page) {
        List<OrderField<?>> orderBy = new ArrayList<>(fixed);
        orderBy.add(nullable.nullsLast());
        orderBy.add(idOrder);
        Optional<org.jooq.Record2<T, UUID>> last = page.after().flatMap(after -> db
                .select(nullable.$field(), id).from(table).where(id.eq(after)).fetchOptional());
        if (last.isEmpty()) {
            return db.selectFrom(reading).where(where).orderBy(orderBy).offset(page.offset()).limit(page.limit()).fetch();
        }
        boolean valued = last.get().value1() != null;
        org.jooq.Result<R> found = db.newResult(table);
        if (valued) {
            found.addAll(db.selectFrom(reading).where(where.and(nullable.$field().isNotNull()).and(after(List.of(nullable, idOrder), last.get())))
                    .orderBy(orderBy).limit(page.limit()).fetch());
        }
        if (found.size() < page.limit()) {
            Condition empty = where.and(nullable.$field().isNull());
            if (!valued) {
                empty = empty.and(beyond(idOrder, last.get().value2(), false));
            }
            found.addAll(db.selectFrom(reading).where(empty).orderBy(orderBy).limit(page.limit() - found.size()).fetch());
        }
        return found;
    }

    /**
     * One part of a list read in parts: the rows matching {@code where}, in {@code fixed} then the
     * list's order, read through {@code index} (whose leading columns are {@code fixed}).
     */
    record Part(Condition where, Index index, List<? extends Field<?>> fixed) {
    }

    /**
     * A page of a list made of disjoint parts one after the other (the national resources, then the
     * département's, then the territory's), each in {@code order} on an index of its own. Seeking
     * from a row reads the rest of its part after it, then the next parts from their start while the
     * page is not full; skipping {@code offset} rows counts (on the index) only the parts skipped
     * whole.
     */
    static <R extends Record> List<R> pageInParts(DSLContext db, Table<R> table, List<Part> parts, Field<UUID> id,
            List<SortField<?>> order, PageRequest page) {
        List<R> found = new ArrayList<>();
        int from = 0;
        Optional<Condition> after = Optional.empty();
        long skip = page.offset();
        if (page.after().isPresent()) {
            Optional<Integer> partOfLast = partOf(db, table, parts, id, page.after().get());
            if (partOfLast.isPresent()) {
                from = partOfLast.get();
                after = key(db, table, id, order, page);
                skip = 0;
            }
        }
        for (int i = from; i < parts.size() && found.size() < page.limit(); i++) {
            Part part = parts.get(i);
            List<OrderField<?>> orderBy = new ArrayList<>(part.fixed());
            orderBy.addAll(order);
            Condition where = i == from && after.isPresent() ? part.where().and(after.get()) : part.where();
            List<R> rows = db.selectFrom(through(db, table, part.index())).where(where).orderBy(orderBy)
                    .offset(skip).limit(page.limit() - found.size()).fetch();
            if (rows.isEmpty() && skip > 0) {
                skip = Math.max(0, skip - db.fetchCount(table, part.where()));
            } else {
                skip = 0;
            }
            found.addAll(rows);
        }
        return found;
    }

    /** The index of the part that holds the row {@code row}, if it still exists. */
    private static <R extends Record> Optional<Integer> partOf(DSLContext db, Table<R> table, List<Part> parts, Field<UUID> id,
            UUID row) {
        org.jooq.CaseConditionStep<Integer> which = DSL.when(parts.getFirst().where(), DSL.inline(0));
        for (int i = 1; i < parts.size(); i++) {
            which = which.when(parts.get(i).where(), DSL.inline(i));
        }
        return db.select(which).from(table).where(id.eq(row)).fetchOptional(0, Integer.class);
    }

    /** The condition that keeps the rows after the one {@code page} seeks from, when it names one that still exists. */
    static <R extends Record> Optional<Condition> key(DSLContext db, Table<R> table, Field<UUID> id, List<SortField<?>> order,
            PageRequest page) {
        if (page.after().isEmpty()) {
            return Optional.empty();
        }
        List<Field<?>> columns = order.stream().<Field<?>>map(SortField::$field).toList();
        return db.select(columns).from(table).where(id.eq(page.after().get())).fetchOptional()
                .map(last -> after(order, last));
    }

    /**
     * The rows after {@code last} in {@code order}: {@code a >= :a and (a > :a or (a = :a and b > :b) …)}
     * (with {@code <} for descending columns).
     */
    static Condition after(List<SortField<?>> order, Record last) {
        Condition strictly = DSL.falseCondition();
        Condition equalSoFar = DSL.trueCondition();
        for (int i = 0; i < order.size(); i++) {
            strictly = strictly.or(equalSoFar.and(beyond(order.get(i), last.get(i), false)));
            equalSoFar = equalSoFar.and(equal(order.get(i).$field(), last.get(i)));
        }
        return beyond(order.getFirst(), last.get(0), true).and(strictly);
    }

    @SuppressWarnings("unchecked")
    private static <T> Condition beyond(SortField<T> sort, Object value, boolean orEqual) {
        Field<T> field = sort.$field();
        T key = (T) value;
        boolean descending = sort.$sortOrder() == SortOrder.DESC;
        if (descending) {
            return orEqual ? field.le(key) : field.lt(key);
        }
        return orEqual ? field.ge(key) : field.gt(key);
    }

    @SuppressWarnings("unchecked")
    private static <T> Condition equal(Field<T> field, Object value) {
        return field.eq((T) value);
    }
}
