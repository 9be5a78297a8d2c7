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

/**
 * Second factors in {@code vss_second_factor}, their secrets sealed by a {@link SecretBox} (bound to
 * the account); their recovery codes' digests in {@code vss_recovery_code}.
 */
final class JooqSecondFactors implements SecondFactors {

    private final DSLContext db;
    private final SecretBox box;

    JooqSecondFactors(DSLContext db, SecretBox box) {
        this.db = db;
        this.box = box;
    }

    /**
     * Seals the secrets still stored in clear (written before vss sealed them) and checks that the
     * box opens every sealed one.
     */
    SecretBox.Sealing sealStoredSecrets() {
        int sealedNow = 0;
        int unopened = 0;
        int clear = 0;
        var rows = db.select(VSS_SECOND_FACTOR.ACCOUNT_ID, VSS_SECOND_FACTOR.SECRET).from(VSS_SECOND_FACTOR).fetch();
        for (var row : rows) {
            String account = row.value1().toString();
            String stored = row.value2();
            if (SecretBox.sealed(stored)) {
                if (!box.hasKey()) {
                    unopened++;
                    continue;
                }
                try {
                    box.open(stored, account);
                } catch (SecretBox.WrongKey wrong) {
                    unopened++;
                }
            } else if (box.hasKey()) {
                db.update(VSS_SECOND_FACTOR).set(VSS_SECOND_FACTOR.SECRET, box.seal(stored, account))
                        .where(VSS_SECOND_FACTOR.ACCOUNT_ID.eq(row.value1()))
                        .and(VSS_SECOND_FACTOR.SECRET.eq(stored))
                        .execute();
                sealedNow++;
            } else {
                clear++;
            }
        }
        return new SecretBox.Sealing(rows.size(), sealedNow, clear, unopened);
    }


    @Override
    public Optional<SecondFactor> find(AccountId account) {
        return db.selectFrom(VSS_SECOND_FACTOR).where(VSS_SECOND_FACTOR.ACCOUNT_ID.eq(account.value())).fetchOptional()
                .map(r -> new SecondFactor(new AccountId(r.getAccountId()),
                        box.open(r.getSecret(), r.getAccountId().toString()), r.getActive(),
                        r.getLastStep(), r.getStartedAt().toInstant()));
    }

    @Override
    public void save(SecondFactor factor) {
        String sealed = box.seal(factor.secret(), factor.account().value().toString());
        db.insertInto(VSS_SECOND_FACTOR)
                .set(VSS_SECOND_FACTOR.ACCOUNT_ID, factor.account().value())
                .set(VSS_SECOND_FACTOR.SECRET, sealed)
                .set(VSS_SECOND_FACTOR.ACTIVE, factor.active())
                .set(VSS_SECOND_FACTOR.LAST_STEP, factor.lastStep())
                .set(VSS_SECOND_FACTOR.STARTED_AT, factor.startedAt().atOffset(ZoneOffset.UTC))
                .onConflict(VSS_SECOND_FACTOR.ACCOUNT_ID)
                .doUpdate()
                .set(VSS_SECOND_FACTOR.SECRET, sealed)
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
