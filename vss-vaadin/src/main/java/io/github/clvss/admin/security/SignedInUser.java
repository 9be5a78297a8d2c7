package io.github.clvss.admin.security;

import io.github.clvss.core.account.Account;
import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * Who is signed in, as kept in the HTTP session: the account's id and what the screens show.
 * Grants are not kept here: they are read afresh from vss-core, so a revoked grant takes
 * effect at once.
 *
 * @param accountId the account's id
 * @param login the sign-in name
 * @param displayName the name shown
 */
public record SignedInUser(UUID accountId, String login, String displayName) implements Principal, Serializable {

    static SignedInUser of(Account account) {
        return new SignedInUser(account.id().value(), account.login().value(), account.displayName());
    }

    @Override
    public String getName() {
        return login;
    }
}
