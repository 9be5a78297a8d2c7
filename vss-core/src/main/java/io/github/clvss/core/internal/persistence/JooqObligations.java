package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_OBLIGATION;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_OBLIGATION_NOTICE;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.followup.Obligation;
import io.github.clvss.core.followup.ObligationKind;
import io.github.clvss.core.followup.Obligations;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssObligationRecord;
import io.github.clvss.core.shared.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Recurring obligations in {@code vss_obligation}, keyed by contract and commitment; overdue notices in {@code vss_obligation_notice}. */
final class JooqObligations implements Obligations {

    private final DSLContext db;

    JooqObligations(DSLContext db) {
        this.db = db;
    }

    @Override
    public void put(Obligation obligation) {
        VssObligationRecord r = db.newRecord(VSS_OBLIGATION);
        r.setContractId(obligation.contract().value());
        r.setCommitmentId(obligation.commitment());
        r.setTerritoryId(obligation.territory().value());
        r.setKind(obligation.kind().name());
        r.setEveryMonths(obligation.everyMonths());
        r.setCountedFrom(obligation.countedFrom());
        r.setProvenance(obligation.provenance().name());
        int updated = db.update(VSS_OBLIGATION).set(r)
                .where(VSS_OBLIGATION.CONTRACT_ID.eq(r.getContractId()).and(VSS_OBLIGATION.COMMITMENT_ID.eq(r.getCommitmentId())))
                .execute();
        if (updated == 0) {
            db.executeInsert(r);
        }
    }

    @Override
    public void remove(ContractId contract, String commitment) {
        db.deleteFrom(VSS_OBLIGATION_NOTICE).where(VSS_OBLIGATION_NOTICE.CONTRACT_ID.eq(contract.value()))
                .and(VSS_OBLIGATION_NOTICE.COMMITMENT_ID.eq(commitment)).execute();
        db.deleteFrom(VSS_OBLIGATION).where(VSS_OBLIGATION.CONTRACT_ID.eq(contract.value()))
                .and(VSS_OBLIGATION.COMMITMENT_ID.eq(commitment)).execute();
    }

    @Override
    public Optional<Obligation> find(ContractId contract, String commitment) {
        return db.selectFrom(VSS_OBLIGATION).where(VSS_OBLIGATION.CONTRACT_ID.eq(contract.value()))
                .and(VSS_OBLIGATION.COMMITMENT_ID.eq(commitment)).fetchOptional(JooqObligations::obligation);
    }

    @Override
    public List<Obligation> of(ContractId contract) {
        return db.selectFrom(VSS_OBLIGATION).where(VSS_OBLIGATION.CONTRACT_ID.eq(contract.value()))
                .orderBy(VSS_OBLIGATION.COMMITMENT_ID).fetch(JooqObligations::obligation);
    }

    @Override
    public boolean noteOverdueNotice(ContractId contract, String commitment, LocalDate due, Instant at) {
        // one statement that writes nothing when the notice is there already, also when another
        // instance notes it at the same moment (no refused insert that would spoil the transaction)
        return db.insertInto(VSS_OBLIGATION_NOTICE).set(VSS_OBLIGATION_NOTICE.CONTRACT_ID, contract.value())
                .set(VSS_OBLIGATION_NOTICE.COMMITMENT_ID, commitment).set(VSS_OBLIGATION_NOTICE.DUE_DATE, due)
                .set(VSS_OBLIGATION_NOTICE.NOTIFIED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(VSS_OBLIGATION_NOTICE.CONTRACT_ID, VSS_OBLIGATION_NOTICE.COMMITMENT_ID,
                        VSS_OBLIGATION_NOTICE.DUE_DATE)
                .doNothing()
                .execute() == 1;
    }

    @Override
    public void removeAll(ContractId contract) {
        remove(db, contract.value());
    }

    /** Removes a contract's obligations and their notices. */
    static void remove(DSLContext db, UUID contract) {
        db.deleteFrom(VSS_OBLIGATION_NOTICE).where(VSS_OBLIGATION_NOTICE.CONTRACT_ID.eq(contract)).execute();
        db.deleteFrom(VSS_OBLIGATION).where(VSS_OBLIGATION.CONTRACT_ID.eq(contract)).execute();
    }

    private static Obligation obligation(VssObligationRecord r) {
        return new Obligation(new TerritoryId(r.getTerritoryId()), new ContractId(r.getContractId()), r.getCommitmentId(),
                ObligationKind.valueOf(r.getKind()), r.getEveryMonths(), r.getCountedFrom(), Provenance.valueOf(r.getProvenance()));
    }
}
