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
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

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
                    .execute();
        }
    }

    @Override
    public List<JournalEntry> find(JournalQuery query, PageRequest page) {
        List<VssJournalRecord> rows = Seek.page(db, VSS_JOURNAL, DSL.and(conditions(query)), VSS_JOURNAL.ID, List.of(),
                NEWEST_FIRST, page);
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
     * One query: the entries joined to the territories they concern, ordered by entry, so that the
     * rows of one entry follow each other and make one entry when the next entry's row comes.
     */
    @Override
    public void each(JournalQuery query, java.util.function.Consumer<JournalEntry> each) {
        try (Cursor<Record> rows = db.select(VSS_JOURNAL.fields()).select(VSS_JOURNAL_TERRITORY.TERRITORY_ID)
                .from(VSS_JOURNAL)
                .leftJoin(VSS_JOURNAL_TERRITORY).on(VSS_JOURNAL_TERRITORY.JOURNAL_ID.eq(VSS_JOURNAL.ID))
                .where(conditions(query))
                .orderBy(VSS_JOURNAL.AT.desc(), VSS_JOURNAL.ID.desc())
                .fetchSize(Streaming.FETCH_SIZE)
                .fetchLazy()) {
            VssJournalRecord pending = null;
            Set<TerritoryId> concerned = new HashSet<>();
            for (Record row : rows) {
                VssJournalRecord entry = row.into(VSS_JOURNAL);
                if (pending != null && !pending.getId().equals(entry.getId())) {
                    each.accept(entry(pending, concerned));
                    concerned = new HashSet<>();
                }
                pending = entry;
                UUID territory = row.get(VSS_JOURNAL_TERRITORY.TERRITORY_ID);
                if (territory != null) {
                    concerned.add(new TerritoryId(territory));
                }
            }
            if (pending != null) {
                each.accept(entry(pending, concerned));
            }
        }
    }
    /** Newest first: the order of the index {@code vss_journal_newest_ix} (V20). */
    private static final List<org.jooq.SortField<?>> NEWEST_FIRST = List.of(VSS_JOURNAL.AT.desc(), VSS_JOURNAL.ID.desc());

    @Override
    public long count(JournalQuery query) {
        return db.fetchCount(VSS_JOURNAL, conditions(query));
    }

    @Override
    public List<String> actions(JournalQuery query, int limit) {
        return db.selectDistinct(VSS_JOURNAL.ACTION).from(VSS_JOURNAL)
                .where(conditions(query))
                .orderBy(VSS_JOURNAL.ACTION)
                .limit(limit)
                .fetch(VSS_JOURNAL.ACTION);
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

    private static List<Condition> conditions(JournalQuery query) {
        List<Condition> conditions = new ArrayList<>();
        query.territory().ifPresent(t -> conditions.add(ofTerritory(t)));
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
     * The territory's entries, the entries about shared records that concerned it, and the
     * sign-ins of the accounts holding a grant on it (sign-ins carry no territory: an account may
     * hold grants on several).
     */
    private static Condition ofTerritory(TerritoryId territory) {
        return VSS_JOURNAL.TERRITORY_ID.eq(territory.value())
                .or(VSS_JOURNAL.ID.in(DSL.select(VSS_JOURNAL_TERRITORY.JOURNAL_ID).from(VSS_JOURNAL_TERRITORY)
                        .where(VSS_JOURNAL_TERRITORY.TERRITORY_ID.eq(territory.value()))))
                .or(VSS_JOURNAL.RECORD_TYPE.eq(AccountAdministration.SIGN_IN).and(VSS_JOURNAL.RECORD_ID.in(
                        DSL.select(VSS_ACCOUNT_GRANT.ACCOUNT_ID.cast(SQLDataType.VARCHAR(100)))
                                .from(VSS_ACCOUNT_GRANT)
                                .where(VSS_ACCOUNT_GRANT.TERRITORY_ID.eq(territory.value())))));
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
