package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_REFERENT;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssReferentRecord;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentDetails;
import io.github.clvss.core.partner.ReferentId;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.partner.Referents;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Référents in {@code vss_referent}; an erased one has no name, function or contact left. */
final class JooqReferents implements Referents {

    private final DSLContext db;

    JooqReferents(DSLContext db) {
        this.db = db;
    }

    @Override
    public Referent add(Referent referent) {
        Referent stored = withVersion(referent, 1);
        db.executeInsert(record(stored));
        return stored;
    }

    @Override
    public Referent update(Referent referent) {
        Referent stored = withVersion(referent, referent.version() + 1);
        VersionedRows.update(db, VSS_REFERENT, record(stored), VSS_REFERENT.ID, VSS_REFERENT.VERSION, referent.version(), "referent");
        return stored;
    }

    @Override
    public List<Referent> addAll(List<Referent> added) {
        List<Referent> stored = added.stream().map(r -> withVersion(r, 1)).toList();
        Batches.insert(db, stored.stream().map(this::record).toList());
        return stored;
    }

    @Override
    public void updateAll(List<Referent> changed) {
        Batches.update(db, VSS_REFERENT, changed.stream().map(r -> record(withVersion(r, r.version() + 1))).toList(),
                changed.stream().map(Referent::version).toList(), VSS_REFERENT.ID, VSS_REFERENT.VERSION, "referent");
    }

    @Override
    public void removeAll(Collection<ReferentId> ids) {
        if (!ids.isEmpty()) {
            db.deleteFrom(VSS_REFERENT).where(Batches.among(db, VSS_REFERENT.ID, ids.stream().map(ReferentId::value).toList()))
                    .execute();
        }
    }

    @Override
    public Map<ReferentId, Referent> findAll(Collection<ReferentId> ids) {
        Map<ReferentId, Referent> found = new HashMap<>();
        if (!ids.isEmpty()) {
            db.selectFrom(VSS_REFERENT).where(Batches.among(db, VSS_REFERENT.ID, ids.stream().map(ReferentId::value).toList()))
                    .forEach(row -> found.put(new ReferentId(row.getId()), referent(row)));
        }
        return found;
    }

    @Override
    public void remove(ReferentId id) {
        db.deleteFrom(VSS_REFERENT).where(VSS_REFERENT.ID.eq(id.value())).execute();
    }

    @Override
    public Optional<Referent> find(ReferentId id) {
        return db.selectFrom(VSS_REFERENT).where(VSS_REFERENT.ID.eq(id.value())).fetchOptional(JooqReferents::referent);
    }

    /**
     * By name (erased référents, which have none, last), then id: the order of the index
     * {@code vss_referent_name_ix} (V20), read from the page's first row on.
     */
    @Override
    public List<Referent> list(ReferentQuery query, LocalDate today, PageRequest page) {
        return Seek.pageNullsLast(db, VSS_REFERENT, conditions(query, today), VSS_REFERENT.ID, List.of(VSS_REFERENT.TERRITORY_ID),
                VSS_REFERENT.NAME.asc(), VSS_REFERENT.ID.asc(), page).map(JooqReferents::referent);
    }

    @Override
    public void each(ReferentQuery query, LocalDate today, Consumer<Referent> each) {
        try (Cursor<VssReferentRecord> rows = db.selectFrom(VSS_REFERENT)
                .where(conditions(query, today))
                .orderBy(VSS_REFERENT.TERRITORY_ID, VSS_REFERENT.NAME.asc().nullsLast(), VSS_REFERENT.ID)
                .fetchSize(Streaming.FETCH_SIZE)
                .fetchLazy()) {
            rows.forEach(row -> each.accept(referent(row)));
        }
    }

    @Override
    public void eachOf(io.github.clvss.core.access.PartnerId partner, Consumer<Referent> each) {
        try (Cursor<VssReferentRecord> rows = db.selectFrom(VSS_REFERENT)
                .where(VSS_REFERENT.PARTNER_ID.eq(partner.value()))
                .orderBy(VSS_REFERENT.ID)
                .fetchSize(Streaming.FETCH_SIZE)
                .fetchLazy()) {
            rows.forEach(row -> each.accept(referent(row)));
        }
    }

    @Override
    public long count(ReferentQuery query, LocalDate today) {
        return db.fetchCount(VSS_REFERENT, conditions(query, today));
    }

    private static Condition conditions(ReferentQuery query, LocalDate today) {
        Condition condition = VSS_REFERENT.TERRITORY_ID.eq(query.territory().value());
        if (query.partner().isPresent()) {
            condition = condition.and(VSS_REFERENT.PARTNER_ID.eq(query.partner().get().value()));
        }
        if (query.text().filter(t -> !t.isBlank()).isPresent()) {
            String text = query.text().get().strip();
            condition = condition.and(VSS_REFERENT.NAME.containsIgnoreCase(text).or(VSS_REFERENT.FUNCTION_TITLE.containsIgnoreCase(text)));
        }
        if (query.currentOnly()) {
            condition = condition.and(current(today));
        }
        return condition;
    }

    private static Condition current(LocalDate today) {
        Field<LocalDate> day = DSL.val(today);
        return VSS_REFERENT.NAME.isNotNull()
                .and(VSS_REFERENT.UNTIL_DATE.isNull().or(VSS_REFERENT.UNTIL_DATE.ge(day)))
                .and(VSS_REFERENT.FROM_DATE.isNull().or(VSS_REFERENT.FROM_DATE.le(day)));
    }

    private static Referent withVersion(Referent r, long version) {
        return new Referent(r.id(), version, r.partner(), r.territory(), r.details(), r.from(), r.until(), r.main(), r.provenance());
    }

    private VssReferentRecord record(Referent referent) {
        VssReferentRecord r = db.newRecord(VSS_REFERENT);
        r.setId(referent.id().value());
        r.setVersion(referent.version());
        r.setPartnerId(referent.partner().value());
        r.setTerritoryId(referent.territory().value());
        Optional<ReferentDetails> d = referent.details();
        r.setName(d.map(ReferentDetails::name).orElse(null));
        r.setFunctionTitle(d.map(ReferentDetails::function).orElse(null));
        r.setPhone(d.flatMap(ReferentDetails::phone).map(PhoneNumber::value).orElse(null));
        r.setEmail(d.flatMap(ReferentDetails::email).map(EmailAddress::value).orElse(null));
        r.setAvailability(d.flatMap(ReferentDetails::availability).orElse(null));
        r.setFromDate(referent.from().orElse(null));
        r.setUntilDate(referent.until().orElse(null));
        r.setMain(referent.main());
        r.setProvenance(referent.provenance().name());
        return r;
    }

    private static Referent referent(VssReferentRecord r) {
        Optional<ReferentDetails> details = Optional.ofNullable(r.getName()).map(name -> new ReferentDetails(name,
                r.getFunctionTitle(), Optional.ofNullable(r.getPhone()).map(PhoneNumber::new),
                Optional.ofNullable(r.getEmail()).map(EmailAddress::new), Optional.ofNullable(r.getAvailability())));
        return new Referent(new ReferentId(r.getId()), r.getVersion(), new PartnerId(r.getPartnerId()),
                new TerritoryId(r.getTerritoryId()), details, Optional.ofNullable(r.getFromDate()),
                Optional.ofNullable(r.getUntilDate()), r.getMain(), Provenance.valueOf(r.getProvenance()));
    }
}
