package io.github.clvss.core.account;

/**
 * Port: turns passwords into one-way hashes and checks them. vss-core ships
 * {@link Pbkdf2Passwords}; a host may plug its own.
 */
public interface PasswordHashing {

    /** A self-describing hash of {@code password} (algorithm, parameters, salt, hash). */
    String hash(char[] password);

    /** Whether {@code password} matches {@code hash}; false for a hash this class cannot read. */
    boolean matches(char[] password, String hash);
}
