package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_PATH_TALLY;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.path.DeclineReason;
import io.github.clvss.core.path.HandoverStatus;
import io.github.clvss.core.path.PathTallies;
import io.github.clvss.core.path.PathTally;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The anonymous counts of purged paths in {@code vss_path_tally}: no decline reason is stored as
 * {@code ''} and no acceptance as {@code -1} hours (the columns are part of the key).
 */
final class JooqPathTallies implements PathTallies {

    private static final String NO_REASON = "";
    private static final int NOT_ACCEPTED = -1;

    private final DSLContext db;

    JooqPathTallies(DSLContext db) {
        this.db = db;
    }

    @Override
    public void add(TerritoryId territory, int year, List<PathTally> tallies) {
        for (PathTally t : tallies) {
            Condition key = VSS_PATH_TALLY.TERRITORY_ID.eq(territory.value()).and(VSS_PATH_TALLY.SENT_YEAR.eq(year))
                    .and(VSS_PATH_TALLY.TO_PARTNER.eq(t.to().value())).and(VSS_PATH_TALLY.STATUS.eq(t.status().name()))
                    .and(VSS_PATH_TALLY.DECLINE_REASON.eq(reason(t)))
                    .and(VSS_PATH_TALLY.HOURS_TO_ACCEPTANCE.eq(t.hoursToAcceptance().orElse(NOT_ACCEPTED)));
            int updated = db.update(VSS_PATH_TALLY).set(VSS_PATH_TALLY.HANDOVERS, VSS_PATH_TALLY.HANDOVERS.plus(t.handovers()))
                    .where(key).execute();
            if (updated == 0) {
                db.insertInto(VSS_PATH_TALLY).set(VSS_PATH_TALLY.TERRITORY_ID, territory.value())
                        .set(VSS_PATH_TALLY.SENT_YEAR, year).set(VSS_PATH_TALLY.TO_PARTNER, t.to().value())
                        .set(VSS_PATH_TALLY.STATUS, t.status().name()).set(VSS_PATH_TALLY.DECLINE_REASON, reason(t))
                        .set(VSS_PATH_TALLY.HOURS_TO_ACCEPTANCE, t.hoursToAcceptance().orElse(NOT_ACCEPTED))
                        .set(VSS_PATH_TALLY.HANDOVERS, t.handovers()).execute();
            }
        }
    }

    @Override
    public List<PathTally> of(TerritoryId territory, int year) {
        return db.selectFrom(VSS_PATH_TALLY).where(VSS_PATH_TALLY.TERRITORY_ID.eq(territory.value()))
                .and(VSS_PATH_TALLY.SENT_YEAR.eq(year))
                .fetch(r -> new PathTally(new PartnerId(r.getToPartner()), HandoverStatus.valueOf(r.getStatus()),
                        Optional.of(r.getDeclineReason()).filter(s -> !s.isEmpty()).map(DeclineReason::valueOf),
                        r.getHoursToAcceptance() < 0 ? OptionalInt.empty() : OptionalInt.of(r.getHoursToAcceptance()),
                        r.getHandovers()));
    }

    private static String reason(PathTally t) {
        return t.declineReason().map(Enum::name).orElse(NO_REASON);
    }
}
