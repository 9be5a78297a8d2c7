package io.github.clvss.core.account;

import java.util.Collection;
import java.util.Optional;

/**
 * Port: where second factors and their one-time recovery codes are kept. Recovery codes are kept
 * only as digests.
 */
public interface SecondFactors {

    /** The account's factor, active or still being enrolled. */
    Optional<SecondFactor> find(AccountId account);

    /** Stores the account's factor, replacing the one it had. */
    void save(SecondFactor factor);

    /** Forgets the account's factor and its recovery codes. */
    void remove(AccountId account);

    /** Replaces the account's recovery codes by these digests. */
    void replaceRecoveryCodes(AccountId account, Collection<String> digests);

    /** Removes one recovery code by its digest; whether it was there. */
    boolean useRecoveryCode(AccountId account, String digest);

    /** How many unused recovery codes the account has. */
    int recoveryCodesLeft(AccountId account);
}
