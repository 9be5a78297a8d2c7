package io.github.clvss.admin.config;

/** The secrets key setting or key file cannot be used; the message names the setting or file, never a key. */
final class UnusableSecretsKey extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    UnusableSecretsKey(String message) {
        super(message);
    }
}
