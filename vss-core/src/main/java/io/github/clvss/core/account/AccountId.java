package io.github.clvss.core.account;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.TimeOrderedIds;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an account. It is also the id of the actor the account acts as, so the audit
 * journal names accounts by this id, never by their login or name.
 *
 * @param value a time-ordered UUID
 */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for an account created now. */
    public static AccountId next(Clock clock) {
        return new AccountId(TimeOrderedIds.next(clock));
    }

    /** Parses the canonical UUID form. */
    public static Parsed<AccountId> parse(String raw, String path) {
        return TimeOrderedIds.parse(raw, path).map(AccountId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
