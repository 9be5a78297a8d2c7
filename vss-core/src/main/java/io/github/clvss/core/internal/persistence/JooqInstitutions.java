package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_INSTITUTION;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING_GUEST;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_PARTNER;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.Institutions;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssInstitutionRecord;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.Siret;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Institutions in the {@code vss_institution} table. */
final class JooqInstitutions implements Institutions {

    private final DSLContext db;

    JooqInstitutions(DSLContext db) {
        this.db = db;
    }

    @Override
    public Institution add(Institution institution) {
        Institution stored = withVersion(institution, 1);
        db.executeInsert(record(stored));
        return stored;
    }

    @Override
    public Institution update(Institution institution) {
        Institution stored = withVersion(institution, institution.version() + 1);
        VersionedRows.update(db, VSS_INSTITUTION, record(stored), VSS_INSTITUTION.ID, VSS_INSTITUTION.VERSION, institution.version(), "institution");
        // the partners keep their institution's name, for the index their list reads
        db.update(VSS_PARTNER).set(VSS_PARTNER.INSTITUTION_NAME, stored.name())
                .where(VSS_PARTNER.INSTITUTION_ID.eq(stored.id().value()).and(VSS_PARTNER.INSTITUTION_NAME.ne(stored.name()))).execute();
        return stored;
    }

    @Override
    public Optional<Institution> find(InstitutionId id) {
        return db.selectFrom(VSS_INSTITUTION).where(VSS_INSTITUTION.ID.eq(id.value())).fetchOptional(JooqInstitutions::institution);
    }

    @Override
    public Optional<Institution> findBySiret(Siret siret) {
        return db.selectFrom(VSS_INSTITUTION).where(VSS_INSTITUTION.SIRET.eq(siret.value())).fetchOptional(JooqInstitutions::institution);
    }

    @Override
    public List<Institution> list(Optional<String> nameContains, PageRequest page) {
        return Seek.page(db, VSS_INSTITUTION, nameContains(nameContains), VSS_INSTITUTION.ID, List.of(),
                List.of(VSS_INSTITUTION.NAME.asc(), VSS_INSTITUTION.ID.asc()), page).map(JooqInstitutions::institution);
    }

    @Override
    public long count(Optional<String> nameContains) {
        return db.fetchCount(VSS_INSTITUTION, nameContains(nameContains));
    }

    @Override
    public Set<TerritoryId> territoriesUsing(InstitutionId id) {
        return db.selectDistinct(VSS_PARTNER.TERRITORY_ID).from(VSS_PARTNER).where(VSS_PARTNER.INSTITUTION_ID.eq(id.value()))
                .union(DSL.selectDistinct(VSS_MEETING.TERRITORY_ID).from(VSS_MEETING_GUEST)
                        .join(VSS_MEETING).on(VSS_MEETING.ID.eq(VSS_MEETING_GUEST.MEETING_ID))
                        .where(VSS_MEETING_GUEST.INSTITUTION_ID.eq(id.value())))
                .fetch(r -> new TerritoryId(r.value1()))
                .stream().collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Institution> findAll(java.util.Collection<InstitutionId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(VSS_INSTITUTION).where(VSS_INSTITUTION.ID.in(ids.stream().map(InstitutionId::value).toList()))
                .orderBy(VSS_INSTITUTION.NAME, VSS_INSTITUTION.ID)
                .fetch(JooqInstitutions::institution);
    }

    @Override
    public List<Institution> usedBy(TerritoryId territory, Sector sector) {
        var used = DSL.select(VSS_PARTNER.INSTITUTION_ID).from(VSS_PARTNER).where(VSS_PARTNER.TERRITORY_ID.eq(territory.value()))
                .union(DSL.select(VSS_MEETING_GUEST.INSTITUTION_ID).from(VSS_MEETING_GUEST)
                        .join(VSS_MEETING).on(VSS_MEETING.ID.eq(VSS_MEETING_GUEST.MEETING_ID))
                        .where(VSS_MEETING.TERRITORY_ID.eq(territory.value())));
        return db.selectFrom(VSS_INSTITUTION)
                .where(VSS_INSTITUTION.SECTOR.eq(sector.name()).and(VSS_INSTITUTION.ID.in(used)))
                .orderBy(VSS_INSTITUTION.NAME, VSS_INSTITUTION.ID)
                .fetch(JooqInstitutions::institution);
    }

    private static Condition nameContains(Optional<String> text) {
        return text.filter(t -> !t.isBlank()).map(t -> VSS_INSTITUTION.NAME.containsIgnoreCase(t.strip()))
                .orElse(DSL.noCondition());
    }

    private static Institution withVersion(Institution i, long version) {
        return new Institution(i.id(), version, i.name(), i.sector(), i.siret(), i.parent(), i.provenance());
    }

    private VssInstitutionRecord record(Institution institution) {
        VssInstitutionRecord record = db.newRecord(VSS_INSTITUTION);
        record.setId(institution.id().value());
        record.setVersion(institution.version());
        record.setName(institution.name());
        record.setSector(institution.sector().name());
        record.setSiret(institution.siret().map(Siret::value).orElse(null));
        record.setParentId(institution.parent().map(InstitutionId::value).orElse(null));
        record.setProvenance(institution.provenance().name());
        return record;
    }

    private static Institution institution(VssInstitutionRecord r) {
        return new Institution(
                new InstitutionId(r.getId()),
                r.getVersion(),
                r.getName(),
                Sector.valueOf(r.getSector()),
                Optional.ofNullable(r.getSiret()).map(Siret::new),
                Optional.ofNullable(r.getParentId()).map(InstitutionId::new),
                Provenance.valueOf(r.getProvenance()));
    }
}
