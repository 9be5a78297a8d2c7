package io.github.clvss.core;

/**
 * vss refuses to start: the database holds second-factor secrets that the {@link SecretsKey} it was
 * given does not open (another key). Give the key they were sealed with; if it is lost, delete the
 * rows of {@code vss_second_factor} and {@code vss_recovery_code} (the people concerned then sign in
 * with their password and enrol again). The message names no secret and no key.
 */
public final class WrongSecretsKeyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int unopened;

    WrongSecretsKeyException(int unopened, int stored) {
        super("The secrets key does not open " + unopened + " of the " + stored
                + " second-factor secrets stored in this database: give vss the key they were sealed with");
        this.unopened = unopened;
    }

    /** How many stored secrets the key does not open. */
    public int unopened() {
        return unopened;
    }
}
