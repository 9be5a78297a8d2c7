package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACCOUNT;
import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_ACCOUNT_GRANT;

import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Accounts;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssAccountGrantRecord;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssAccountRecord;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Accounts in {@code vss_account}, their grants in {@code vss_account_grant}. */
final class JooqAccounts implements Accounts {

    private final DSLContext db;

    JooqAccounts(DSLContext db) {
        this.db = db;
    }

    @Override
    public Account add(Account account) {
        Account stored = withVersion(account, 1);
        db.executeInsert(record(stored));
        insertGrants(stored);
        return stored;
    }

    @Override
    public Account update(Account account) {
        Account stored = withVersion(account, account.version() + 1);
        VersionedRows.update(db, VSS_ACCOUNT, record(stored), VSS_ACCOUNT.ID, VSS_ACCOUNT.VERSION, account.version(), "account");
        db.deleteFrom(VSS_ACCOUNT_GRANT).where(VSS_ACCOUNT_GRANT.ACCOUNT_ID.eq(account.id().value())).execute();
        insertGrants(stored);
        return stored;
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return one(VSS_ACCOUNT.ID.eq(id.value()));
    }

    @Override
    public Optional<Account> findByLogin(Login login) {
        return one(VSS_ACCOUNT.LOGIN.eq(login.value()));
    }

    @Override
    public List<Account> list(Optional<String> search, PageRequest page) {
        List<VssAccountRecord> rows = Seek.page(db, VSS_ACCOUNT, search(search), VSS_ACCOUNT.ID, List.of(), BY_LOGIN, page);
        Map<UUID, Set<Grant>> grants = grants(rows.stream().map(VssAccountRecord::getId).toList());
        return rows.stream().map(r -> account(r, grants.getOrDefault(r.getId(), Set.of()))).toList();
    }

    @Override
    public List<AccountId> holding(Grant grant) {
        return db.select(VSS_ACCOUNT.ID).from(VSS_ACCOUNT).join(VSS_ACCOUNT_GRANT).on(VSS_ACCOUNT_GRANT.ACCOUNT_ID.eq(VSS_ACCOUNT.ID))
                .where(VSS_ACCOUNT.ENABLED.isTrue())
                .and(VSS_ACCOUNT_GRANT.ROLE.eq(grant.role().name()))
                .and(grant.territory().map(t -> VSS_ACCOUNT_GRANT.TERRITORY_ID.eq(t.value())).orElse(VSS_ACCOUNT_GRANT.TERRITORY_ID.isNull()))
                .and(grant.partner().map(p -> VSS_ACCOUNT_GRANT.PARTNER_ID.eq(p.value())).orElse(VSS_ACCOUNT_GRANT.PARTNER_ID.isNull()))
                .orderBy(VSS_ACCOUNT.LOGIN)
                .fetch(r -> new AccountId(r.value1()));
    }

    @Override
    public List<Account> onTerritory(TerritoryId territory, Optional<String> search, PageRequest page) {
        List<VssAccountRecord> rows = Seek.page(db, VSS_ACCOUNT, VSS_ACCOUNT.ID.in(DSL.select(VSS_ACCOUNT_GRANT.ACCOUNT_ID)
                .from(VSS_ACCOUNT_GRANT).where(VSS_ACCOUNT_GRANT.TERRITORY_ID.eq(territory.value()))).and(search(search)),
                VSS_ACCOUNT.ID, List.of(), BY_LOGIN, page);
        Map<UUID, Set<Grant>> grants = grants(rows.stream().map(VssAccountRecord::getId).toList());
        return rows.stream().map(r -> account(r, grants.getOrDefault(r.getId(), Set.of()))).toList();
    }

    /** By login (unique): the order of the login's unique index. */
    private static final List<org.jooq.SortField<?>> BY_LOGIN = List.of(VSS_ACCOUNT.LOGIN.asc());

    @Override
    public long count(Optional<String> search) {
        return db.fetchCount(VSS_ACCOUNT, search(search));
    }

    private Optional<Account> one(Condition condition) {
        return db.selectFrom(VSS_ACCOUNT).where(condition).fetchOptional()
                .map(r -> account(r, grants(List.of(r.getId())).getOrDefault(r.getId(), Set.of())));
    }

    private static Condition search(Optional<String> text) {
        return text.filter(t -> !t.isBlank())
                .map(t -> VSS_ACCOUNT.LOGIN.containsIgnoreCase(t.strip()).or(VSS_ACCOUNT.DISPLAY_NAME.containsIgnoreCase(t.strip())))
                .orElse(DSL.noCondition());
    }

    private Map<UUID, Set<Grant>> grants(Collection<UUID> accounts) {
        Map<UUID, Set<Grant>> grants = new HashMap<>();
        if (accounts.isEmpty()) {
            return grants;
        }
        for (VssAccountGrantRecord r : db.selectFrom(VSS_ACCOUNT_GRANT).where(VSS_ACCOUNT_GRANT.ACCOUNT_ID.in(accounts)).fetch()) {
            Grant grant = new Grant(Role.valueOf(r.getRole()),
                    Optional.ofNullable(r.getTerritoryId()).map(TerritoryId::new),
                    Optional.ofNullable(r.getPartnerId()).map(PartnerId::new));
            grants.computeIfAbsent(r.getAccountId(), id -> new HashSet<>()).add(grant);
        }
        return grants;
    }

    private void insertGrants(Account account) {
        for (Grant grant : account.grants()) {
            VssAccountGrantRecord r = db.newRecord(VSS_ACCOUNT_GRANT);
            r.setAccountId(account.id().value());
            r.setRole(grant.role().name());
            r.setTerritoryId(grant.territory().map(TerritoryId::value).orElse(null));
            r.setPartnerId(grant.partner().map(PartnerId::value).orElse(null));
            db.executeInsert(r);
        }
    }

    private static Account withVersion(Account a, long version) {
        return new Account(a.id(), version, a.login(), a.displayName(), a.email(), a.language(), a.enabled(), a.grants(),
                a.passwordHash());
    }

    private VssAccountRecord record(Account account) {
        VssAccountRecord r = db.newRecord(VSS_ACCOUNT);
        r.setId(account.id().value());
        r.setVersion(account.version());
        r.setLogin(account.login().value());
        r.setDisplayName(account.displayName());
        r.setEmail(account.email().map(EmailAddress::value).orElse(null));
        r.setLanguage(account.language().name());
        r.setEnabled(account.enabled());
        r.setPasswordHash(account.passwordHash().orElse(null));
        return r;
    }

    private static Account account(VssAccountRecord r, Set<Grant> grants) {
        return new Account(new AccountId(r.getId()), r.getVersion(), new Login(r.getLogin()), r.getDisplayName(),
                Optional.ofNullable(r.getEmail()).map(EmailAddress::new), Language.valueOf(r.getLanguage()),
                r.getEnabled(), grants, Optional.ofNullable(r.getPasswordHash()));
    }
}
