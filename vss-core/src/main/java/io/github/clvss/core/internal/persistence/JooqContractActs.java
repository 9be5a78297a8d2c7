package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CONTRACT_ACT;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.ContractAct;
import io.github.clvss.core.contract.ContractActs;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssContractActRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Contract acts in {@code vss_contract_act}, one row per act, numbered in the order they came. */
final class JooqContractActs implements ContractActs {

    private final DSLContext db;

    JooqContractActs(DSLContext db) {
        this.db = db;
    }

    @Override
    public void append(ContractId contract, ContractAct act) {
        Integer last = db.select(DSL.max(VSS_CONTRACT_ACT.SEQ)).from(VSS_CONTRACT_ACT)
                .where(VSS_CONTRACT_ACT.CONTRACT_ID.eq(contract.value())).fetchOne(0, Integer.class);
        VssContractActRecord row = db.newRecord(VSS_CONTRACT_ACT);
        row.setContractId(contract.value());
        row.setSeq(last == null ? 1 : last + 1);
        row.setActDate(act.on());
        switch (act) {
            case ContractAct.Approved a -> {
                row.setKind("APPROVED");
                row.setDeliberationId(a.deliberation().value());
                row.setTextVersion(1);
            }
            case ContractAct.Signed s -> {
                row.setKind("SIGNED");
                row.setPartnerId(s.partner().value());
                row.setTextVersion(s.textVersion());
            }
            case ContractAct.Terminated t -> {
                row.setKind("TERMINATED");
                row.setReason(t.reason());
            }
            case ContractAct.Amended a -> {
                row.setKind("AMENDED");
                row.setDeliberationId(a.deliberation().value());
                row.setTextVersion(a.textVersion());
            }
            case ContractAct.Renewed r -> {
                row.setKind("RENEWED");
                row.setSuccessorId(r.successor().value());
            }
        }
        db.executeInsert(row);
    }

    @Override
    public List<ContractAct> of(ContractId contract) {
        return db.selectFrom(VSS_CONTRACT_ACT).where(VSS_CONTRACT_ACT.CONTRACT_ID.eq(contract.value()))
                .orderBy(VSS_CONTRACT_ACT.SEQ).fetch(JooqContractActs::act);
    }

    @Override
    public Optional<ContractId> renewed(ContractId successor) {
        return db.select(VSS_CONTRACT_ACT.CONTRACT_ID).from(VSS_CONTRACT_ACT)
                .where(VSS_CONTRACT_ACT.KIND.eq("RENEWED"))
                .and(VSS_CONTRACT_ACT.SUCCESSOR_ID.eq(successor.value()))
                .fetchOptional(VSS_CONTRACT_ACT.CONTRACT_ID).map(ContractId::new);
    }

    @Override
    public void removeAll(ContractId contract) {
        remove(db, contract.value());
    }

    /** Removes a contract's acts, with the contract itself (a replace import). */
    static void remove(DSLContext db, UUID contract) {
        db.deleteFrom(VSS_CONTRACT_ACT).where(VSS_CONTRACT_ACT.CONTRACT_ID.eq(contract)).execute();
    }

    private static ContractAct act(VssContractActRecord r) {
        return switch (r.getKind()) {
            case "APPROVED" -> new ContractAct.Approved(new DeliberationId(r.getDeliberationId()), r.getActDate());
            case "SIGNED" -> new ContractAct.Signed(new PartnerId(r.getPartnerId()), r.getActDate(), r.getTextVersion());
            case "TERMINATED" -> new ContractAct.Terminated(r.getActDate(), r.getReason());
            case "AMENDED" -> new ContractAct.Amended(new DeliberationId(r.getDeliberationId()), r.getActDate(),
                    r.getTextVersion());
            case "RENEWED" -> new ContractAct.Renewed(new ContractId(r.getSuccessorId()), r.getActDate());
            default -> throw new IllegalStateException("unknown contract act " + r.getKind());
        };
    }
}
