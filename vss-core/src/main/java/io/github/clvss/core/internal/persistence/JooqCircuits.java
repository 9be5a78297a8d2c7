package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CIRCUIT;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CIRCUIT_PUBLICATION;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CIRCUIT_REVISION;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CIRCUIT_SNAPSHOT;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssCircuitRecord;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitCondition;
import io.github.clvss.core.referral.CircuitPlan;
import io.github.clvss.core.referral.CircuitRevision;
import io.github.clvss.core.referral.Circuits;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Consent;
import io.github.clvss.core.referral.Facts.Context;
import io.github.clvss.core.referral.Facts.Institution;
import io.github.clvss.core.referral.Facts.Offence;
import io.github.clvss.core.referral.Facts.Recency;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Facts.Vulnerability;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Versions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Circuits in {@code vss_circuit}, their revision in {@code vss_circuit_revision}; a circuit's
 * condition as {@code fact=v1,v2;fact=v1} (a fact left out means any value; an unknown fact is
 * an error, never a wider circuit).
 */
final class JooqCircuits implements Circuits {

    private final DSLContext db;

    JooqCircuits(DSLContext db) {
        this.db = db;
    }

    @Override
    public CircuitPlan plan(TerritoryId territory) {
        long revision = db.select(VSS_CIRCUIT_REVISION.REVISION).from(VSS_CIRCUIT_REVISION)
                .where(VSS_CIRCUIT_REVISION.TERRITORY_ID.eq(territory.value()))
                .fetchOptional(VSS_CIRCUIT_REVISION.REVISION).orElse(0L);
        List<Circuit> circuits = db.selectFrom(VSS_CIRCUIT).where(VSS_CIRCUIT.TERRITORY_ID.eq(territory.value()))
                .orderBy(VSS_CIRCUIT.POSITION).fetch(JooqCircuits::circuit);
        return new CircuitPlan(revision, circuits);
    }

