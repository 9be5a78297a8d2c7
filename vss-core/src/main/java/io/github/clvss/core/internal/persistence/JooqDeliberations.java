package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_DELIBERATION;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_DELIBERATION_NAME;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_DELIBERATION_PROXY;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.deliberation.ActesId;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.Deliberations;
import io.github.clvss.core.deliberation.PrefectureTransmission;
import io.github.clvss.core.deliberation.Proxy;
import io.github.clvss.core.deliberation.Session;
import io.github.clvss.core.deliberation.Subject;
import io.github.clvss.core.deliberation.VoteTally;
import io.github.clvss.core.internal.persistence.schema.Indexes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssDeliberationRecord;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Deliberations in {@code vss_deliberation}; the lists of names (members in office, present,
 * absent) in {@code vss_deliberation_name} and the proxies in {@code vss_deliberation_proxy},
 * each row with its position in the act. A change rewrites the rows.
 */
final class JooqDeliberations implements Deliberations {

    private static final String OFFICE = "OFFICE";
    private static final String PRESENT = "PRESENT";
    private static final String ABSENT = "ABSENT";

    private final DSLContext db;

    JooqDeliberations(DSLContext db) {
        this.db = db;
    }

    @Override
    public Deliberation add(Deliberation deliberation) {
        Deliberation stored = deliberation.withVersion(1);
        db.executeInsert(record(stored));
        insertRows(stored);
        return stored;
    }

    @Override
    public Deliberation update(Deliberation deliberation) {
        Deliberation stored = deliberation.withVersion(deliberation.version() + 1);
        VersionedRows.update(db, VSS_DELIBERATION, record(stored), VSS_DELIBERATION.ID, VSS_DELIBERATION.VERSION,
                deliberation.version(), "deliberation");
        db.deleteFrom(VSS_DELIBERATION_NAME).where(VSS_DELIBERATION_NAME.DELIBERATION_ID.eq(stored.id().value())).execute();
        db.deleteFrom(VSS_DELIBERATION_PROXY).where(VSS_DELIBERATION_PROXY.DELIBERATION_ID.eq(stored.id().value())).execute();
        insertRows(stored);
        return stored;
    }

    @Override
    public Optional<Deliberation> find(DeliberationId id) {
        return db.selectFrom(VSS_DELIBERATION).where(VSS_DELIBERATION.ID.eq(id.value())).fetch()
                .stream().findFirst().map(r -> deliberations(List.of(r)).getFirst());
    }

    @Override
    public Optional<Deliberation> findByActesId(ActesId actesId) {
        return db.selectFrom(VSS_DELIBERATION).where(VSS_DELIBERATION.ACTES_ID.eq(actesId.value()))
                .fetch().stream().findFirst().map(r -> deliberations(List.of(r)).getFirst());
    }

    @Override
    public List<Deliberation> list(TerritoryId territory, PageRequest page) {
        return deliberations(Seek.pageNullsLast(db, VSS_DELIBERATION, Indexes.VSS_DELIBERATION_LATEST_IX,
                VSS_DELIBERATION.TERRITORY_ID.eq(territory.value()), VSS_DELIBERATION.ID, List.of(VSS_DELIBERATION.TERRITORY_ID),
                VSS_DELIBERATION.SESSION_DATE.desc(), VSS_DELIBERATION.ID.desc(), page));
    }

    @Override
    public long count(TerritoryId territory) {
        return db.fetchCount(VSS_DELIBERATION, VSS_DELIBERATION.TERRITORY_ID.eq(territory.value()));
    }

    @Override
    public Optional<Deliberation> latest(TerritoryId territory) {
        return db.selectFrom(VSS_DELIBERATION)
                .where(VSS_DELIBERATION.TERRITORY_ID.eq(territory.value()).and(VSS_DELIBERATION.SESSION_DATE.isNotNull()))
                .orderBy(VSS_DELIBERATION.SESSION_DATE.desc(), VSS_DELIBERATION.ID.desc())
                .limit(1)
                .fetch().stream().findFirst().map(r -> deliberations(List.of(r)).getFirst());
    }

