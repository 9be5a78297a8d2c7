package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_DIAGNOSTIC_NOTE;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_INDICATOR;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_MEASUREMENT;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.Direction;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorId;
import io.github.clvss.core.indicator.Indicators;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.indicator.ValueKind;
import io.github.clvss.core.internal.persistence.schema.Indexes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssIndicatorRecord;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssMeasurementRecord;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Versions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Indicators in {@code vss_indicator} (each with its position of definition in the contract, for
 * a stable order), their measurements in {@code vss_measurement} (a period
 * as year, kind Y/Q/M and number); recording a period again replaces its row.
 */
final class JooqIndicators implements Indicators {

    private final DSLContext db;

    JooqIndicators(DSLContext db) {
        this.db = db;
    }

    @Override
    public Indicator add(Indicator indicator) {
        Indicator stored = indicator.withVersion(1);
        VssIndicatorRecord row = record(stored);
        Integer last = db.select(DSL.max(VSS_INDICATOR.POSITION)).from(VSS_INDICATOR)
                .where(VSS_INDICATOR.CONTRACT_ID.eq(indicator.contract().value())).fetchOne(0, Integer.class);
        row.setPosition(last == null ? 1 : last + 1);
        try {
            db.executeInsert(row);
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            // another indicator took the position meanwhile
            throw Versions.stale("indicator", indicator.contract());
        }
        return stored;
    }

    @Override
    public Indicator update(Indicator indicator) {
        Indicator stored = indicator.withVersion(indicator.version() + 1);
        VssIndicatorRecord row = record(stored);
        row.reset(VSS_INDICATOR.POSITION);
        VersionedRows.update(db, VSS_INDICATOR, row, VSS_INDICATOR.ID, VSS_INDICATOR.VERSION,
                indicator.version(), "indicator");
        return stored;
    }

    @Override
    public Optional<Indicator> find(IndicatorId id) {
        return db.selectFrom(VSS_INDICATOR).where(VSS_INDICATOR.ID.eq(id.value())).fetchOptional(JooqIndicators::indicator);
    }

    @Override
    public List<Indicator> list(ContractId contract, PageRequest page) {
        // position is unique in a contract: the index (contract, commitment, position) orders every page
        return Seek.page(db, VSS_INDICATOR, Indexes.VSS_INDICATOR_CONTRACT_IX, VSS_INDICATOR.CONTRACT_ID.eq(contract.value()),
                VSS_INDICATOR.ID, List.of(VSS_INDICATOR.CONTRACT_ID),
                List.of(VSS_INDICATOR.COMMITMENT_ID.asc(), VSS_INDICATOR.POSITION.asc()), page)
                .map(JooqIndicators::indicator);
    }

    @Override
    public long count(ContractId contract) {
        return db.fetchCount(VSS_INDICATOR, VSS_INDICATOR.CONTRACT_ID.eq(contract.value()));
    }

    @Override
    public boolean hasParts(IndicatorId id) {
        return db.fetchExists(VSS_INDICATOR, VSS_INDICATOR.PART_OF.eq(id.value()));
    }

    @Override
    public Measurement record(Measurement measurement) {
        db.deleteFrom(VSS_MEASUREMENT).where(at(measurement.indicator(), measurement.period())).execute();
        VssMeasurementRecord r = db.newRecord(VSS_MEASUREMENT);
        r.setIndicatorId(measurement.indicator().value());
        r.setPeriodYear(measurement.period().year());
        r.setPeriodKind(kind(measurement.period().kind()));
        r.setPeriodNumber(measurement.period().number());
        r.setMeasuredValue(measurement.value());
        r.setProvenance(measurement.provenance().name());
        db.executeInsert(r);
        return measurement;
    }

    @Override
    public boolean recordOver(Measurement measurement, Optional<java.math.BigDecimal> seen) {
        if (seen.isEmpty()) {
            return db.insertInto(VSS_MEASUREMENT)
                    .set(VSS_MEASUREMENT.INDICATOR_ID, measurement.indicator().value())
                    .set(VSS_MEASUREMENT.PERIOD_YEAR, measurement.period().year())
                    .set(VSS_MEASUREMENT.PERIOD_KIND, kind(measurement.period().kind()))
                    .set(VSS_MEASUREMENT.PERIOD_NUMBER, measurement.period().number())
                    .set(VSS_MEASUREMENT.MEASURED_VALUE, measurement.value())
                    .set(VSS_MEASUREMENT.PROVENANCE, measurement.provenance().name())
                    .onDuplicateKeyIgnore()
                    .execute() == 1;
        }
        // the row is replaced only while it holds the value the person saw
        return db.update(VSS_MEASUREMENT)
                .set(VSS_MEASUREMENT.MEASURED_VALUE, measurement.value())
                .set(VSS_MEASUREMENT.PROVENANCE, measurement.provenance().name())
                .where(at(measurement.indicator(), measurement.period()))
                .and(VSS_MEASUREMENT.MEASURED_VALUE.eq(seen.get()))
                .execute() == 1;
    }

    @Override
    public Optional<Measurement> measurement(IndicatorId indicator, Period period) {
        return db.selectFrom(VSS_MEASUREMENT).where(at(indicator, period)).fetchOptional(JooqIndicators::measurement);
    }

