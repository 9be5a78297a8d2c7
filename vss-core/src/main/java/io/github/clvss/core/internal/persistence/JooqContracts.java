package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CONTRACT;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.Contracts;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssContractRecord;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Contracts in the {@code vss_contract} table. */
final class JooqContracts implements Contracts {

    private final DSLContext db;

    JooqContracts(DSLContext db) {
        this.db = db;
    }

    @Override
    public Contract add(Contract contract) {
        Contract stored = withVersion(contract, 1);
        db.executeInsert(record(stored));
        return stored;
    }

    @Override
    public Contract update(Contract contract) {
        Contract stored = withVersion(contract, contract.version() + 1);
        VersionedRows.update(db, VSS_CONTRACT, record(stored), VSS_CONTRACT.ID, VSS_CONTRACT.VERSION, contract.version(), "contract");
        return stored;
    }

    @Override
    public void remove(ContractId id) {
        JooqContractTexts.remove(db, id.value(), Optional.empty());
        JooqContractActs.remove(db, id.value());
        JooqMeetings.remove(db, id.value());
        JooqActions.remove(db, id.value());
        JooqObligations.remove(db, id.value());
        JooqIndicators.remove(db, id.value());
        db.deleteFrom(VSS_CONTRACT).where(VSS_CONTRACT.ID.eq(id.value())).execute();
    }

    @Override
    public Optional<Contract> find(ContractId id) {
        return db.selectFrom(VSS_CONTRACT).where(VSS_CONTRACT.ID.eq(id.value())).fetchOptional(JooqContracts::contract);
    }

    @Override
    public List<Contract> list(TerritoryId territory, PageRequest page) {
        return db.selectFrom(VSS_CONTRACT)
                .where(VSS_CONTRACT.TERRITORY_ID.eq(territory.value()))
                .orderBy(VSS_CONTRACT.ID.desc())
                .offset(page.offset())
                .limit(page.limit())
                .fetch(JooqContracts::contract);
    }

    @Override
    public long count(TerritoryId territory) {
        return db.fetchCount(VSS_CONTRACT, VSS_CONTRACT.TERRITORY_ID.eq(territory.value()));
    }

    private static Contract withVersion(Contract c, long version) {
        return new Contract(c.id(), version, c.territory(), c.title(), c.startDate(), c.endDate(), c.provenance());
    }

    private VssContractRecord record(Contract contract) {
        VssContractRecord record = db.newRecord(VSS_CONTRACT);
        record.setId(contract.id().value());
        record.setVersion(contract.version());
        record.setTerritoryId(contract.territory().value());
        record.setTitle(contract.title());
        record.setStartDate(contract.startDate().orElse(null));
        record.setEndDate(contract.endDate().orElse(null));
        record.setProvenance(contract.provenance().name());
        return record;
    }

    private static Contract contract(VssContractRecord r) {
        return new Contract(
                new ContractId(r.getId()),
                r.getVersion(),
                new TerritoryId(r.getTerritoryId()),
                r.getTitle(),
                Optional.ofNullable(r.getStartDate()),
                Optional.ofNullable(r.getEndDate()),
                Provenance.valueOf(r.getProvenance()));
    }
}