    private void insertRows(Deliberation d) {
        UUID id = d.id().value();
        var names = db.insertInto(VSS_DELIBERATION_NAME, VSS_DELIBERATION_NAME.DELIBERATION_ID, VSS_DELIBERATION_NAME.KIND,
                VSS_DELIBERATION_NAME.POSITION, VSS_DELIBERATION_NAME.NAME);
        List<List<String>> lists = List.of(d.membersInOffice(), d.present(), d.absent());
        List<String> kinds = List.of(OFFICE, PRESENT, ABSENT);
        boolean any = false;
        for (int k = 0; k < kinds.size(); k++) {
            for (int i = 0; i < lists.get(k).size(); i++) {
                names = names.values(id, kinds.get(k), i, lists.get(k).get(i));
                any = true;
            }
        }
        if (any) {
            names.execute();
        }
        if (!d.proxies().isEmpty()) {
            var proxies = db.insertInto(VSS_DELIBERATION_PROXY, VSS_DELIBERATION_PROXY.DELIBERATION_ID,
                    VSS_DELIBERATION_PROXY.POSITION, VSS_DELIBERATION_PROXY.GIVER, VSS_DELIBERATION_PROXY.HOLDER);
            for (int i = 0; i < d.proxies().size(); i++) {
                proxies = proxies.values(id, i, d.proxies().get(i).giver(), d.proxies().get(i).holder());
            }
            proxies.execute();
        }
    }

