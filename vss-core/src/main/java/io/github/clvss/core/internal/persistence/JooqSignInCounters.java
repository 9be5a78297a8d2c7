package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_SIGN_IN_COUNTER;

import io.github.clvss.core.account.SignInCounter;
import io.github.clvss.core.account.SignInCounters;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssSignInCounterRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Refused sign-ins counted in {@code vss_sign_in_counter}. */
final class JooqSignInCounters implements SignInCounters {

    private final DSLContext db;

    JooqSignInCounters(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, SignInCounter> find(Collection<String> keys) {
        return collect(db.selectFrom(VSS_SIGN_IN_COUNTER).where(VSS_SIGN_IN_COUNTER.COUNTER_KEY.in(keys)).fetch());
    }

    @Override
    public Map<String, SignInCounter> findForUpdate(Collection<String> keys) {
        return collect(db.selectFrom(VSS_SIGN_IN_COUNTER).where(VSS_SIGN_IN_COUNTER.COUNTER_KEY.in(keys))
                .orderBy(VSS_SIGN_IN_COUNTER.COUNTER_KEY).forUpdate().fetch());
    }

    @Override
    public void save(SignInCounter counter) {
        OffsetDateTime last = at(counter.lastFailure());
        OffsetDateTime until = counter.lockedUntil().map(JooqSignInCounters::at).orElse(null);
        db.insertInto(VSS_SIGN_IN_COUNTER)
                .set(VSS_SIGN_IN_COUNTER.COUNTER_KEY, counter.key())
                .set(VSS_SIGN_IN_COUNTER.FAILURES, counter.failures())
                .set(VSS_SIGN_IN_COUNTER.LAST_FAILURE, last)
                .set(VSS_SIGN_IN_COUNTER.LOCKED_UNTIL, until)
                .onConflict(VSS_SIGN_IN_COUNTER.COUNTER_KEY)
                .doUpdate()
                .set(VSS_SIGN_IN_COUNTER.FAILURES, counter.failures())
                .set(VSS_SIGN_IN_COUNTER.LAST_FAILURE, last)
                .set(VSS_SIGN_IN_COUNTER.LOCKED_UNTIL, until)
                .execute();
    }

    @Override
    public void forget(String key) {
        db.deleteFrom(VSS_SIGN_IN_COUNTER).where(VSS_SIGN_IN_COUNTER.COUNTER_KEY.eq(key)).execute();
    }

    @Override
    public void forgetOlderThan(Instant before) {
        db.deleteFrom(VSS_SIGN_IN_COUNTER)
                .where(VSS_SIGN_IN_COUNTER.LOCKED_UNTIL.isNull())
                .and(VSS_SIGN_IN_COUNTER.LAST_FAILURE.lt(at(before)))
                .execute();
    }

    private static Map<String, SignInCounter> collect(Iterable<VssSignInCounterRecord> rows) {
        Map<String, SignInCounter> counters = new HashMap<>();
        for (VssSignInCounterRecord r : rows) {
            counters.put(r.getCounterKey(), new SignInCounter(r.getCounterKey(), r.getFailures(),
                    r.getLastFailure().toInstant(), Optional.ofNullable(r.getLockedUntil()).map(OffsetDateTime::toInstant)));
        }
        return counters;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
