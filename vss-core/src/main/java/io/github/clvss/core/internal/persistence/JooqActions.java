package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACTION;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACTION_CHANGE;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACTION_CHANGE_FIELD;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACTION_CONTRIBUTOR;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACTION_EVIDENCE;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING_DECISION;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.ActionChange;
import io.github.clvss.core.followup.ActionId;
import io.github.clvss.core.followup.ActionStatus;
import io.github.clvss.core.followup.Actions;
import io.github.clvss.core.followup.Evidence;
import io.github.clvss.core.followup.FieldChange;
import io.github.clvss.core.internal.persistence.schema.Indexes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssActionRecord;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Actions in {@code vss_action}, their contributing partners and evidence in child rows, and
 * their history in {@code vss_action_change} (one row per change) and
 * {@code vss_action_change_field} (one row per field changed).
 */
final class JooqActions implements Actions {

    private static final List<String> OPEN = List.of(ActionStatus.PLANNED.name(), ActionStatus.IN_PROGRESS.name());

    private final DSLContext db;

    JooqActions(DSLContext db) {
        this.db = db;
    }

    @Override
    public Action add(Action action) {
        Action stored = withVersion(action, 1);
        db.executeInsert(record(stored));
        insertChildren(stored);
        return stored;
    }

    @Override
    public Action update(Action action) {
        Action stored = withVersion(action, action.version() + 1);
        VersionedRows.update(db, VSS_ACTION, record(stored), VSS_ACTION.ID, VSS_ACTION.VERSION, action.version(), "action");
        deleteChildren(List.of(action.id().value()));
        insertChildren(stored);
        return stored;
    }

    @Override
    public Optional<Action> find(ActionId id) {
        return db.selectFrom(VSS_ACTION).where(VSS_ACTION.ID.eq(id.value())).fetchOptional()
                .map(r -> actions(List.of(r)).getFirst());
    }

    @Override
    public List<Action> list(ContractId contract, Optional<String> commitment, PageRequest page) {
        return actions(Seek.pageNullsLast(db, VSS_ACTION, Indexes.VSS_ACTION_DEADLINE_IX, under(contract, commitment), VSS_ACTION.ID,
                List.of(VSS_ACTION.CONTRACT_ID), VSS_ACTION.DEADLINE.asc(), VSS_ACTION.ID.asc(), page));
    }

    @Override
    public long count(ContractId contract, Optional<String> commitment) {
        return db.fetchCount(VSS_ACTION, under(contract, commitment));
    }