    private VssDeliberationRecord record(Deliberation d) {
        VssDeliberationRecord r = db.newRecord(VSS_DELIBERATION);
        r.setId(d.id().value());
        r.setVersion(d.version());
        r.setTerritoryId(d.territory().value());
        r.setObjectTitle(d.object());
        r.setSessionDate(d.session().date().orElse(null));
        r.setSessionTime(d.session().time().orElse(null));
        r.setSessionPlace(d.session().place().orElse(null));
        r.setSessionPresident(d.session().president().orElse(null));
        r.setSessionRemote(d.session().remote() ? Boolean.TRUE : null);
        r.setConvocationDate(d.convocationDate().orElse(null));
        r.setUrgency(d.urgency());
        r.setReconvenedWithoutQuorum(d.reconvenedWithoutQuorum());
        r.setSecretary(d.secretary().orElse(null));
        r.setRapporteur(d.rapporteur().orElse(null));
        r.setCommitteeOpinion(d.committeeOpinion().orElse(null));
        r.setSubjectCode(d.subject().map(Subject::code).orElse(null));
        r.setSubjectName(d.subject().map(Subject::name).orElse(null));
        VoteTally vote = d.vote();
        r.setVoteInFavour(vote.inFavour());
        r.setVoteAgainst(vote.against());
        r.setVoteAbstentions(vote.abstentions());
        r.setVoteBlankOrSpoilt(vote.blankOrSpoilt());
        r.setVoteNotTakingPart(vote.notTakingPart());
        r.setSecretBallot(vote.secretBallot());
        r.setUnanimity(vote.unanimity());
        r.setVoteUnknown(vote.unknown().isEmpty() ? null
                : vote.unknown().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(",")));
        r.setUnanimityOf(vote.unanimityOf() == VoteTally.UnanimityOf.NOT_SAID ? null : vote.unanimityOf().name());
        r.setPresidentVote(vote.presidentVote().map(Enum::name).orElse(null));
        r.setNominationRound(vote.nomination().map(VoteTally.Nomination::round).orElse(null));
        r.setNominationOpenBallot(vote.nomination().map(VoteTally.Nomination::openBallotDecidedUnanimously).orElse(null));
        r.setNominationRunnerUp(vote.nomination().flatMap(VoteTally.Nomination::runnerUp).orElse(null));
        r.setNominationOldest(vote.nomination().map(VoteTally.Nomination::electedAsOldest).orElse(null));
        r.setStatedResult(d.result().map(Enum::name).orElse(null));
        r.setTransmissionDate(d.transmission().date().orElse(null));
        r.setActesIdText(d.transmission().actesIdText().orElse(null));
        r.setActesId(d.transmission().actesId().map(ActesId::value).orElse(null));
        r.setPublicationUrl(d.publicationUrl().orElse(null));
        r.setProvenance(d.provenance().name());
        return r;
    }

    /** The deliberations of these rows, in their order, with their names and proxies read in two queries. */
    private List<Deliberation> deliberations(List<VssDeliberationRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(VssDeliberationRecord::getId).toList();
        Map<UUID, Map<String, List<String>>> names = new HashMap<>();
        db.selectFrom(VSS_DELIBERATION_NAME)
                .where(VSS_DELIBERATION_NAME.DELIBERATION_ID.in(ids))
                .orderBy(VSS_DELIBERATION_NAME.DELIBERATION_ID, VSS_DELIBERATION_NAME.KIND, VSS_DELIBERATION_NAME.POSITION)
                .forEach(row -> names.computeIfAbsent(row.getDeliberationId(), key -> new HashMap<>())
                        .computeIfAbsent(row.getKind(), key -> new ArrayList<>()).add(row.getName()));
        Map<UUID, List<Proxy>> proxies = new HashMap<>();
        db.selectFrom(VSS_DELIBERATION_PROXY)
                .where(VSS_DELIBERATION_PROXY.DELIBERATION_ID.in(ids))
                .orderBy(VSS_DELIBERATION_PROXY.DELIBERATION_ID, VSS_DELIBERATION_PROXY.POSITION)
                .forEach(row -> proxies.computeIfAbsent(row.getDeliberationId(), key -> new ArrayList<>())
                        .add(new Proxy(row.getGiver(), row.getHolder())));
        return rows.stream().map(r -> {
            Map<String, List<String>> lists = names.getOrDefault(r.getId(), Map.of());
            return deliberation(r, lists.getOrDefault(OFFICE, List.of()), lists.getOrDefault(PRESENT, List.of()),
                    proxies.getOrDefault(r.getId(), List.of()), lists.getOrDefault(ABSENT, List.of()));
        }).toList();
    }

    private static Deliberation deliberation(VssDeliberationRecord r, List<String> office, List<String> present,
            List<Proxy> proxies, List<String> absent) {
        Optional<Subject> subject = Optional.ofNullable(r.getSubjectCode())
                .map(code -> new Subject(code, Optional.ofNullable(r.getSubjectName()).orElse("")));
        return new Deliberation(new DeliberationId(r.getId()), r.getVersion(), new TerritoryId(r.getTerritoryId()),
                r.getObjectTitle(),
                new Session(Optional.ofNullable(r.getSessionDate()), Optional.ofNullable(r.getSessionTime()),
                        Optional.ofNullable(r.getSessionPlace()), Optional.ofNullable(r.getSessionPresident()),
                        Boolean.TRUE.equals(r.getSessionRemote())),
                Optional.ofNullable(r.getConvocationDate()), r.getUrgency(), r.getReconvenedWithoutQuorum(),
                office, present, proxies, absent,
                Optional.ofNullable(r.getSecretary()), Optional.ofNullable(r.getRapporteur()),
                Optional.ofNullable(r.getCommitteeOpinion()), subject,
                new VoteTally(r.getVoteInFavour(), r.getVoteAgainst(), r.getVoteAbstentions(), r.getVoteBlankOrSpoilt(),
                        r.getVoteNotTakingPart(), r.getSecretBallot(), r.getUnanimity(), unknownCounts(r.getVoteUnknown()),
                        Optional.ofNullable(r.getUnanimityOf()).map(VoteTally.UnanimityOf::valueOf)
                                .orElse(VoteTally.UnanimityOf.NOT_SAID),
                        Optional.ofNullable(r.getPresidentVote()).map(VoteTally.PresidentVote::valueOf),
                        Optional.ofNullable(r.getNominationRound()).map(round -> new VoteTally.Nomination(round,
                                Boolean.TRUE.equals(r.getNominationOpenBallot()), Optional.ofNullable(r.getNominationRunnerUp()),
                                Boolean.TRUE.equals(r.getNominationOldest())))),
                Optional.ofNullable(r.getStatedResult()).map(Deliberation.Result::valueOf),
                new PrefectureTransmission(Optional.ofNullable(r.getTransmissionDate()), Optional.ofNullable(r.getActesIdText())),
                Optional.ofNullable(r.getPublicationUrl()), Provenance.valueOf(r.getProvenance()));
    }

    private static java.util.Set<VoteTally.Count> unknownCounts(String stored) {
        if (stored == null || stored.isBlank()) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(stored.split(",")).map(VoteTally.Count::valueOf)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
