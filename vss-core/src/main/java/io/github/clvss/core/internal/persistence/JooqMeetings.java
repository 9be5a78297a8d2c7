package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING_AGENDA;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING_DECISION;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING_GUEST;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEETING_INVITEE;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.followup.ActionId;
import io.github.clvss.core.followup.Attendance;
import io.github.clvss.core.followup.Invitee;
import io.github.clvss.core.followup.Meeting;
import io.github.clvss.core.followup.MeetingDecision;
import io.github.clvss.core.followup.MeetingId;
import io.github.clvss.core.followup.MeetingKind;
import io.github.clvss.core.followup.Meetings;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.internal.persistence.schema.Indexes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssMeetingRecord;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Meetings in {@code vss_meeting} (local start and end, without zone: the territory's), their
 * agenda, invitees with attendance, guests and decisions in child rows, in order.
 */
final class JooqMeetings implements Meetings {

    private final DSLContext db;

    JooqMeetings(DSLContext db) {
        this.db = db;
    }

    @Override
    public Meeting add(Meeting meeting) {
        Meeting stored = withVersion(meeting, 1);
        db.executeInsert(record(stored));
        insertChildren(stored);
        return stored;
    }

    @Override
    public Meeting update(Meeting meeting) {
        Meeting stored = withVersion(meeting, meeting.version() + 1);
        VersionedRows.update(db, VSS_MEETING, record(stored), VSS_MEETING.ID, VSS_MEETING.VERSION, meeting.version(), "meeting");
        deleteChildren(List.of(meeting.id().value()));
        insertChildren(stored);
        return stored;
    }

    @Override
    public Optional<Meeting> find(MeetingId id) {
        return db.selectFrom(VSS_MEETING).where(VSS_MEETING.ID.eq(id.value())).fetchOptional()
                .map(r -> meetings(List.of(r)).getFirst());
    }

    @Override
    public List<Meeting> list(ContractId contract, PageRequest page) {
        return meetings(Seek.page(db, VSS_MEETING, Indexes.VSS_MEETING_LATEST_IX, VSS_MEETING.CONTRACT_ID.eq(contract.value()), VSS_MEETING.ID,
                List.of(VSS_MEETING.CONTRACT_ID), List.of(VSS_MEETING.LOCAL_START.desc(), VSS_MEETING.ID.desc()), page));
    }

    @Override
    public long count(ContractId contract) {
        return db.fetchCount(VSS_MEETING, VSS_MEETING.CONTRACT_ID.eq(contract.value()));
    }

    @Override
    public List<Meeting> startedBy(ContractId contract, LocalDateTime until, PageRequest page) {
        return meetings(db.selectFrom(VSS_MEETING).where(VSS_MEETING.CONTRACT_ID.eq(contract.value()))
                .and(VSS_MEETING.LOCAL_START.le(until))
                .orderBy(VSS_MEETING.LOCAL_START.desc(), VSS_MEETING.ID.desc())
                .offset(page.offset()).limit(page.limit()).fetch());
    }

    @Override
    public void removeAll(ContractId contract) {
        remove(db, contract.value());
    }

    /** Removes a contract's meetings and their rows. */
    static void remove(DSLContext db, UUID contract) {
        List<UUID> ids = db.select(VSS_MEETING.ID).from(VSS_MEETING).where(VSS_MEETING.CONTRACT_ID.eq(contract))
                .fetch(VSS_MEETING.ID);
        if (ids.isEmpty()) {
            return;
        }
        deleteChildren(db, ids);
        db.deleteFrom(VSS_MEETING).where(VSS_MEETING.ID.in(ids)).execute();
    }

    private void insertChildren(Meeting m) {
        UUID id = m.id().value();
        for (int i = 0; i < m.agenda().size(); i++) {
            db.insertInto(VSS_MEETING_AGENDA).set(VSS_MEETING_AGENDA.MEETING_ID, id).set(VSS_MEETING_AGENDA.POSITION, i)
                    .set(VSS_MEETING_AGENDA.ITEM, m.agenda().get(i)).execute();
        }
        for (int i = 0; i < m.invitees().size(); i++) {
            Invitee invitee = m.invitees().get(i);
            db.insertInto(VSS_MEETING_INVITEE).set(VSS_MEETING_INVITEE.MEETING_ID, id).set(VSS_MEETING_INVITEE.POSITION, i)
                    .set(VSS_MEETING_INVITEE.PARTNER_ID, invitee.partner().value())
                    .set(VSS_MEETING_INVITEE.ATTENDANCE, invitee.attendance().map(Enum::name).orElse(null)).execute();
        }
        for (int i = 0; i < m.guests().size(); i++) {
            db.insertInto(VSS_MEETING_GUEST).set(VSS_MEETING_GUEST.MEETING_ID, id).set(VSS_MEETING_GUEST.POSITION, i)
                    .set(VSS_MEETING_GUEST.INSTITUTION_ID, m.guests().get(i).value()).execute();
        }
        for (int i = 0; i < m.decisions().size(); i++) {
            MeetingDecision decision = m.decisions().get(i);
            db.insertInto(VSS_MEETING_DECISION).set(VSS_MEETING_DECISION.MEETING_ID, id).set(VSS_MEETING_DECISION.POSITION, i)
                    .set(VSS_MEETING_DECISION.BODY, decision.text())
                    .set(VSS_MEETING_DECISION.ACTION_ID, decision.action().map(ActionId::value).orElse(null)).execute();
        }
    }

    private void deleteChildren(Collection<UUID> ids) {
        deleteChildren(db, ids);
    }

    private static void deleteChildren(DSLContext db, Collection<UUID> ids) {
        db.deleteFrom(VSS_MEETING_AGENDA).where(VSS_MEETING_AGENDA.MEETING_ID.in(ids)).execute();
        db.deleteFrom(VSS_MEETING_INVITEE).where(VSS_MEETING_INVITEE.MEETING_ID.in(ids)).execute();
        db.deleteFrom(VSS_MEETING_GUEST).where(VSS_MEETING_GUEST.MEETING_ID.in(ids)).execute();
        db.deleteFrom(VSS_MEETING_DECISION).where(VSS_MEETING_DECISION.MEETING_ID.in(ids)).execute();
    }

    /** The meetings of these rows, in their order, with their child rows (four more queries). */
    private List<Meeting> meetings(List<VssMeetingRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(VssMeetingRecord::getId).toList();
        Map<UUID, List<String>> agenda = new HashMap<>();
        db.selectFrom(VSS_MEETING_AGENDA).where(VSS_MEETING_AGENDA.MEETING_ID.in(ids))
                .orderBy(VSS_MEETING_AGENDA.MEETING_ID, VSS_MEETING_AGENDA.POSITION)
                .forEach(a -> agenda.computeIfAbsent(a.getMeetingId(), k -> new ArrayList<>()).add(a.getItem()));
        Map<UUID, List<Invitee>> invitees = new HashMap<>();
        db.selectFrom(VSS_MEETING_INVITEE).where(VSS_MEETING_INVITEE.MEETING_ID.in(ids))
                .orderBy(VSS_MEETING_INVITEE.MEETING_ID, VSS_MEETING_INVITEE.POSITION)
                .forEach(i -> invitees.computeIfAbsent(i.getMeetingId(), k -> new ArrayList<>()).add(new Invitee(
                        new PartnerId(i.getPartnerId()), Optional.ofNullable(i.getAttendance()).map(Attendance::valueOf))));
        Map<UUID, List<InstitutionId>> guests = new HashMap<>();
        db.selectFrom(VSS_MEETING_GUEST).where(VSS_MEETING_GUEST.MEETING_ID.in(ids))
                .orderBy(VSS_MEETING_GUEST.MEETING_ID, VSS_MEETING_GUEST.POSITION)
                .forEach(g -> guests.computeIfAbsent(g.getMeetingId(), k -> new ArrayList<>()).add(new InstitutionId(g.getInstitutionId())));
        Map<UUID, List<MeetingDecision>> decisions = new HashMap<>();
        db.selectFrom(VSS_MEETING_DECISION).where(VSS_MEETING_DECISION.MEETING_ID.in(ids))
                .orderBy(VSS_MEETING_DECISION.MEETING_ID, VSS_MEETING_DECISION.POSITION)
                .forEach(d -> decisions.computeIfAbsent(d.getMeetingId(), k -> new ArrayList<>()).add(new MeetingDecision(
                        d.getBody(), Optional.ofNullable(d.getActionId()).map(ActionId::new))));
        return rows.stream().map(r -> new Meeting(new MeetingId(r.getId()), r.getVersion(), new TerritoryId(r.getTerritoryId()),
                new ContractId(r.getContractId()), MeetingKind.valueOf(r.getKind()), r.getTitle(), r.getLocalStart(),
                r.getLocalEnd(), Optional.ofNullable(r.getPlace()), agenda.getOrDefault(r.getId(), List.of()),
                invitees.getOrDefault(r.getId(), List.of()), guests.getOrDefault(r.getId(), List.of()),
                Optional.ofNullable(r.getMinutes()), decisions.getOrDefault(r.getId(), List.of()),
                Provenance.valueOf(r.getProvenance()))).toList();
    }

    private static Meeting withVersion(Meeting m, long version) {
        return new Meeting(m.id(), version, m.territory(), m.contract(), m.kind(), m.title(), m.start(), m.end(), m.place(),
                m.agenda(), m.invitees(), m.guests(), m.minutes(), m.decisions(), m.provenance());
    }

    private VssMeetingRecord record(Meeting m) {
        VssMeetingRecord r = db.newRecord(VSS_MEETING);
        r.setId(m.id().value());
        r.setVersion(m.version());
        r.setTerritoryId(m.territory().value());
        r.setContractId(m.contract().value());
        r.setKind(m.kind().name());
        r.setTitle(m.title());
        r.setLocalStart(m.start());
        r.setLocalEnd(m.end());
        r.setPlace(m.place().orElse(null));
        r.setMinutes(m.minutes().orElse(null));
        r.setProvenance(m.provenance().name());
        return r;
    }
}
