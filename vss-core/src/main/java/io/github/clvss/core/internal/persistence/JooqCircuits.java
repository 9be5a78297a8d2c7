package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CIRCUIT;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_CIRCUIT_REVISION;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssCircuitRecord;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitPlan;
import io.github.clvss.core.referral.Circuits;
import io.github.clvss.core.referral.Facts.AgeGroup;
import io.github.clvss.core.referral.Facts.Capacity;
import io.github.clvss.core.referral.Facts.Relation;
import io.github.clvss.core.referral.Facts.Violence;
import io.github.clvss.core.referral.Urgency;
import io.github.clvss.core.shared.Versions;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Circuits in {@code vss_circuit}, their revision in {@code vss_circuit_revision}; each fact's
 * values as comma-separated names (an empty column means any value).
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
    public CircuitPlan store(TerritoryId territory, CircuitPlan plan) {
        int updated = db.update(VSS_CIRCUIT_REVISION).set(VSS_CIRCUIT_REVISION.REVISION, plan.revision())
                .where(VSS_CIRCUIT_REVISION.TERRITORY_ID.eq(territory.value()))
                .and(VSS_CIRCUIT_REVISION.REVISION.eq(plan.revision() - 1)).execute();
        if (updated == 0) {
            if (plan.revision() != 1 || db.fetchExists(VSS_CIRCUIT_REVISION, VSS_CIRCUIT_REVISION.TERRITORY_ID.eq(territory.value()))) {
                throw Versions.stale("circuit", territory);
            }
            db.insertInto(VSS_CIRCUIT_REVISION).set(VSS_CIRCUIT_REVISION.TERRITORY_ID, territory.value())
                    .set(VSS_CIRCUIT_REVISION.REVISION, plan.revision()).execute();
        }
        db.deleteFrom(VSS_CIRCUIT).where(VSS_CIRCUIT.TERRITORY_ID.eq(territory.value())).execute();
        for (int i = 0; i < plan.circuits().size(); i++) {
            db.executeInsert(record(territory, i, plan.circuits().get(i)));
        }
        return plan;
    }

    private VssCircuitRecord record(TerritoryId territory, int position, Circuit c) {
        VssCircuitRecord r = db.newRecord(VSS_CIRCUIT);
        r.setTerritoryId(territory.value());
        r.setName(c.name());
        r.setPosition(position);
        r.setAges(joined(c.ages()));
        r.setRelations(joined(c.relations()));
        r.setViolences(joined(c.violences()));
        r.setAskers(joined(c.askers()));
        r.setDangers(c.immediateDanger().stream().map(String::valueOf).sorted().collect(Collectors.joining(",")));
        r.setTarget(c.target());
        r.setUrgency(c.urgency().name());
        r.setChannel(c.channel());
        r.setReason(c.reason());
        return r;
    }

    private static Circuit circuit(VssCircuitRecord r) {
        return new Circuit(r.getName(), names(r.getAges(), AgeGroup::valueOf), names(r.getRelations(), Relation::valueOf),
                names(r.getViolences(), Violence::valueOf), names(r.getAskers(), Capacity::valueOf),
                names(r.getDangers(), Boolean::valueOf), r.getTarget(), Urgency.valueOf(r.getUrgency()), r.getChannel(),
                r.getReason());
    }

    private static String joined(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <T> Set<T> names(String joined, Function<String, T> parse) {
        return joined.isEmpty() ? Set.of() : Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toSet());
    }
}