    @Override
    public List<Action> late(ContractId contract, LocalDate today, PageRequest page) {
        return actions(db.selectFrom(VSS_ACTION)
                .where(late(contract, today))
                .orderBy(VSS_ACTION.DEADLINE, VSS_ACTION.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch());
    }

    @Override
    public long countLate(ContractId contract, LocalDate today) {
        return db.fetchCount(VSS_ACTION, late(contract, today));
    }

    @Override
    public List<Action> upcoming(ContractId contract, LocalDate today, PageRequest page) {
        return actions(db.selectFrom(VSS_ACTION)
                .where(VSS_ACTION.CONTRACT_ID.eq(contract.value()))
                .and(VSS_ACTION.STATUS.in(OPEN))
                .and(VSS_ACTION.DEADLINE.ge(today))
                .orderBy(VSS_ACTION.DEADLINE, VSS_ACTION.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch());
    }

    @Override
    public ActionChange appendChange(ActionId action, Instant at, String actor, List<FieldChange> fields) {
        int seq = db.select(DSL.coalesce(DSL.max(VSS_ACTION_CHANGE.SEQ), 0)).from(VSS_ACTION_CHANGE)
                .where(VSS_ACTION_CHANGE.ACTION_ID.eq(action.value())).fetchOne(0, Integer.class) + 1;
        db.insertInto(VSS_ACTION_CHANGE).set(VSS_ACTION_CHANGE.ACTION_ID, action.value()).set(VSS_ACTION_CHANGE.SEQ, seq)
                .set(VSS_ACTION_CHANGE.CHANGED_AT, at.atOffset(ZoneOffset.UTC)).set(VSS_ACTION_CHANGE.ACTOR, actor).execute();
        for (int i = 0; i < fields.size(); i++) {
            FieldChange field = fields.get(i);
            db.insertInto(VSS_ACTION_CHANGE_FIELD).set(VSS_ACTION_CHANGE_FIELD.ACTION_ID, action.value())
                    .set(VSS_ACTION_CHANGE_FIELD.SEQ, seq).set(VSS_ACTION_CHANGE_FIELD.POSITION, i)
                    .set(VSS_ACTION_CHANGE_FIELD.FIELD, field.field())
                    .set(VSS_ACTION_CHANGE_FIELD.BEFORE_VALUE, field.before().orElse(null))
                    .set(VSS_ACTION_CHANGE_FIELD.AFTER_VALUE, field.after().orElse(null)).execute();
        }
        return new ActionChange(action, seq, at, actor, fields);
    }

    @Override
    public List<ActionChange> history(ActionId action, PageRequest page) {
        var changes = db.selectFrom(VSS_ACTION_CHANGE).where(VSS_ACTION_CHANGE.ACTION_ID.eq(action.value()))
                .orderBy(VSS_ACTION_CHANGE.SEQ).offset(page.offset()).limit(page.limit()).fetch();
        if (changes.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<FieldChange>> fields = new HashMap<>();
        db.selectFrom(VSS_ACTION_CHANGE_FIELD).where(VSS_ACTION_CHANGE_FIELD.ACTION_ID.eq(action.value()))
                .and(VSS_ACTION_CHANGE_FIELD.SEQ.between(changes.getFirst().getSeq(), changes.getLast().getSeq()))
                .orderBy(VSS_ACTION_CHANGE_FIELD.SEQ, VSS_ACTION_CHANGE_FIELD.POSITION)
                .forEach(f -> fields.computeIfAbsent(f.getSeq(), s -> new ArrayList<>()).add(new FieldChange(f.getField(),
                        Optional.ofNullable(f.getBeforeValue()), Optional.ofNullable(f.getAfterValue()))));
        return changes.stream().map(c -> new ActionChange(action, c.getSeq(), c.getChangedAt().toInstant(), c.getActor(),
                fields.getOrDefault(c.getSeq(), List.of()))).toList();
    }

    @Override
    public void removeAll(ContractId contract) {
        remove(db, contract.value());
    }

    /** Removes a contract's actions, their history, and the decisions' links to them. */
    static void remove(DSLContext db, UUID contract) {
        var ids = DSL.select(VSS_ACTION.ID).from(VSS_ACTION).where(VSS_ACTION.CONTRACT_ID.eq(contract));
        db.update(VSS_MEETING_DECISION).setNull(VSS_MEETING_DECISION.ACTION_ID).where(VSS_MEETING_DECISION.ACTION_ID.in(ids))
                .execute();
        db.deleteFrom(VSS_ACTION_CHANGE_FIELD).where(VSS_ACTION_CHANGE_FIELD.ACTION_ID.in(ids)).execute();
        db.deleteFrom(VSS_ACTION_CHANGE).where(VSS_ACTION_CHANGE.ACTION_ID.in(ids)).execute();
        db.deleteFrom(VSS_ACTION_CONTRIBUTOR).where(VSS_ACTION_CONTRIBUTOR.ACTION_ID.in(ids)).execute();
        db.deleteFrom(VSS_ACTION_EVIDENCE).where(VSS_ACTION_EVIDENCE.ACTION_ID.in(ids)).execute();
        db.deleteFrom(VSS_ACTION).where(VSS_ACTION.CONTRACT_ID.eq(contract)).execute();
    }

    private static Condition under(ContractId contract, Optional<String> commitment) {
        Condition condition = VSS_ACTION.CONTRACT_ID.eq(contract.value());
        return commitment.map(c -> condition.and(VSS_ACTION.COMMITMENT_ID.eq(c))).orElse(condition);
    }

    private static Condition late(ContractId contract, LocalDate today) {
        return VSS_ACTION.CONTRACT_ID.eq(contract.value()).and(VSS_ACTION.STATUS.in(OPEN)).and(VSS_ACTION.DEADLINE.lt(today));
    }

    private void insertChildren(Action action) {
        for (int i = 0; i < action.contributors().size(); i++) {
            db.insertInto(VSS_ACTION_CONTRIBUTOR).set(VSS_ACTION_CONTRIBUTOR.ACTION_ID, action.id().value())
                    .set(VSS_ACTION_CONTRIBUTOR.POSITION, i)
                    .set(VSS_ACTION_CONTRIBUTOR.PARTNER_ID, action.contributors().get(i).value()).execute();
        }
        for (int i = 0; i < action.evidence().size(); i++) {
            Evidence evidence = action.evidence().get(i);
            db.insertInto(VSS_ACTION_EVIDENCE).set(VSS_ACTION_EVIDENCE.ACTION_ID, action.id().value())
                    .set(VSS_ACTION_EVIDENCE.POSITION, i)
                    .set(VSS_ACTION_EVIDENCE.KIND, evidence instanceof Evidence.Note ? "NOTE" : "DOCUMENT")
                    .set(VSS_ACTION_EVIDENCE.BODY, evidence.text()).execute();
        }
    }

    private void deleteChildren(List<UUID> ids) {
        db.deleteFrom(VSS_ACTION_CONTRIBUTOR).where(VSS_ACTION_CONTRIBUTOR.ACTION_ID.in(ids)).execute();
        db.deleteFrom(VSS_ACTION_EVIDENCE).where(VSS_ACTION_EVIDENCE.ACTION_ID.in(ids)).execute();
    }

    /** The actions of these rows, in their order, with their contributors and evidence (two more queries). */
    private List<Action> actions(List<VssActionRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(VssActionRecord::getId).toList();
        Map<UUID, List<PartnerId>> contributors = new HashMap<>();
        db.selectFrom(VSS_ACTION_CONTRIBUTOR).where(VSS_ACTION_CONTRIBUTOR.ACTION_ID.in(ids))
                .orderBy(VSS_ACTION_CONTRIBUTOR.ACTION_ID, VSS_ACTION_CONTRIBUTOR.POSITION)
                .forEach(c -> contributors.computeIfAbsent(c.getActionId(), k -> new ArrayList<>()).add(new PartnerId(c.getPartnerId())));
        Map<UUID, List<Evidence>> evidence = new HashMap<>();
        db.selectFrom(VSS_ACTION_EVIDENCE).where(VSS_ACTION_EVIDENCE.ACTION_ID.in(ids))
                .orderBy(VSS_ACTION_EVIDENCE.ACTION_ID, VSS_ACTION_EVIDENCE.POSITION)
                .forEach(e -> evidence.computeIfAbsent(e.getActionId(), k -> new ArrayList<>())
                        .add("NOTE".equals(e.getKind()) ? new Evidence.Note(e.getBody()) : new Evidence.Document(e.getBody())));
        return rows.stream().map(r -> new Action(new ActionId(r.getId()), r.getVersion(), new TerritoryId(r.getTerritoryId()),
                new ContractId(r.getContractId()), r.getCommitmentId(), r.getTitle(), new PartnerId(r.getLeadPartnerId()),
                contributors.getOrDefault(r.getId(), List.of()), Optional.ofNullable(r.getDeadline()),
                ActionStatus.valueOf(r.getStatus()), Optional.ofNullable(r.getAbandonReason()), r.getProgress(),
                evidence.getOrDefault(r.getId(), List.of()), Provenance.valueOf(r.getProvenance()))).toList();
    }

    private static Action withVersion(Action a, long version) {
        return new Action(a.id(), version, a.territory(), a.contract(), a.commitment(), a.title(), a.lead(), a.contributors(),
                a.deadline(), a.status(), a.abandonReason(), a.progress(), a.evidence(), a.provenance());
    }

    private VssActionRecord record(Action a) {
        VssActionRecord r = db.newRecord(VSS_ACTION);
        r.setId(a.id().value());
        r.setVersion(a.version());
        r.setTerritoryId(a.territory().value());
        r.setContractId(a.contract().value());
        r.setCommitmentId(a.commitment());
        r.setTitle(a.title());
        r.setLeadPartnerId(a.lead().value());
        r.setDeadline(a.deadline().orElse(null));
        r.setStatus(a.status().name());
        r.setAbandonReason(a.abandonReason().orElse(null));
        r.setProgress(a.progress());
        r.setProvenance(a.provenance().name());
        return r;
    }
}