    @Override
    public CircuitPlan store(TerritoryId territory, CircuitPlan plan, Instant publishedAt) {
        int updated = db.update(VSS_CIRCUIT_REVISION).set(VSS_CIRCUIT_REVISION.REVISION, plan.revision())
                .where(VSS_CIRCUIT_REVISION.TERRITORY_ID.eq(territory.value()))
                .and(VSS_CIRCUIT_REVISION.REVISION.eq(plan.revision() - 1)).execute();
        if (updated == 0) {
            if (plan.revision() != 1 || db.fetchExists(VSS_CIRCUIT_REVISION, VSS_CIRCUIT_REVISION.TERRITORY_ID.eq(territory.value()))) {
                throw Versions.stale("circuit", territory);
            }
            try {
                db.insertInto(VSS_CIRCUIT_REVISION).set(VSS_CIRCUIT_REVISION.TERRITORY_ID, territory.value())
                        .set(VSS_CIRCUIT_REVISION.REVISION, plan.revision()).execute();
            } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
                // another first revision was stored meanwhile
                throw Versions.stale("circuit", territory);
            }
        }
        db.deleteFrom(VSS_CIRCUIT).where(VSS_CIRCUIT.TERRITORY_ID.eq(territory.value())).execute();
        db.insertInto(VSS_CIRCUIT_PUBLICATION).set(VSS_CIRCUIT_PUBLICATION.TERRITORY_ID, territory.value())
                .set(VSS_CIRCUIT_PUBLICATION.REVISION, plan.revision())
                .set(VSS_CIRCUIT_PUBLICATION.PUBLISHED_AT, publishedAt.atOffset(ZoneOffset.UTC)).execute();
        for (int i = 0; i < plan.circuits().size(); i++) {
            VssCircuitRecord current = record(territory, i, plan.circuits().get(i));
            db.executeInsert(current);
            db.insertInto(VSS_CIRCUIT_SNAPSHOT).set(VSS_CIRCUIT_SNAPSHOT.TERRITORY_ID, territory.value())
                    .set(VSS_CIRCUIT_SNAPSHOT.REVISION, plan.revision()).set(VSS_CIRCUIT_SNAPSHOT.POSITION, i)
                    .set(VSS_CIRCUIT_SNAPSHOT.NAME, current.getName()).set(VSS_CIRCUIT_SNAPSHOT.FACTS, current.getFacts())
                    .set(VSS_CIRCUIT_SNAPSHOT.TARGET, current.getTarget()).set(VSS_CIRCUIT_SNAPSHOT.URGENCY, current.getUrgency())
                    .set(VSS_CIRCUIT_SNAPSHOT.CHANNEL, current.getChannel()).set(VSS_CIRCUIT_SNAPSHOT.REASON, current.getReason())
                    .execute();
        }
        return plan;
    }

    @Override
    public List<CircuitRevision> history(TerritoryId territory, PageRequest page) {
        // one revision more than the page: the oldest one's changes are counted from it
        var publications = db.selectFrom(VSS_CIRCUIT_PUBLICATION)
                .where(VSS_CIRCUIT_PUBLICATION.TERRITORY_ID.eq(territory.value()))
                .orderBy(VSS_CIRCUIT_PUBLICATION.REVISION.desc())
                .offset(page.offset()).limit(page.limit() + 1).fetch();
        if (publications.isEmpty()) {
            return List.of();
        }
        long newest = publications.getFirst().getRevision();
        long oldest = publications.getLast().getRevision();
        Map<Long, List<Circuit>> snapshots = new LinkedHashMap<>();
        publications.forEach(p -> snapshots.put(p.getRevision(), new ArrayList<>()));
        db.selectFrom(VSS_CIRCUIT_SNAPSHOT).where(VSS_CIRCUIT_SNAPSHOT.TERRITORY_ID.eq(territory.value()))
                .and(VSS_CIRCUIT_SNAPSHOT.REVISION.between(oldest, newest))
                .orderBy(VSS_CIRCUIT_SNAPSHOT.REVISION, VSS_CIRCUIT_SNAPSHOT.POSITION)
                .forEach(r -> snapshots.get(r.getRevision()).add(new Circuit(r.getName(), condition(r.getFacts()),
                        r.getTarget(), Urgency.valueOf(r.getUrgency()), r.getChannel(), r.getReason())));
        List<CircuitRevision> revisions = new ArrayList<>();
        for (int i = 0; i < Math.min(page.limit(), publications.size()); i++) {
            var publication = publications.get(i);
            CircuitPlan plan = new CircuitPlan(publication.getRevision(), snapshots.get(publication.getRevision()));
            CircuitPlan before = i + 1 < publications.size()
                    ? new CircuitPlan(publications.get(i + 1).getRevision(), snapshots.get(publications.get(i + 1).getRevision()))
                    : new CircuitPlan(0, List.of());
            revisions.add(new CircuitRevision(plan, publication.getPublishedAt().toInstant(), plan.changesSince(before)));
        }
        return List.copyOf(revisions);
    }

    @Override
    public long countRevisions(TerritoryId territory) {
        return db.fetchCount(VSS_CIRCUIT_PUBLICATION, VSS_CIRCUIT_PUBLICATION.TERRITORY_ID.eq(territory.value()));
    }

    private VssCircuitRecord record(TerritoryId territory, int position, Circuit c) {
        VssCircuitRecord r = db.newRecord(VSS_CIRCUIT);
        r.setTerritoryId(territory.value());
        r.setName(c.name());
        r.setPosition(position);
        r.setFacts(facts(c.when()));
        r.setTarget(c.target());
        r.setUrgency(c.urgency().name());
        r.setChannel(c.channel());
        r.setReason(c.reason());
        return r;
    }

    private static Circuit circuit(VssCircuitRecord r) {
        return new Circuit(r.getName(), condition(r.getFacts()), r.getTarget(), Urgency.valueOf(r.getUrgency()), r.getChannel(),
                r.getReason());
    }

    /** {@code fact=v1,v2;fact=v1}: the facts whose set is not empty, in the record's order. */
    private static String facts(CircuitCondition c) {
        Map<String, Set<?>> facts = new LinkedHashMap<>();
        facts.put("ages", c.ages());
        facts.put("vulnerabilities", c.vulnerabilities());
        facts.put("relations", c.relations());
        facts.put("violences", c.violences());
        facts.put("recencies", c.recencies());
        facts.put("immediateDanger", c.immediateDanger());
        facts.put("emprise", c.emprise());
        facts.put("childrenExposed", c.childrenExposed());
        facts.put("cannotSpeak", c.cannotSpeak());
        facts.put("needsShelter", c.needsShelter());
        facts.put("consents", c.consents());
        facts.put("askers", c.askers());
        facts.put("contexts", c.contexts());
        facts.put("offences", c.offences());
        facts.put("lifeInDanger", c.lifeInDanger());
        facts.put("childVictim", c.childVictim());
        facts.put("dangerousWithWeapon", c.dangerousWithWeapon());
        facts.put("deafOrHardOfHearing", c.deafOrHardOfHearing());
        facts.put("institutions", c.institutions());
        facts.put("learnedInFunctions", c.learnedInFunctions());
        facts.put("judicialPoliceOfficer", c.judicialPoliceOfficer());
        return facts.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(String::valueOf).sorted().collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    private static final Set<String> FACTS = Set.of("ages", "vulnerabilities", "relations", "violences", "recencies",
            "immediateDanger", "emprise", "childrenExposed", "cannotSpeak", "needsShelter", "consents", "askers", "contexts",
            "offences", "lifeInDanger", "childVictim", "dangerousWithWeapon", "deafOrHardOfHearing", "institutions",
            "learnedInFunctions", "judicialPoliceOfficer");

    private static CircuitCondition condition(String text) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (String fact : text.split(";")) {
                String[] parts = fact.split("=", 2);
                if (parts.length != 2 || !FACTS.contains(parts[0])) {
                    // never widen a circuit to any value because of a fact this version cannot read
                    throw new IllegalStateException("vss_circuit.facts holds an unknown fact: " + parts[0]);
                }
                facts.put(parts[0], List.of(parts[1].split(",")));
            }
        }
        return new CircuitCondition(set(facts, "ages", AgeGroup::valueOf), set(facts, "vulnerabilities", Vulnerability::valueOf),
                set(facts, "relations", Relation::valueOf), set(facts, "violences", Violence::valueOf),
                set(facts, "recencies", Recency::valueOf), set(facts, "immediateDanger", Boolean::valueOf),
                set(facts, "emprise", Boolean::valueOf), set(facts, "childrenExposed", Boolean::valueOf),
                set(facts, "cannotSpeak", Boolean::valueOf), set(facts, "needsShelter", Boolean::valueOf),
                set(facts, "consents", Consent::valueOf), set(facts, "askers", Capacity::valueOf),
                set(facts, "contexts", Context::valueOf), set(facts, "offences", Offence::valueOf),
                set(facts, "lifeInDanger", Boolean::valueOf), set(facts, "childVictim", Boolean::valueOf),
                set(facts, "dangerousWithWeapon", Boolean::valueOf), set(facts, "deafOrHardOfHearing", Boolean::valueOf),
                set(facts, "institutions", Institution::valueOf), set(facts, "learnedInFunctions", Boolean::valueOf),
                set(facts, "judicialPoliceOfficer", Boolean::valueOf));
    }

    private static <T> Set<T> set(Map<String, List<String>> facts, String fact, Function<String, T> parse) {
        return facts.getOrDefault(fact, List.of()).stream().map(parse).collect(Collectors.toSet());
    }
}
