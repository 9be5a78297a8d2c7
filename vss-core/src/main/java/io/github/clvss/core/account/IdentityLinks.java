package io.github.clvss.core.account;

import io.github.clvss.core.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: which OpenID Connect identities (issuer and subject) open which account. */
public interface IdentityLinks {

    /** The account linked to this issuer's subject. */
    Optional<AccountId> find(String issuer, String subject);

    /** Whether the account is linked to some subject of this issuer. */
    boolean linked(AccountId account, String issuer);

    /** Links the issuer's subject to the account. */
    void link(AccountId account, String issuer, String subject, Instant at);

    /** The identities linked to the account, oldest link first (an account has a handful at most). */
    List<LinkedIdentity> of(AccountId account);

    /** Removes the link of the issuer's subject to the account; whether there was one. */
    boolean unlink(AccountId account, String issuer, String subject);

    /** Removes every link of the account. */
    void unlinkAll(AccountId account);

    /** The accounts whose e-mail address is this one. */
    List<AccountId> withEmail(EmailAddress email);
}
