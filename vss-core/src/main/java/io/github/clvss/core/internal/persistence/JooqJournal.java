package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACCOUNT_GRANT;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_JOURNAL;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_JOURNAL_TERRITORY;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssJournalRecord;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssJournalTerritoryRecord;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Journal;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.PageRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableLike;
import org.jooq.impl.DSL;

/**
 * The audit journal in the {@code vss_journal} table, with the territories an entry about a
 * shared record concerns in {@code vss_journal_territory}. This class inserts and selects, and
 * deletes only for the retention purge; the database refuses every other update and delete
 * (see the V1_1, V11, V13_1 and V13_2 migrations).
 */
final class JooqJournal implements Journal {

    private final DSLContext db;
    private final DSLContext independent;

    /**
     * @param db joins the caller's transaction
     * @param independent commits on its own connection
     */
    JooqJournal(DSLContext db, DSLContext independent) {
        this.db = db;
        this.independent = independent;
    }

    @Override
    public void append(JournalEntry entry) {
        insert(db, entry);
    }

    @Override
    public void appendAll(List<JournalEntry> entries) {
        Batches.insert(db, entries.stream().map(entry -> record(db, entry)).toList());
        Batches.insert(db, entries.stream().flatMap(entry -> entry.act().concerned().stream().map(territory -> {
            VssJournalTerritoryRecord row = db.newRecord(VSS_JOURNAL_TERRITORY);
            row.setJournalId(entry.id());
            row.setTerritoryId(territory.value());
            row.setAt(entry.at().atOffset(ZoneOffset.UTC));
            return row;
        })).toList());
    }

    @Override
    public void appendIndependently(JournalEntry entry) {
        independent.transaction(configuration -> insert(DSL.using(configuration), entry));
    }

    private static void insert(DSLContext context, JournalEntry entry) {
        context.executeInsert(record(context, entry));
        for (TerritoryId territory : entry.act().concerned()) {
            context.insertInto(VSS_JOURNAL_TERRITORY)
                    .set(VSS_JOURNAL_TERRITORY.JOURNAL_ID, entry.id())
                    .set(VSS_JOURNAL_TERRITORY.TERRITORY_ID, territory.value())
                    .set(VSS_JOURNAL_TERRITORY.AT, entry.at().atOffset(ZoneOffset.UTC))
                    .execute();
        }
    }

    @Override
    public List<JournalEntry> find(JournalQuery query, PageRequest page) {
        List<VssJournalRecord> rows = query.territory()
                .map(territory -> territoryPage(territory, query, page))
                .orElseGet(() -> Seek.page(db, VSS_JOURNAL, DSL.and(filters(query)), VSS_JOURNAL.ID, List.of(), NEWEST_FIRST,
                        page));
        Map<UUID, Set<TerritoryId>> concerned = new HashMap<>();
        if (!rows.isEmpty()) {
            db.select(VSS_JOURNAL_TERRITORY.JOURNAL_ID, VSS_JOURNAL_TERRITORY.TERRITORY_ID)
                    .from(VSS_JOURNAL_TERRITORY)
                    .where(VSS_JOURNAL_TERRITORY.JOURNAL_ID.in(rows.stream().map(VssJournalRecord::getId).toList()))
                    .forEach(r -> concerned.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(new TerritoryId(r.value2())));
        }
        return rows.stream().map(r -> entry(r, concerned.getOrDefault(r.getId(), Set.of()))).toList();
    }

    /**
     * A page of a territory's journal: each of its parts gives, in the order of its index, the
     * rows the page may hold (those after the row the page seeks from, or the first offset +
     * limit ones), and one query merges them newest first.
     */
    private List<VssJournalRecord> territoryPage(TerritoryId territory, JournalQuery query, PageRequest page) {
        Optional<Record2<OffsetDateTime, UUID>> last = page.after().flatMap(id -> db.select(VSS_JOURNAL.AT, VSS_JOURNAL.ID)
                .from(VSS_JOURNAL).where(VSS_JOURNAL.ID.eq(id)).fetchOptional());
        int skip = last.isPresent() ? 0 : page.offset();
        Select<Record> union = null;
        for (Part part : parts(territory, query, true)) {
            Condition where = last.map(key -> part.where().and(Seek.after(part.order(), key))).orElse(part.where());
            List<OrderField<?>> order = new ArrayList<>(part.fixed());
            order.addAll(part.order());
            Select<Record> select = db.select(part.columns()).from(part.from()).where(where).orderBy(order)
                    .limit(skip + page.limit());
            union = union == null ? select : union.unionAll(select);
        }
        Table<Record> merged = union.asTable("merged");
        return db.select(merged.fields()).from(merged)
                .orderBy(merged.field(VSS_JOURNAL.AT).desc(), merged.field(VSS_JOURNAL.ID).desc())
                .offset(skip).limit(page.limit())
                .fetchInto(VSS_JOURNAL);
    }

