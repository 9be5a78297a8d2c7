package io.github.clvss.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * An OpenID Connect identity (ProConnect…) that opens an account: the provider and the
 * provider's identifier of the person.
 *
 * @param issuer the provider's issuer identifier (its URL)
 * @param subject the provider's stable identifier of the person ({@code sub})
 * @param linkedAt when the link was made
 */
public record LinkedIdentity(String issuer, String subject, Instant linkedAt) {

    public LinkedIdentity {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }

    @Override
    public String toString() {
        return "LinkedIdentity[issuer=" + issuer + "]";
    }
}
