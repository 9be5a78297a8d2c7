package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CONTRACT_ANNEX;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CONTRACT_AXIS;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CONTRACT_COMMITMENT;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CONTRACT_REFERENCE;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CONTRACT_TEXT;

import io.github.clvss.core.contract.Annex;
import io.github.clvss.core.contract.Axis;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.ContractTexts;
import io.github.clvss.core.contract.LegalReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Contract texts in normalized tables, one set of rows per text version: {@code vss_contract_text}
 * (the preamble), then its references, axes, commitments and annexes by position.
 */
final class JooqContractTexts implements ContractTexts {

    private final DSLContext db;

    JooqContractTexts(DSLContext db) {
        this.db = db;
    }

    @Override
    public void put(ContractId contract, int version, ContractText text) {
        UUID id = contract.value();
        remove(db, id, Optional.of(version));
        db.insertInto(VSS_CONTRACT_TEXT, VSS_CONTRACT_TEXT.CONTRACT_ID, VSS_CONTRACT_TEXT.TEXT_VERSION,
                VSS_CONTRACT_TEXT.PREAMBLE).values(id, version, text.preamble()).execute();
        for (int i = 0; i < text.references().size(); i++) {
            LegalReference reference = text.references().get(i);
            db.insertInto(VSS_CONTRACT_REFERENCE)
                    .set(VSS_CONTRACT_REFERENCE.CONTRACT_ID, id)
                    .set(VSS_CONTRACT_REFERENCE.TEXT_VERSION, version)
                    .set(VSS_CONTRACT_REFERENCE.POSITION, i)
                    .set(VSS_CONTRACT_REFERENCE.KIND, reference.kind().name())
                    .set(VSS_CONTRACT_REFERENCE.TITLE, reference.title())
                    .set(VSS_CONTRACT_REFERENCE.REF_NUMBER, reference.number().orElse(null))
                    .set(VSS_CONTRACT_REFERENCE.REF_DATE, reference.date().orElse(null))
                    .execute();
        }
        for (int i = 0; i < text.axes().size(); i++) {
            Axis axis = text.axes().get(i);
            db.insertInto(VSS_CONTRACT_AXIS)
                    .set(VSS_CONTRACT_AXIS.CONTRACT_ID, id)
                    .set(VSS_CONTRACT_AXIS.TEXT_VERSION, version)
                    .set(VSS_CONTRACT_AXIS.POSITION, i)
                    .set(VSS_CONTRACT_AXIS.AXIS_NUMBER, axis.number().orElse(null))
                    .set(VSS_CONTRACT_AXIS.TITLE, axis.title())
                    .execute();
            for (int j = 0; j < axis.commitments().size(); j++) {
                Commitment commitment = axis.commitments().get(j);
                db.insertInto(VSS_CONTRACT_COMMITMENT)
                        .set(VSS_CONTRACT_COMMITMENT.CONTRACT_ID, id)
                        .set(VSS_CONTRACT_COMMITMENT.TEXT_VERSION, version)
                        .set(VSS_CONTRACT_COMMITMENT.AXIS_POSITION, i)
                        .set(VSS_CONTRACT_COMMITMENT.POSITION, j)
                        .set(VSS_CONTRACT_COMMITMENT.COMMITMENT_ID, commitment.id())
                        .set(VSS_CONTRACT_COMMITMENT.BODY, commitment.text())
                        .execute();
            }
        }
        for (int i = 0; i < text.annexes().size(); i++) {
            Annex annex = text.annexes().get(i);
            db.insertInto(VSS_CONTRACT_ANNEX)
                    .set(VSS_CONTRACT_ANNEX.CONTRACT_ID, id)
                    .set(VSS_CONTRACT_ANNEX.TEXT_VERSION, version)
                    .set(VSS_CONTRACT_ANNEX.POSITION, i)
                    .set(VSS_CONTRACT_ANNEX.TITLE, annex.title())
                    .set(VSS_CONTRACT_ANNEX.BODY, annex.text())
                    .execute();
        }
    }

    @Override
    public Optional<ContractText> find(ContractId contract, int version) {
        return Optional.ofNullable(read(contract.value(), Optional.of(version)).get(version));
    }

    @Override
    public SortedMap<Integer, ContractText> all(ContractId contract) {
        return read(contract.value(), Optional.empty());
    }

    @Override
    public void removeAll(ContractId contract) {
        remove(db, contract.value(), Optional.empty());
    }

