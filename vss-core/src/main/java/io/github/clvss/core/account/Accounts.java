package io.github.clvss.core.account;

import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Port: where accounts (and their grants) are kept. */
public interface Accounts {

    /** Stores a new account; its version becomes 1. */
    Account add(Account account);

    /** Stores a changed account if its version is still the stored one, else conflicts. */
    Account update(Account account);

    /** The account with this id. */
    Optional<Account> find(AccountId id);

    /** The account with this login. */
    Optional<Account> findByLogin(Login login);

    /** The enabled accounts that hold {@code grant}. */
    List<AccountId> holding(io.github.clvss.core.access.Grant grant);

    /**
     * A page of the accounts holding a grant on {@code territory}, by login; those whose login or
     * name contains {@code search} (any case).
     */
    List<Account> onTerritory(io.github.clvss.core.access.TerritoryId territory, Optional<String> search,
            PageRequest page);

    /** A page of accounts by login; those whose login or name contains {@code search} (any case). */
    List<Account> list(Optional<String> search, PageRequest page);

    /** How many accounts match {@code search}. */
    long count(Optional<String> search);
}
