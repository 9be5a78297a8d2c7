package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACCOUNT;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACCOUNT_IDENTITY;

import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.IdentityLinks;
import io.github.clvss.core.account.LinkedIdentity;
import io.github.clvss.core.shared.EmailAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** OpenID Connect identities linked to accounts, in {@code vss_account_identity}. */
final class JooqIdentityLinks implements IdentityLinks {

    /** More links than any person has providers: the list still pages in SQL. */
    private static final int LINKS_MAX = 100;

    private final DSLContext db;

    JooqIdentityLinks(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<AccountId> find(String issuer, String subject) {
        return db.select(VSS_ACCOUNT_IDENTITY.ACCOUNT_ID).from(VSS_ACCOUNT_IDENTITY)
                .where(VSS_ACCOUNT_IDENTITY.ISSUER.eq(issuer)).and(VSS_ACCOUNT_IDENTITY.SUBJECT.eq(subject))
                .fetchOptional(VSS_ACCOUNT_IDENTITY.ACCOUNT_ID).map(AccountId::new);
    }

    @Override
    public boolean linked(AccountId account, String issuer) {
        return db.fetchExists(VSS_ACCOUNT_IDENTITY, VSS_ACCOUNT_IDENTITY.ACCOUNT_ID.eq(account.value())
                .and(VSS_ACCOUNT_IDENTITY.ISSUER.eq(issuer)));
    }

    @Override
    public void link(AccountId account, String issuer, String subject, Instant at) {
        db.insertInto(VSS_ACCOUNT_IDENTITY)
                .set(VSS_ACCOUNT_IDENTITY.ISSUER, issuer)
                .set(VSS_ACCOUNT_IDENTITY.SUBJECT, subject)
                .set(VSS_ACCOUNT_IDENTITY.ACCOUNT_ID, account.value())
                .set(VSS_ACCOUNT_IDENTITY.LINKED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public List<LinkedIdentity> of(AccountId account) {
        return db.select(VSS_ACCOUNT_IDENTITY.ISSUER, VSS_ACCOUNT_IDENTITY.SUBJECT, VSS_ACCOUNT_IDENTITY.LINKED_AT)
                .from(VSS_ACCOUNT_IDENTITY).where(VSS_ACCOUNT_IDENTITY.ACCOUNT_ID.eq(account.value()))
                .orderBy(VSS_ACCOUNT_IDENTITY.LINKED_AT, VSS_ACCOUNT_IDENTITY.ISSUER, VSS_ACCOUNT_IDENTITY.SUBJECT)
                .limit(LINKS_MAX)
                .fetch(r -> new LinkedIdentity(r.value1(), r.value2(), r.value3().toInstant()));
    }

    @Override
    public boolean unlink(AccountId account, String issuer, String subject) {
        return db.deleteFrom(VSS_ACCOUNT_IDENTITY).where(VSS_ACCOUNT_IDENTITY.ACCOUNT_ID.eq(account.value()))
                .and(VSS_ACCOUNT_IDENTITY.ISSUER.eq(issuer)).and(VSS_ACCOUNT_IDENTITY.SUBJECT.eq(subject))
                .execute() > 0;
    }

    @Override
    public void unlinkAll(AccountId account) {
        db.deleteFrom(VSS_ACCOUNT_IDENTITY).where(VSS_ACCOUNT_IDENTITY.ACCOUNT_ID.eq(account.value())).execute();
    }

    @Override
    public List<AccountId> withEmail(EmailAddress email) {
        return db.select(VSS_ACCOUNT.ID).from(VSS_ACCOUNT).where(VSS_ACCOUNT.EMAIL.eq(email.value()))
                .fetch(VSS_ACCOUNT.ID).stream().map(AccountId::new).toList();
    }
}