    /** Removes one version of a contract's text, or all of them. */
    static void remove(DSLContext db, UUID contract, Optional<Integer> version) {
        db.deleteFrom(VSS_CONTRACT_COMMITMENT).where(VSS_CONTRACT_COMMITMENT.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_COMMITMENT.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .execute();
        db.deleteFrom(VSS_CONTRACT_AXIS).where(VSS_CONTRACT_AXIS.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_AXIS.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .execute();
        db.deleteFrom(VSS_CONTRACT_REFERENCE).where(VSS_CONTRACT_REFERENCE.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_REFERENCE.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .execute();
        db.deleteFrom(VSS_CONTRACT_ANNEX).where(VSS_CONTRACT_ANNEX.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_ANNEX.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .execute();
        db.deleteFrom(VSS_CONTRACT_TEXT).where(VSS_CONTRACT_TEXT.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_TEXT.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .execute();
    }

    private SortedMap<Integer, ContractText> read(UUID contract, Optional<Integer> version) {
        var preambles = db.selectFrom(VSS_CONTRACT_TEXT).where(VSS_CONTRACT_TEXT.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_TEXT.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .orderBy(VSS_CONTRACT_TEXT.TEXT_VERSION).fetch();
        Map<Integer, List<LegalReference>> references = new HashMap<>();
        db.selectFrom(VSS_CONTRACT_REFERENCE).where(VSS_CONTRACT_REFERENCE.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_REFERENCE.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .orderBy(VSS_CONTRACT_REFERENCE.TEXT_VERSION, VSS_CONTRACT_REFERENCE.POSITION)
                .forEach(r -> references.computeIfAbsent(r.getTextVersion(), v -> new ArrayList<>()).add(
                        new LegalReference(LegalReference.Kind.valueOf(r.getKind()), r.getTitle(),
                                Optional.ofNullable(r.getRefNumber()), Optional.ofNullable(r.getRefDate()))));
        Map<List<Integer>, List<Commitment>> commitments = new HashMap<>();
        db.selectFrom(VSS_CONTRACT_COMMITMENT).where(VSS_CONTRACT_COMMITMENT.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_COMMITMENT.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .orderBy(VSS_CONTRACT_COMMITMENT.TEXT_VERSION, VSS_CONTRACT_COMMITMENT.AXIS_POSITION,
                        VSS_CONTRACT_COMMITMENT.POSITION)
                .forEach(r -> commitments.computeIfAbsent(List.of(r.getTextVersion(), r.getAxisPosition()),
                        k -> new ArrayList<>()).add(new Commitment(r.getCommitmentId(), r.getBody())));
        Map<Integer, List<Axis>> axes = new HashMap<>();
        db.selectFrom(VSS_CONTRACT_AXIS).where(VSS_CONTRACT_AXIS.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_AXIS.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .orderBy(VSS_CONTRACT_AXIS.TEXT_VERSION, VSS_CONTRACT_AXIS.POSITION)
                .forEach(r -> axes.computeIfAbsent(r.getTextVersion(), v -> new ArrayList<>()).add(
                        new Axis(Optional.ofNullable(r.getAxisNumber()), r.getTitle(),
                                commitments.getOrDefault(List.of(r.getTextVersion(), r.getPosition()), List.of()))));
        Map<Integer, List<Annex>> annexes = new HashMap<>();
        db.selectFrom(VSS_CONTRACT_ANNEX).where(VSS_CONTRACT_ANNEX.CONTRACT_ID.eq(contract))
                .and(version.map(VSS_CONTRACT_ANNEX.TEXT_VERSION::eq).orElse(org.jooq.impl.DSL.trueCondition()))
                .orderBy(VSS_CONTRACT_ANNEX.TEXT_VERSION, VSS_CONTRACT_ANNEX.POSITION)
                .forEach(r -> annexes.computeIfAbsent(r.getTextVersion(), v -> new ArrayList<>())
                        .add(new Annex(r.getTitle(), r.getBody())));
        SortedMap<Integer, ContractText> texts = new TreeMap<>();
        for (var row : preambles) {
            int v = row.getTextVersion();
            texts.put(v, new ContractText(row.getPreamble(), references.getOrDefault(v, List.of()),
                    axes.getOrDefault(v, List.of()), annexes.getOrDefault(v, List.of())));
        }
        return texts;
    }
}
