package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_PATH_CONSENT;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_PATH_HANDOVER;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_PATH_HANDOVER_STEP;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_VICTIM_PATH;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.internal.persistence.schema.Indexes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssPathHandoverRecord;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssVictimPathRecord;
import io.github.clvss.core.path.Consent;
import io.github.clvss.core.path.ConsentOverride;
import io.github.clvss.core.path.ConsentPurpose;
import io.github.clvss.core.path.ConsentScope;
import io.github.clvss.core.path.ConsentStatus;
import io.github.clvss.core.path.DeclineReason;
import io.github.clvss.core.path.Handover;
import io.github.clvss.core.path.HandoverDelay;
import io.github.clvss.core.path.HandoverId;
import io.github.clvss.core.path.HandoverOutcome;
import io.github.clvss.core.path.HandoverStatus;
import io.github.clvss.core.path.HandoverStep;
import io.github.clvss.core.path.PathId;
import io.github.clvss.core.path.PathNote;
import io.github.clvss.core.path.PathReference;
import io.github.clvss.core.path.PathTally;
import io.github.clvss.core.path.VictimPath;
import io.github.clvss.core.path.VictimPaths;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.scenario.ScenarioFiles;
import io.github.clvss.core.shared.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Victims' paths in {@code vss_victim_path} (the situation and the decision as JSON, in the
 * formats of {@link ScenarioFiles}), their consents in {@code vss_path_consent}, their handovers
 * in {@code vss_path_handover} and the handovers' steps in {@code vss_path_handover_step}. A
 * path is written whole: its row's version guards the children, which are rewritten.
 */
final class JooqVictimPaths implements VictimPaths {

    private static final List<String> OPEN = List.of(HandoverStatus.SENT.name(), HandoverStatus.RECEIVED.name(),
            HandoverStatus.ACCEPTED.name());
    private static final List<String> AWAITING = List.of(HandoverStatus.SENT.name(), HandoverStatus.RECEIVED.name());

    private final DSLContext db;

    JooqVictimPaths(DSLContext db) {
        this.db = db;
    }

    @Override
    public VictimPath add(VictimPath path) {
        VictimPath stored = withVersion(path, 1);
        db.executeInsert(record(stored));
        insertChildren(stored);
        return stored;
    }

    @Override
    public VictimPath update(VictimPath path) {
        VictimPath stored = withVersion(path, path.version() + 1);
        VersionedRows.update(db, VSS_VICTIM_PATH, record(stored), VSS_VICTIM_PATH.ID, VSS_VICTIM_PATH.VERSION, path.version(),
                "victim-path");
        deleteChildren(path.id());
        insertChildren(stored);
        return stored;
    }

    @Override
    public Optional<VictimPath> find(PathId id) {
        return db.selectFrom(VSS_VICTIM_PATH).where(VSS_VICTIM_PATH.ID.eq(id.value())).fetchOptional()
                .map(r -> paths(List.of(r)).getFirst());
    }

    @Override
    public Optional<VictimPath> find(PathReference reference) {
        return db.selectFrom(VSS_VICTIM_PATH).where(VSS_VICTIM_PATH.REFERENCE.eq(reference.value())).fetchOptional()
                .map(r -> paths(List.of(r)).getFirst());
    }

    @Override
    public Optional<VictimPath> findByHandover(HandoverId handover) {
        return db.select(VSS_PATH_HANDOVER.PATH_ID).from(VSS_PATH_HANDOVER).where(VSS_PATH_HANDOVER.ID.eq(handover.value()))
                .fetchOptional(VSS_PATH_HANDOVER.PATH_ID).flatMap(id -> find(new PathId(id)));
    }

    @Override
    public boolean taken(PathReference reference) {
        return db.fetchExists(VSS_VICTIM_PATH, VSS_VICTIM_PATH.REFERENCE.eq(reference.value()));
    }

