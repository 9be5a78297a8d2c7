package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACCOUNT_GRANT;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_JOURNAL;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssJournalRecord;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Journal;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.PageRequest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The audit journal in the {@code vss_journal} table. This class only inserts and selects;
 * the database refuses updates and deletes (see the V1_1 migrations).
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
        db.executeInsert(record(db, entry));
    }

    @Override
    public void appendIndependently(JournalEntry entry) {
        independent.executeInsert(record(independent, entry));
    }

    @Override
    public List<JournalEntry> find(JournalQuery query, PageRequest page) {
        return db.selectFrom(VSS_JOURNAL)
                .where(conditions(query))
                .orderBy(VSS_JOURNAL.AT.desc(), VSS_JOURNAL.ID.desc())
                .offset(page.offset())
                .limit(page.limit())
                .fetch(JooqJournal::entry);
    }

    @Override
    public long count(JournalQuery query) {
        return db.fetchCount(VSS_JOURNAL, conditions(query));
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
     * The territory's entries, and the sign-ins of the accounts holding a grant on it (sign-ins
     * carry no territory: an account may hold grants on several).
     */
    private static Condition ofTerritory(TerritoryId territory) {
        return VSS_JOURNAL.TERRITORY_ID.eq(territory.value())
                .or(VSS_JOURNAL.RECORD_TYPE.eq(AccountAdministration.SIGN_IN).and(VSS_JOURNAL.RECORD_ID.in(
                        DSL.selectDistinct(VSS_ACCOUNT_GRANT.ACCOUNT_ID.cast(SQLDataType.VARCHAR(100)))
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

    private static JournalEntry entry(VssJournalRecord r) {
        Act act = new Act(r.getAction(), r.getRecordType(), Optional.ofNullable(r.getRecordId()),
                Optional.ofNullable(r.getTerritoryId()).map(TerritoryId::new));
        return new JournalEntry(r.getId(), r.getAt().toInstant(), r.getActor(), act,
                Outcome.valueOf(r.getOutcome()), Optional.ofNullable(r.getReason()));
    }
}
