package io.github.clvss.core.account;

import io.github.clvss.core.shared.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Who an OpenID Connect provider (ProConnect…) says a person is, once it authenticated them.
 *
 * @param issuer the provider's issuer identifier (its URL)
 * @param subject the provider's stable identifier of the person ({@code sub})
 * @param email the e-mail address the provider gives, when it gives one
 * @param emailVerified the provider's {@code email_verified} claim, when it sends one
 */
public record ExternalIdentity(String issuer, String subject, Optional<EmailAddress> email,
        Optional<Boolean> emailVerified) {

    /** Longest issuer kept. */
    public static final int ISSUER_MAX = 500;
    /** Longest subject kept. */
    public static final int SUBJECT_MAX = 255;

    public ExternalIdentity {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(emailVerified, "emailVerified");
        if (issuer.isBlank() || issuer.length() > ISSUER_MAX || subject.isBlank() || subject.length() > SUBJECT_MAX) {
            throw new IllegalArgumentException("an identity needs an issuer of at most " + ISSUER_MAX
                    + " characters and a subject of at most " + SUBJECT_MAX);
        }
    }

    @Override
    public String toString() {
        return "ExternalIdentity[issuer=" + issuer + "]";
    }
}