    @Override
    public List<VictimPath> list(TerritoryId territory, PartnerId partner, PageRequest page) {
        List<UUID> ids = pathPage(territory, partner, page);
        Map<UUID, VictimPath> found = new HashMap<>();
        paths(db.selectFrom(VSS_VICTIM_PATH).where(VSS_VICTIM_PATH.ID.in(ids)).fetch()).forEach(path -> found.put(path.id().value(), path));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** UUIDs in the order both databases give them (byte by byte, unsigned). */
    private static final java.util.Comparator<UUID> UNSIGNED = java.util.Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /**
     * The ids of a page of a partner's paths, newest first: those it opened are a range of the
     * opener index, those it received a handover of a range of the received index (the path's
     * opening instant is kept on its handovers); each is read in order from the row the page
     * seeks from (or its first offset + limit rows), and the two are merged here (a path in both,
     * or received twice, once): at most twice a page's rows, whatever the depth when seeking.
     */
    private List<UUID> pathPage(TerritoryId territory, PartnerId partner, PageRequest page) {
        Optional<Record> last = page.after().flatMap(id -> db.select(VSS_VICTIM_PATH.OPENED_AT, VSS_VICTIM_PATH.ID)
                .from(VSS_VICTIM_PATH).where(VSS_VICTIM_PATH.ID.eq(id)).fetchOptional().map(Record.class::cast));
        int skip = last.isPresent() ? 0 : page.offset();
        List<org.jooq.SortField<?>> opened = List.of(VSS_VICTIM_PATH.OPENED_AT.desc(), VSS_VICTIM_PATH.ID.desc());
        List<org.jooq.SortField<?>> received = List.of(VSS_PATH_HANDOVER.PATH_OPENED_AT.desc(), VSS_PATH_HANDOVER.PATH_ID.desc());
        Condition mine = VSS_VICTIM_PATH.OPENER_ID.eq(partner.value()).and(VSS_VICTIM_PATH.TERRITORY_ID.eq(territory.value()));
        Condition sent = VSS_PATH_HANDOVER.TO_PARTNER.eq(partner.value()).and(VSS_PATH_HANDOVER.TERRITORY_ID.eq(territory.value()));
        if (last.isPresent()) {
            mine = mine.and(Seek.after(opened, last.get()));
            sent = sent.and(Seek.after(received, last.get()));
        }
        List<org.jooq.Record2<OffsetDateTime, UUID>> rows = new ArrayList<>(db.select(VSS_VICTIM_PATH.OPENED_AT, VSS_VICTIM_PATH.ID)
                .from(Seek.through(db, VSS_VICTIM_PATH, Indexes.VSS_VICTIM_PATH_OPENED_IX)).where(mine)
                .orderBy(VSS_VICTIM_PATH.OPENER_ID, VSS_VICTIM_PATH.TERRITORY_ID, VSS_VICTIM_PATH.OPENED_AT.desc(), VSS_VICTIM_PATH.ID.desc())
                .limit(skip + page.limit()).fetch());
        rows.addAll(db.selectDistinct(VSS_PATH_HANDOVER.TO_PARTNER, VSS_PATH_HANDOVER.TERRITORY_ID, VSS_PATH_HANDOVER.PATH_OPENED_AT,
                        VSS_PATH_HANDOVER.PATH_ID)
                .from(Seek.through(db, VSS_PATH_HANDOVER, Indexes.VSS_PATH_HANDOVER_RECEIVED_IX)).where(sent)
                .orderBy(VSS_PATH_HANDOVER.TO_PARTNER, VSS_PATH_HANDOVER.TERRITORY_ID, VSS_PATH_HANDOVER.PATH_OPENED_AT.desc(),
                        VSS_PATH_HANDOVER.PATH_ID.desc())
                .limit(skip + page.limit()).fetch(r -> db.newRecord(VSS_VICTIM_PATH.OPENED_AT, VSS_VICTIM_PATH.ID)
                        .values(r.value3(), r.value4())));
        return rows.stream()
                .sorted(java.util.Comparator.comparing((org.jooq.Record2<OffsetDateTime, UUID> r) -> r.value1().toInstant())
                        .thenComparing(org.jooq.Record2::value2, UNSIGNED).reversed())
                .map(org.jooq.Record2::value2).distinct().skip(skip).limit(page.limit()).toList();
    }

    @Override
    public long count(TerritoryId territory, PartnerId partner) {
        return db.fetchCount(VSS_VICTIM_PATH, partyTo(territory, partner));
    }

    @Override
    public List<Handover> inbox(TerritoryId territory, PartnerId partner, boolean openOnly, PageRequest page) {
        // the page from the inbox index (newest first at any depth), then its paths' references in one read
        var rows = Seek.page(db, VSS_PATH_HANDOVER, Indexes.VSS_PATH_HANDOVER_INBOX_IX, sentTo(territory, partner, openOnly),
                VSS_PATH_HANDOVER.ID, List.of(VSS_PATH_HANDOVER.TO_PARTNER, VSS_PATH_HANDOVER.TERRITORY_ID),
                List.of(VSS_PATH_HANDOVER.SENT_AT.desc(), VSS_PATH_HANDOVER.ID.desc()), page);
        Map<UUID, String> references = db.select(VSS_VICTIM_PATH.ID, VSS_VICTIM_PATH.REFERENCE).from(VSS_VICTIM_PATH)
                .where(VSS_VICTIM_PATH.ID.in(rows.stream().map(VssPathHandoverRecord::getPathId).distinct().toList()))
                .fetchMap(VSS_VICTIM_PATH.ID, VSS_VICTIM_PATH.REFERENCE);
        Map<UUID, List<HandoverStep>> steps = steps(rows.stream().map(VssPathHandoverRecord::getId).toList());
        return rows.stream().map(r -> handover(r, new PathReference(references.get(r.getPathId())),
                steps.getOrDefault(r.getId(), List.of()))).toList();
    }

    @Override
    public long countInbox(TerritoryId territory, PartnerId partner, boolean openOnly) {
        return db.fetchCount(VSS_PATH_HANDOVER, sentTo(territory, partner, openOnly));
    }

    @Override
    public List<HandoverDelay> late(TerritoryId territory, Instant now, PageRequest page) {
        return latePage(territory, now, page).stream()
                .map(r -> new HandoverDelay(new HandoverId(r.getId()), new PartnerId(r.getFromPartner()),
                        new PartnerId(r.getToPartner()), HandoverStatus.valueOf(r.getStatus()), r.getSentAt().toInstant(),
                        r.getDeadline().toInstant())).toList();
    }

    /**
     * A page of the late handovers: each awaiting status is a range of the awaiting index in
     * deadline order, read from the row the page seeks from (or its first offset + limit rows);
     * one query merges the two ranges' few rows by deadline.
     */
    private List<VssPathHandoverRecord> latePage(TerritoryId territory, Instant now, PageRequest page) {
        List<org.jooq.SortField<?>> order = List.of(VSS_PATH_HANDOVER.DEADLINE.asc(), VSS_PATH_HANDOVER.ID.asc());
        Optional<Record> last = page.after().flatMap(id -> db.select(VSS_PATH_HANDOVER.DEADLINE, VSS_PATH_HANDOVER.ID)
                .from(VSS_PATH_HANDOVER).where(VSS_PATH_HANDOVER.ID.eq(id)).fetchOptional().map(Record.class::cast));
        int skip = last.isPresent() ? 0 : page.offset();
        org.jooq.Select<VssPathHandoverRecord> union = null;
        for (String status : AWAITING) {
            Condition where = VSS_PATH_HANDOVER.TERRITORY_ID.eq(territory.value()).and(VSS_PATH_HANDOVER.STATUS.eq(status))
                    .and(VSS_PATH_HANDOVER.DEADLINE.lt(utc(now)));
            Condition from = last.map(key -> where.and(Seek.after(order, key))).orElse(where);
            org.jooq.Select<VssPathHandoverRecord> part = db.selectFrom(Seek.through(db, VSS_PATH_HANDOVER,
                            Indexes.VSS_PATH_HANDOVER_AWAITING_IX)).where(from)
                    .orderBy(VSS_PATH_HANDOVER.TERRITORY_ID, VSS_PATH_HANDOVER.STATUS, VSS_PATH_HANDOVER.DEADLINE, VSS_PATH_HANDOVER.ID)
                    .limit(skip + page.limit());
            union = union == null ? part : union.unionAll(part);
        }
        org.jooq.Table<VssPathHandoverRecord> merged = union.asTable("merged");
        return db.select(merged.fields()).from(merged)
                .orderBy(merged.field(VSS_PATH_HANDOVER.DEADLINE), merged.field(VSS_PATH_HANDOVER.ID))
                .offset(skip).limit(page.limit())
                .fetchInto(VSS_PATH_HANDOVER);
    }

    @Override
    public long countLate(TerritoryId territory, Instant now) {
        return db.fetchCount(VSS_PATH_HANDOVER, late(territory, now));
    }

    @Override
    public List<PathTally> tally(TerritoryId territory, Instant from, Instant to) {
        return db.select(VSS_PATH_HANDOVER.TO_PARTNER, VSS_PATH_HANDOVER.STATUS, VSS_PATH_HANDOVER.DECLINE_REASON,
                        VSS_PATH_HANDOVER.SENT_AT, VSS_PATH_HANDOVER.ACCEPTED_AT)
                .from(VSS_PATH_HANDOVER)
                .where(VSS_PATH_HANDOVER.TERRITORY_ID.eq(territory.value()))
                .and(VSS_PATH_HANDOVER.SENT_AT.ge(utc(from))).and(VSS_PATH_HANDOVER.SENT_AT.lt(utc(to)))
                .fetch(r -> new PathTally(new PartnerId(r.value1()), HandoverStatus.valueOf(r.value2()),
                        Optional.ofNullable(r.value3()).map(DeclineReason::valueOf),
                        Optional.ofNullable(r.value5()).map(a -> OptionalInt.of((int) Math.max(0,
                                java.time.Duration.between(r.value4(), a).toHours()))).orElse(OptionalInt.empty()), 1));
    }

    @Override
    public List<VictimPath> closedBefore(Instant cutoff, int limit) {
        return paths(db.selectFrom(VSS_VICTIM_PATH).where(VSS_VICTIM_PATH.CLOSED_AT.lt(utc(cutoff)))
                .orderBy(VSS_VICTIM_PATH.CLOSED_AT, VSS_VICTIM_PATH.ID).limit(limit).fetch());
    }

    @Override
    public void remove(PathId path) {
        deleteChildren(path);
        db.deleteFrom(VSS_VICTIM_PATH).where(VSS_VICTIM_PATH.ID.eq(path.value())).execute();
    }

    private static Condition partyTo(TerritoryId territory, PartnerId partner) {
        return VSS_VICTIM_PATH.TERRITORY_ID.eq(territory.value()).and(VSS_VICTIM_PATH.OPENER_ID.eq(partner.value())
                .or(VSS_VICTIM_PATH.ID.in(DSL.select(VSS_PATH_HANDOVER.PATH_ID).from(VSS_PATH_HANDOVER)
                        .where(VSS_PATH_HANDOVER.TO_PARTNER.eq(partner.value())))));
    }

    private static Condition sentTo(TerritoryId territory, PartnerId partner, boolean openOnly) {
        Condition to = VSS_PATH_HANDOVER.TERRITORY_ID.eq(territory.value()).and(VSS_PATH_HANDOVER.TO_PARTNER.eq(partner.value()));
        return openOnly ? to.and(VSS_PATH_HANDOVER.STATUS.in(OPEN)) : to;
    }

    private static Condition late(TerritoryId territory, Instant now) {
        return VSS_PATH_HANDOVER.TERRITORY_ID.eq(territory.value()).and(VSS_PATH_HANDOVER.STATUS.in(AWAITING))
                .and(VSS_PATH_HANDOVER.DEADLINE.lt(utc(now)));
    }

    private void deleteChildren(PathId path) {
        db.deleteFrom(VSS_PATH_HANDOVER_STEP).where(VSS_PATH_HANDOVER_STEP.HANDOVER_ID.in(
                DSL.select(VSS_PATH_HANDOVER.ID).from(VSS_PATH_HANDOVER).where(VSS_PATH_HANDOVER.PATH_ID.eq(path.value()))))
                .execute();
        db.deleteFrom(VSS_PATH_HANDOVER).where(VSS_PATH_HANDOVER.PATH_ID.eq(path.value())).execute();
        db.deleteFrom(VSS_PATH_CONSENT).where(VSS_PATH_CONSENT.PATH_ID.eq(path.value())).execute();
    }

    private void insertChildren(VictimPath path) {
        for (int i = 0; i < path.consents().size(); i++) {
            Consent c = path.consents().get(i);
            db.insertInto(VSS_PATH_CONSENT).set(VSS_PATH_CONSENT.PATH_ID, path.id().value()).set(VSS_PATH_CONSENT.SEQ, i)
                    .set(VSS_PATH_CONSENT.STATUS, c.status().name())
                    .set(VSS_PATH_CONSENT.PARTNER_ID, c.scope().partner().map(PartnerId::value).orElse(null))
                    .set(VSS_PATH_CONSENT.PURPOSE, c.scope().purpose().name())
                    .set(VSS_PATH_CONSENT.RECORDED_AT, utc(c.at())).set(VSS_PATH_CONSENT.RECORDED_BY, c.recordedBy())
                    .set(VSS_PATH_CONSENT.RECORDED_FOR, c.recordedFor().value()).execute();
        }
        for (Handover h : path.handovers()) {
            VssPathHandoverRecord r = db.newRecord(VSS_PATH_HANDOVER);
            r.setId(h.id().value());
            r.setVersion(path.version());
            r.setPathId(path.id().value());
            r.setTerritoryId(path.territory().value());
            r.setFromPartner(h.from().value());
            r.setToPartner(h.to().value());
            r.setUrgency(h.urgency().name());
            r.setDeadline(utc(h.deadline()));
            r.setStatus(h.status().name());
            r.setSentAt(utc(h.sentAt()));
            r.setPathOpenedAt(utc(path.openedAt()));
            r.setAcceptedAt(h.acceptedAt().map(JooqVictimPaths::utc).orElse(null));
            h.override().ifPresent(o -> {
                r.setOverrideRule(o.rule());
                r.setOverrideBasis(o.legalBasis());
                r.setOverrideReason(o.reason().text());
                r.setOverrideBy(o.by());
                r.setOverrideAt(utc(o.at()));
            });
            r.setDeclineReason(h.declineReason().map(Enum::name).orElse(null));
            r.setOnwardTo(h.onwardTo().map(PartnerId::value).orElse(null));
            r.setOutcome(h.outcome().map(Enum::name).orElse(null));
            r.setConsentWithdrawnAt(h.consentWithdrawn().map(JooqVictimPaths::utc).orElse(null));
            db.executeInsert(r);
            for (int i = 0; i < h.steps().size(); i++) {
                HandoverStep s = h.steps().get(i);
                db.insertInto(VSS_PATH_HANDOVER_STEP).set(VSS_PATH_HANDOVER_STEP.HANDOVER_ID, h.id().value())
                        .set(VSS_PATH_HANDOVER_STEP.SEQ, i).set(VSS_PATH_HANDOVER_STEP.STATUS, s.status().name())
                        .set(VSS_PATH_HANDOVER_STEP.AT, utc(s.at())).set(VSS_PATH_HANDOVER_STEP.ACTOR, s.by())
                        .set(VSS_PATH_HANDOVER_STEP.PARTNER_ID, s.partner().value()).execute();
            }
        }
    }

    private List<VictimPath> paths(List<VssVictimPathRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(VssVictimPathRecord::getId).toList();
        Map<UUID, List<Consent>> consents = new HashMap<>();
        db.selectFrom(VSS_PATH_CONSENT).where(VSS_PATH_CONSENT.PATH_ID.in(ids))
                .orderBy(VSS_PATH_CONSENT.PATH_ID, VSS_PATH_CONSENT.SEQ)
                .forEach(c -> consents.computeIfAbsent(c.getPathId(), k -> new ArrayList<>()).add(new Consent(
                        ConsentStatus.valueOf(c.getStatus()), new ConsentScope(Optional.ofNullable(c.getPartnerId())
                                .map(PartnerId::new), ConsentPurpose.valueOf(c.getPurpose())),
                        c.getRecordedAt().toInstant(), c.getRecordedBy(), new PartnerId(c.getRecordedFor()))));
        var handoverRows = db.selectFrom(VSS_PATH_HANDOVER).where(VSS_PATH_HANDOVER.PATH_ID.in(ids))
                .orderBy(VSS_PATH_HANDOVER.SENT_AT, VSS_PATH_HANDOVER.ID).fetch();
        Map<UUID, List<HandoverStep>> steps = steps(handoverRows.map(VssPathHandoverRecord::getId));
        Map<UUID, PathReference> references = new HashMap<>();
        rows.forEach(r -> references.put(r.getId(), new PathReference(r.getReference())));
        Map<UUID, List<Handover>> handovers = new HashMap<>();
        handoverRows.forEach(h -> handovers.computeIfAbsent(h.getPathId(), k -> new ArrayList<>())
                .add(handover(h, references.get(h.getPathId()), steps.getOrDefault(h.getId(), List.of()))));
        return rows.stream().map(r -> new VictimPath(new PathId(r.getId()), new PathReference(r.getReference()),
                new TerritoryId(r.getTerritoryId()), new PartnerId(r.getOpenerId()), r.getOpenedBy(),
                r.getOpenedAt().toInstant(),
                ScenarioFiles.readSituation(r.getSituation().getBytes(StandardCharsets.UTF_8)).asOptional()
                        .orElseThrow(() -> new IllegalStateException("unreadable situation of path " + r.getId())),
                ScenarioFiles.readDecision(r.getDecision())
                        .orElseThrow(() -> new IllegalStateException("unreadable decision of path " + r.getId())),
                Optional.ofNullable(r.getNote()).map(PathNote::new), Optional.ofNullable(r.getClosedAt()).map(OffsetDateTime::toInstant),
                consents.getOrDefault(r.getId(), List.of()), handovers.getOrDefault(r.getId(), List.of()), r.getVersion()))
                .toList();
    }

    private Map<UUID, List<HandoverStep>> steps(List<UUID> handovers) {
        Map<UUID, List<HandoverStep>> steps = new HashMap<>();
        if (handovers.isEmpty()) {
            return steps;
        }
        db.selectFrom(VSS_PATH_HANDOVER_STEP).where(VSS_PATH_HANDOVER_STEP.HANDOVER_ID.in(handovers))
                .orderBy(VSS_PATH_HANDOVER_STEP.HANDOVER_ID, VSS_PATH_HANDOVER_STEP.SEQ)
                .forEach(s -> steps.computeIfAbsent(s.getHandoverId(), k -> new ArrayList<>()).add(new HandoverStep(
                        HandoverStatus.valueOf(s.getStatus()), s.getAt().toInstant(), s.getActor(), new PartnerId(s.getPartnerId()))));
        return steps;
    }

    private static Handover handover(VssPathHandoverRecord r, PathReference reference, List<HandoverStep> steps) {
        Optional<ConsentOverride> override = Optional.ofNullable(r.getOverrideRule()).map(rule -> new ConsentOverride(rule,
                r.getOverrideBasis(), new PathNote(r.getOverrideReason()), r.getOverrideBy(), r.getOverrideAt().toInstant()));
        return new Handover(new HandoverId(r.getId()), new PathId(r.getPathId()), reference, new TerritoryId(r.getTerritoryId()),
                new PartnerId(r.getFromPartner()), new PartnerId(r.getToPartner()), Urgency.valueOf(r.getUrgency()),
                r.getDeadline().toInstant(), HandoverStatus.valueOf(r.getStatus()), steps, override,
                Optional.ofNullable(r.getDeclineReason()).map(DeclineReason::valueOf),
                Optional.ofNullable(r.getOnwardTo()).map(PartnerId::new),
                Optional.ofNullable(r.getOutcome()).map(HandoverOutcome::valueOf),
                Optional.ofNullable(r.getConsentWithdrawnAt()).map(OffsetDateTime::toInstant), r.getVersion());
    }

    private VssVictimPathRecord record(VictimPath path) {
        VssVictimPathRecord r = db.newRecord(VSS_VICTIM_PATH);
        r.setId(path.id().value());
        r.setVersion(path.version());
        r.setReference(path.reference().value());
        r.setTerritoryId(path.territory().value());
        r.setOpenerId(path.opener().value());
        r.setOpenedBy(path.openedBy());
        r.setOpenedAt(utc(path.openedAt()));
        r.setSituation(ScenarioFiles.situationJson(path.situation()));
        r.setDecision(ScenarioFiles.decisionJson(path.decision()));
        r.setNote(path.note().map(PathNote::text).orElse(null));
        r.setClosedAt(path.closedAt().map(JooqVictimPaths::utc).orElse(null));
        return r;
    }

    private static VictimPath withVersion(VictimPath p, long version) {
        return new VictimPath(p.id(), p.reference(), p.territory(), p.opener(), p.openedBy(), p.openedAt(), p.situation(),
                p.decision(), p.note(), p.closedAt(), p.consents(), p.handovers().stream().map(h -> new Handover(h.id(), h.path(),
                        h.reference(), h.territory(), h.from(), h.to(), h.urgency(), h.deadline(), h.status(), h.steps(),
                        h.override(), h.declineReason(), h.onwardTo(), h.outcome(), h.consentWithdrawn(), version)).toList(),
                version);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
