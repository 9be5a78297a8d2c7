package io.github.clvss.core.account;

import java.util.Objects;

/**
 * A second factor being enrolled, as shown once to the person enrolling: the secret to type into
 * an authenticator application, and the same as an {@code otpauth://} address (what a QR code
 * would carry). {@link #toString()} leaves both out.
 *
 * @param secret the shared secret, Base32
 * @param uri the {@code otpauth://totp/…} address with the secret, issuer and account
 */
public record Enrolment(String secret, String uri) {

    public Enrolment {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(uri, "uri");
    }

    @Override
    public String toString() {
        return "Enrolment[…]";
    }
}