    /**
     * One query: the entries joined to the territories they concern, ordered by entry, so that the
     * rows of one entry follow each other and make one entry when the next entry's row comes.
     */
    @Override
    public void each(JournalQuery query, java.util.function.Consumer<JournalEntry> each) {
        Field<UUID> concernedTerritory = VSS_JOURNAL_TERRITORY.TERRITORY_ID.as("concerned_territory");
        Table<?> entries = query.territory()
                .<Table<?>>map(territory -> union(parts(territory, query, false), Part::columns).asTable("entries"))
                .orElse(VSS_JOURNAL);
        Condition where = query.territory().isPresent() ? DSL.noCondition() : DSL.and(filters(query));
        Field<UUID> id = entries.field(VSS_JOURNAL.ID);
        try (Cursor<Record> rows = db.select(entries.fields()).select(concernedTerritory)
                .from(entries)
                .leftJoin(VSS_JOURNAL_TERRITORY).on(VSS_JOURNAL_TERRITORY.JOURNAL_ID.eq(id))
                .where(where)
                .orderBy(entries.field(VSS_JOURNAL.AT).desc(), id.desc())
                .fetchSize(Streaming.FETCH_SIZE)
                .fetchLazy()) {
            VssJournalRecord pending = null;
            Set<TerritoryId> concerned = new HashSet<>();
            for (Record row : rows) {
                VssJournalRecord entry = journalRow(row, entries);
                if (pending != null && !pending.getId().equals(entry.getId())) {
                    each.accept(entry(pending, concerned));
                    concerned = new HashSet<>();
                }
                pending = entry;
                UUID territory = row.get(concernedTerritory);
                if (territory != null) {
                    concerned.add(new TerritoryId(territory));
                }
            }
            if (pending != null) {
                each.accept(entry(pending, concerned));
            }
        }
    }

    /** The journal's columns of a row read from {@code entries} (the journal or a part of it). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private VssJournalRecord journalRow(Record row, Table<?> entries) {
        VssJournalRecord entry = db.newRecord(VSS_JOURNAL);
        for (Field<?> field : VSS_JOURNAL.fields()) {
            entry.set((Field) field, row.get(entries.field(field)));
        }
        return entry;
    }

    /** Newest first: the order of the indexes {@code vss_journal_newest_ix} (V20), {@code vss_journal_of_territory_ix} and
     * {@code vss_journal_of_record_ix} (V22) after their leading columns. */
    private static final List<SortField<?>> NEWEST_FIRST = List.of(VSS_JOURNAL.AT.desc(), VSS_JOURNAL.ID.desc());

    /** A territory's part of the journal about shared records, newest first (index {@code vss_journal_territory_newest_ix}, V22). */
    private static final List<SortField<?>> SHARED_NEWEST_FIRST = List.of(VSS_JOURNAL_TERRITORY.AT.desc(),
            VSS_JOURNAL_TERRITORY.JOURNAL_ID.desc());

    /** For a territory, the sum of its parts' counts, each counted in its index's range. */
    @Override
    public long count(JournalQuery query) {
        if (query.territory().isEmpty()) {
            return db.fetchCount(VSS_JOURNAL, filters(query));
        }
        long count = 0;
        for (Part part : parts(query.territory().get(), query, false)) {
            count += db.selectCount().from(part.from()).where(part.where()).fetchOne(0, Long.class);
        }
        return count;
    }

    @Override
    public List<String> actions(JournalQuery query, int limit) {
        if (query.territory().isEmpty()) {
            return db.selectDistinct(VSS_JOURNAL.ACTION).from(VSS_JOURNAL)
                    .where(filters(query))
                    .orderBy(VSS_JOURNAL.ACTION)
                    .limit(limit)
                    .fetch(VSS_JOURNAL.ACTION);
        }
        Table<Record> actions = union(parts(query.territory().get(), query, false), part -> List.of(VSS_JOURNAL.ACTION))
                .asTable("actions");
        Field<String> action = actions.field(VSS_JOURNAL.ACTION);
        return db.selectDistinct(action).from(actions).orderBy(action).limit(limit).fetch(action);
    }

