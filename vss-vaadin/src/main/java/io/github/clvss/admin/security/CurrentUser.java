package io.github.clvss.admin.security;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.AccountId;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in person as vss-core sees them: the {@link Actor} every service call carries,
 * with the grants the account holds now.
 */
@Component
public class CurrentUser {

    private final AccountAdministration accounts;
    private final SecurityContextHolderStrategy security;

    /**
     * @param accounts vss-core's accounts
     * @param security this application's holder of the security context — not the JVM-wide
     *     static one, which the last application started in the JVM (Vaadin sets it) owns
     */
    CurrentUser(AccountAdministration accounts, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.accounts = accounts;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Who is signed in, if anyone. */
    public Optional<SignedInUser> signedIn() {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in account, read afresh. */
    public Account account() {
        SignedInUser user = signedIn().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
        AccountId id = new AccountId(user.accountId());
        return accounts.find(new Actor(id.toString(), Set.of()), id);
    }

    /** The actor the signed-in account acts as (no grant if it was disabled meanwhile). */
    public Actor actor() {
        return account().actor();
    }
}
