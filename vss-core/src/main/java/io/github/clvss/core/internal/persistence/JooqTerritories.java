package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_TERRITORY;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.internal.persistence.schema.Indexes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssTerritoryRecord;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Population;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Siret;
import io.github.clvss.core.territory.Territories;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** Territories in the {@code vss_territory} table. */
final class JooqTerritories implements Territories {

    private final DSLContext db;

    JooqTerritories(DSLContext db) {
        this.db = db;
    }

    @Override
    public Territory add(Territory territory) {
        Territory stored = new Territory(territory.id(), 1, territory.facts(), territory.provenance());
        db.executeInsert(record(stored));
        return stored;
    }

    @Override
    public Territory update(Territory territory) {
        Territory stored = new Territory(territory.id(), territory.version() + 1, territory.facts(), territory.provenance());
        VersionedRows.update(db, VSS_TERRITORY, record(stored), VSS_TERRITORY.ID, VSS_TERRITORY.VERSION, territory.version(), "territory");
        return stored;
    }

    @Override
    public Optional<Territory> find(TerritoryId id) {
        return db.selectFrom(VSS_TERRITORY).where(VSS_TERRITORY.ID.eq(id.value())).fetchOptional(JooqTerritories::territory);
    }

    @Override
    public Optional<Territory> findBySiren(Siren siren) {
        return db.selectFrom(VSS_TERRITORY).where(VSS_TERRITORY.SIREN.eq(siren.value())).fetchOptional(JooqTerritories::territory);
    }

    @Override
    public Optional<Territory> findByInseeCode(InseeCode code) {
        return db.selectFrom(VSS_TERRITORY).where(VSS_TERRITORY.INSEE_CODE.eq(code.value())).fetchOptional(JooqTerritories::territory);
    }

    @Override
    public List<Territory> list(Optional<Collection<TerritoryId>> among, Optional<String> name, PageRequest page) {
        List<SortField<?>> order = List.of(VSS_TERRITORY.NAME.asc(), VSS_TERRITORY.ID.asc());
        if (among.isPresent()) {
            // the few territories of an account's grants: read by their ids, then sorted
            return Seek.page(db, VSS_TERRITORY, among(among).and(nameHolds(name)), VSS_TERRITORY.ID, List.of(), order, page)
                    .map(JooqTerritories::territory);
        }
        return Seek.page(db, VSS_TERRITORY, Indexes.VSS_TERRITORY_NAME_IX, nameHolds(name), VSS_TERRITORY.ID, List.of(), order, page)
                .map(JooqTerritories::territory);
    }

    @Override
    public long count(Optional<Collection<TerritoryId>> among, Optional<String> name) {
        return db.fetchCount(VSS_TERRITORY, among(among).and(nameHolds(name)));
    }

    /**
     * The names that hold the text, ignoring case: read along the name index, or, for a text few
     * names hold, those few rows sorted (PostgreSQL's choice, the cheaper one then).
     */
    private static Condition nameHolds(Optional<String> name) {
        return name.filter(text -> !text.isBlank()).map(text -> VSS_TERRITORY.NAME.containsIgnoreCase(text.strip()))
                .orElse(DSL.noCondition());
    }

    private static Condition among(Optional<Collection<TerritoryId>> among) {
        return among.map(ids -> VSS_TERRITORY.ID.in(ids.stream().map(TerritoryId::value).toList()))
                .orElse(DSL.noCondition());
    }

    private VssTerritoryRecord record(Territory territory) {
        TerritoryFacts facts = territory.facts();
        VssTerritoryRecord record = db.newRecord(VSS_TERRITORY);
        record.setId(territory.id().value());
        record.setVersion(territory.version());
        record.setKind(facts.kind().name());
        record.setName(facts.name());
        record.setInseeCode(facts.inseeCode().map(InseeCode::value).orElse(null));
        record.setDepartment(facts.department().value());
        record.setSiren(facts.siren().value());
        record.setSiret(facts.siret().map(Siret::value).orElse(null));
        record.setPopulation(facts.population().map(Population::inhabitants).orElse(null));
        record.setPopulationYear(facts.population().map(p -> p.year().getValue()).orElse(null));
        record.setTimeZone(facts.timeZone().getId());
        record.setProvenance(territory.provenance().name());
        return record;
    }

    private static Territory territory(VssTerritoryRecord r) {
        Optional<Population> population = Optional.ofNullable(r.getPopulation())
                .map(inhabitants -> new Population(inhabitants, Year.of(r.getPopulationYear())));
        TerritoryFacts facts = new TerritoryFacts(
                TerritoryKind.valueOf(r.getKind()),
                r.getName(),
                Optional.ofNullable(r.getInseeCode()).map(InseeCode::new),
                new DepartmentCode(r.getDepartment()),
                new Siren(r.getSiren()),
                Optional.ofNullable(r.getSiret()).map(Siret::new),
                population,
                ZoneId.of(r.getTimeZone()));
        return new Territory(new TerritoryId(r.getId()), r.getVersion(), facts, Provenance.valueOf(r.getProvenance()));
    }
}