    @Override
    public List<Measurement> measurements(IndicatorId indicator, PageRequest page) {
        // Y, Q, M sort in the order of Period: year, then quarters, then months
        return db.selectFrom(VSS_MEASUREMENT).where(VSS_MEASUREMENT.INDICATOR_ID.eq(indicator.value()))
                .orderBy(VSS_MEASUREMENT.PERIOD_YEAR, DSL.when(VSS_MEASUREMENT.PERIOD_KIND.eq("Y"), 0)
                        .when(VSS_MEASUREMENT.PERIOD_KIND.eq("Q"), 1).otherwise(2), VSS_MEASUREMENT.PERIOD_NUMBER)
                .offset(page.offset()).limit(page.limit())
                .fetch(JooqIndicators::measurement);
    }

    @Override
    public List<Measurement> yearly(ContractId contract, int fromYear, int toYear) {
        return db.select(VSS_MEASUREMENT.fields()).from(VSS_MEASUREMENT)
                .join(VSS_INDICATOR).on(VSS_INDICATOR.ID.eq(VSS_MEASUREMENT.INDICATOR_ID))
                .where(VSS_INDICATOR.CONTRACT_ID.eq(contract.value()))
                .and(VSS_MEASUREMENT.PERIOD_KIND.eq("Y"))
                .and(VSS_MEASUREMENT.PERIOD_YEAR.between(fromYear, toYear))
                .orderBy(VSS_MEASUREMENT.INDICATOR_ID, VSS_MEASUREMENT.PERIOD_YEAR)
                .fetch(r -> measurement(r.into(VSS_MEASUREMENT)));
    }

    @Override
    public void removeAll(ContractId contract) {
        db.deleteFrom(VSS_MEASUREMENT).where(VSS_MEASUREMENT.INDICATOR_ID.in(
                db.select(VSS_INDICATOR.ID).from(VSS_INDICATOR).where(VSS_INDICATOR.CONTRACT_ID.eq(contract.value())))).execute();
        db.update(VSS_INDICATOR).setNull(VSS_INDICATOR.PART_OF).where(VSS_INDICATOR.CONTRACT_ID.eq(contract.value())).execute();
        db.deleteFrom(VSS_INDICATOR).where(VSS_INDICATOR.CONTRACT_ID.eq(contract.value())).execute();
    }

    /** Removes a contract's indicators, their measurements and the diagnostic's notes (the contract is removed). */
    static void remove(DSLContext db, UUID contract) {
        db.deleteFrom(VSS_MEASUREMENT).where(VSS_MEASUREMENT.INDICATOR_ID.in(
                db.select(VSS_INDICATOR.ID).from(VSS_INDICATOR).where(VSS_INDICATOR.CONTRACT_ID.eq(contract)))).execute();
        db.update(VSS_INDICATOR).setNull(VSS_INDICATOR.PART_OF).where(VSS_INDICATOR.CONTRACT_ID.eq(contract)).execute();
        db.deleteFrom(VSS_INDICATOR).where(VSS_INDICATOR.CONTRACT_ID.eq(contract)).execute();
        db.deleteFrom(VSS_DIAGNOSTIC_NOTE).where(VSS_DIAGNOSTIC_NOTE.CONTRACT_ID.eq(contract)).execute();
    }

    private static Condition at(IndicatorId indicator, Period period) {
        return VSS_MEASUREMENT.INDICATOR_ID.eq(indicator.value())
                .and(VSS_MEASUREMENT.PERIOD_YEAR.eq(period.year()))
                .and(VSS_MEASUREMENT.PERIOD_KIND.eq(kind(period.kind())))
                .and(VSS_MEASUREMENT.PERIOD_NUMBER.eq(period.number()));
    }

    private static String kind(Period.Kind kind) {
        return switch (kind) {
            case YEAR -> "Y";
            case QUARTER -> "Q";
            case MONTH -> "M";
        };
    }

    private static Measurement measurement(VssMeasurementRecord r) {
        Period.Kind kind = switch (r.getPeriodKind()) {
            case "Y" -> Period.Kind.YEAR;
            case "Q" -> Period.Kind.QUARTER;
            case "M" -> Period.Kind.MONTH;
            default -> throw new IllegalStateException("vss_measurement.period_kind holds " + r.getPeriodKind());
        };
        return new Measurement(new IndicatorId(r.getIndicatorId()), Period.of(r.getPeriodYear(), kind, r.getPeriodNumber()),
                r.getMeasuredValue().stripTrailingZeros(), Provenance.valueOf(r.getProvenance()));
    }

    private VssIndicatorRecord record(Indicator i) {
        VssIndicatorRecord r = db.newRecord(VSS_INDICATOR);
        r.setId(i.id().value());
        r.setVersion(i.version());
        r.setTerritoryId(i.territory().value());
        r.setContractId(i.contract().value());
        r.setCommitmentId(i.commitment());
        r.setName(i.name());
        r.setUnit(i.unit());
        r.setValueKind(i.kind().name());
        r.setDirection(i.direction().name());
        r.setTarget(i.target().orElse(null));
        r.setSource(i.source());
        r.setPartOf(i.partOf().map(IndicatorId::value).orElse(null));
        r.setProvenance(i.provenance().name());
        return r;
    }

    private static Indicator indicator(VssIndicatorRecord r) {
        return new Indicator(new IndicatorId(r.getId()), r.getVersion(), new TerritoryId(r.getTerritoryId()),
                new ContractId(r.getContractId()), r.getCommitmentId(), r.getName(), r.getUnit(),
                ValueKind.valueOf(r.getValueKind()), Direction.valueOf(r.getDirection()),
                Optional.ofNullable(r.getTarget()).map(java.math.BigDecimal::stripTrailingZeros), r.getSource(),
                Optional.ofNullable(r.getPartOf()).map(IndicatorId::new), Provenance.valueOf(r.getProvenance()));
    }
}