    /** The {@code columns} of every part's rows, one after the other (in no order). */
    private Select<Record> union(List<Part> parts, java.util.function.Function<Part, List<Field<?>>> columns) {
        Select<Record> union = null;
        for (Part part : parts) {
            Select<Record> select = db.select(columns.apply(part)).from(part.from()).where(part.where());
            union = union == null ? select : union.unionAll(select);
        }
        return union;
    }

    @Override
    public int purge(Instant before) {
        Condition older = VSS_JOURNAL.AT.lt(before.atOffset(ZoneOffset.UTC));
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            db.fetch("select set_config('vss.journal_purge', 'retention', true)");
            return deleteOlder(older);
        }
        db.execute("set " + AppendOnlyTrigger.PURGE_VARIABLE + " = '" + AppendOnlyTrigger.PURGE + "'");
        try {
            return deleteOlder(older);
        } finally {
            db.execute("set " + AppendOnlyTrigger.PURGE_VARIABLE + " = null");
        }
    }

    /** The territories of the entries first (the triggers check their entry's age), then the entries. */
    private int deleteOlder(Condition older) {
        db.deleteFrom(VSS_JOURNAL_TERRITORY)
                .where(VSS_JOURNAL_TERRITORY.JOURNAL_ID.in(DSL.select(VSS_JOURNAL.ID).from(VSS_JOURNAL).where(older)))
                .execute();
        return db.deleteFrom(VSS_JOURNAL).where(older).execute();
    }

    /** Every criterion of {@code query} but its territory (see {@link #parts}). */
    private static List<Condition> filters(JournalQuery query) {
        List<Condition> conditions = new ArrayList<>();
        query.from().ifPresent(from -> conditions.add(VSS_JOURNAL.AT.ge(from.atOffset(ZoneOffset.UTC))));
        query.until().ifPresent(until -> conditions.add(VSS_JOURNAL.AT.lt(until.atOffset(ZoneOffset.UTC))));
        query.actor().ifPresent(actor -> conditions.add(VSS_JOURNAL.ACTOR.eq(actor)));
        query.action().ifPresent(action -> conditions.add(VSS_JOURNAL.ACTION.eq(action)));
        query.recordType().ifPresent(type -> conditions.add(VSS_JOURNAL.RECORD_TYPE.eq(type)));
        query.outcome().ifPresent(outcome -> conditions.add(VSS_JOURNAL.OUTCOME.eq(outcome.name())));
        query.person().ifPresent(person -> conditions.add(VSS_JOURNAL.ACTOR.eq(person)
                .or(VSS_JOURNAL.RECORD_TYPE.eq(AccountAdministration.SIGN_IN).and(VSS_JOURNAL.RECORD_ID.eq(person)))));
        if (conditions.isEmpty()) {
            conditions.add(DSL.noCondition());
        }
        return conditions;
    }

    /**
     * Where a part of a territory's journal is read: {@code from} filtered by {@code where}, in the
     * order of an index whose leading columns {@code fixed} the filter fixes, followed by
     * {@code order} (its instant and id, newest first).
     */
    private record Part(TableLike<?> from, Condition where, List<Field<?>> fixed, List<SortField<?>> order) {

        /**
         * The journal's columns, the instant and id taken from the columns {@code order} names, so
         * that the database knows each part's rows come in the order it merges them by.
         */
        List<Field<?>> columns() {
            Field<?> at = order.get(0).$field();
            Field<?> id = order.get(1).$field();
            return java.util.Arrays.stream(VSS_JOURNAL.fields())
                    .<Field<?>>map(field -> field.equals(VSS_JOURNAL.AT) && !at.equals(VSS_JOURNAL.AT)
                            ? at.as(VSS_JOURNAL.AT.getUnqualifiedName())
                            : field.equals(VSS_JOURNAL.ID) && !id.equals(VSS_JOURNAL.ID) ? id.as(VSS_JOURNAL.ID.getUnqualifiedName())
                            : field)
                    .toList();
        }
    }

    /**
     * A territory's journal in disjoint parts, each read in an index's order (V22): the entries
     * about its records; the entries about shared records that concerned it (and are neither
     * its own entries nor the sign-ins below); the sign-ins of the accounts holding a grant on it
     * (sign-ins carry no territory: an account may hold grants on several) — one part per account
     * when {@code accountByAccount} (to page: each account is a range of the index), else one.
     * Every other criterion of {@code query} holds in each part.
     */
    private List<Part> parts(TerritoryId territory, JournalQuery query, boolean accountByAccount) {
        UUID id = territory.value();
        Condition filters = DSL.and(filters(query));
        boolean signInsWanted = query.recordType().map(AccountAdministration.SIGN_IN::equals).orElse(true);
        List<String> accounts = signInsWanted ? accountsOf(territory) : List.of();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(VSS_JOURNAL, VSS_JOURNAL.TERRITORY_ID.eq(id).and(filters), List.of(VSS_JOURNAL.TERRITORY_ID),
                NEWEST_FIRST));
        Condition shared = VSS_JOURNAL_TERRITORY.TERRITORY_ID.eq(id)
                .and(VSS_JOURNAL.TERRITORY_ID.isNull().or(VSS_JOURNAL.TERRITORY_ID.ne(id)))
                .and(filters);
        shared = query.from().map(from -> VSS_JOURNAL_TERRITORY.AT.ge(from.atOffset(ZoneOffset.UTC))).orElse(DSL.noCondition())
                .and(query.until().map(until -> VSS_JOURNAL_TERRITORY.AT.lt(until.atOffset(ZoneOffset.UTC))).orElse(DSL.noCondition()))
                .and(shared);
        if (!accounts.isEmpty()) {
            shared = shared.andNot(VSS_JOURNAL.RECORD_TYPE.eq(AccountAdministration.SIGN_IN).and(VSS_JOURNAL.RECORD_ID.in(accounts)));
        }
        parts.add(new Part(VSS_JOURNAL_TERRITORY.join(VSS_JOURNAL).on(VSS_JOURNAL.ID.eq(VSS_JOURNAL_TERRITORY.JOURNAL_ID)),
                shared, List.of(VSS_JOURNAL_TERRITORY.TERRITORY_ID), SHARED_NEWEST_FIRST));
        Condition signIns = VSS_JOURNAL.RECORD_TYPE.eq(AccountAdministration.SIGN_IN)
                .and(VSS_JOURNAL.TERRITORY_ID.isNull().or(VSS_JOURNAL.TERRITORY_ID.ne(id)))
                .and(filters);
        if (accountByAccount) {
            accounts.forEach(account -> parts.add(new Part(VSS_JOURNAL, VSS_JOURNAL.RECORD_ID.eq(account).and(signIns),
                    List.of(VSS_JOURNAL.RECORD_TYPE, VSS_JOURNAL.RECORD_ID), NEWEST_FIRST)));
        } else if (!accounts.isEmpty()) {
            parts.add(new Part(VSS_JOURNAL, VSS_JOURNAL.RECORD_ID.in(accounts).and(signIns), List.of(), NEWEST_FIRST));
        }
        return parts;
    }

    /** The ids of the accounts holding a grant on {@code territory}, as sign-ins name them. */
    private List<String> accountsOf(TerritoryId territory) {
        return db.selectDistinct(VSS_ACCOUNT_GRANT.ACCOUNT_ID).from(VSS_ACCOUNT_GRANT)
                .where(VSS_ACCOUNT_GRANT.TERRITORY_ID.eq(territory.value()))
                .orderBy(VSS_ACCOUNT_GRANT.ACCOUNT_ID)
                .fetch(VSS_ACCOUNT_GRANT.ACCOUNT_ID).stream().map(UUID::toString).toList();
    }

    private static VssJournalRecord record(DSLContext context, JournalEntry entry) {
        VssJournalRecord record = context.newRecord(VSS_JOURNAL);
        record.setId(entry.id());
        record.setAt(entry.at().atOffset(ZoneOffset.UTC));
        record.setActor(entry.actor());
        record.setAction(entry.act().action());
        record.setRecordType(entry.act().recordType());
        record.setRecordId(entry.act().recordId().orElse(null));
        record.setTerritoryId(entry.act().territory().map(TerritoryId::value).orElse(null));
        record.setOutcome(entry.outcome().name());
        record.setReason(entry.reason().orElse(null));
        return record;
    }

    private static JournalEntry entry(VssJournalRecord r, Set<TerritoryId> concerned) {
        Act act = new Act(r.getAction(), r.getRecordType(), Optional.ofNullable(r.getRecordId()),
                Optional.ofNullable(r.getTerritoryId()).map(TerritoryId::new), concerned);
        return new JournalEntry(r.getId(), r.getAt().toInstant(), r.getActor(), act,
                Outcome.valueOf(r.getOutcome()), Optional.ofNullable(r.getReason()));
    }
}
