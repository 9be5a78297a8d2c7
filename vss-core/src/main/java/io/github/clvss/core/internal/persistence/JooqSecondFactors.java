package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_RECOVERY_CODE;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_SECOND_FACTOR;

import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.SecondFactor;
import io.github.clvss.core.account.SecondFactors;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import org.jooq.DSLContext;

/** Second factors in {@code vss_second_factor}, their recovery codes' digests in {@code vss_recovery_code}. */
final class JooqSecondFactors implements SecondFactors {

    private final DSLContext db;

    JooqSecondFactors(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<SecondFactor> find(AccountId account) {
        return db.selectFrom(VSS_SECOND_FACTOR).where(VSS_SECOND_FACTOR.ACCOUNT_ID.eq(account.value())).fetchOptional()
                .map(r -> new SecondFactor(new AccountId(r.getAccountId()), r.getSecret(), r.getActive(),
                        r.getLastStep(), r.getStartedAt().toInstant()));
    }

    @Override
    public void save(SecondFactor factor) {
        db.insertInto(VSS_SECOND_FACTOR)
                .set(VSS_SECOND_FACTOR.ACCOUNT_ID, factor.account().value())
                .set(VSS_SECOND_FACTOR.SECRET, factor.secret())
                .set(VSS_SECOND_FACTOR.ACTIVE, factor.active())
                .set(VSS_SECOND_FACTOR.LAST_STEP, factor.lastStep())
                .set(VSS_SECOND_FACTOR.STARTED_AT, factor.startedAt().atOffset(ZoneOffset.UTC))
                .onConflict(VSS_SECOND_FACTOR.ACCOUNT_ID)
                .doUpdate()
                .set(VSS_SECOND_FACTOR.SECRET, factor.secret())
                .set(VSS_SECOND_FACTOR.ACTIVE, factor.active())
                .set(VSS_SECOND_FACTOR.LAST_STEP, factor.lastStep())
                .set(VSS_SECOND_FACTOR.STARTED_AT, factor.startedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public void remove(AccountId account) {
        db.deleteFrom(VSS_RECOVERY_CODE).where(VSS_RECOVERY_CODE.ACCOUNT_ID.eq(account.value())).execute();
        db.deleteFrom(VSS_SECOND_FACTOR).where(VSS_SECOND_FACTOR.ACCOUNT_ID.eq(account.value())).execute();
    }

    @Override
    public void replaceRecoveryCodes(AccountId account, Collection<String> digests) {
        db.deleteFrom(VSS_RECOVERY_CODE).where(VSS_RECOVERY_CODE.ACCOUNT_ID.eq(account.value())).execute();
        for (String digest : digests) {
            db.insertInto(VSS_RECOVERY_CODE)
                    .set(VSS_RECOVERY_CODE.ACCOUNT_ID, account.value())
                    .set(VSS_RECOVERY_CODE.CODE_HASH, digest)
                    .execute();
        }
    }

    @Override
    public boolean useRecoveryCode(AccountId account, String digest) {
        return db.deleteFrom(VSS_RECOVERY_CODE)
                .where(VSS_RECOVERY_CODE.ACCOUNT_ID.eq(account.value()))
                .and(VSS_RECOVERY_CODE.CODE_HASH.eq(digest))
                .execute() == 1;
    }

    @Override
    public int recoveryCodesLeft(AccountId account) {
        return db.fetchCount(VSS_RECOVERY_CODE, VSS_RECOVERY_CODE.ACCOUNT_ID.eq(account.value()));
    }
}
