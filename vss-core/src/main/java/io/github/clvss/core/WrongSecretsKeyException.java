package io.github.clvss.core;

/**
 * vss refuses to start: the database holds second-factor secrets that the {@link SecretsKey} it was
 * given does not open (another key, or none). Give the key they were sealed with; if it is lost,
 * an administrator removes those second factors (the people sign in with their password and enrol
 * again). The message names no secret and no key.
 */
public final class WrongSecretsKeyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int unopened;

    WrongSecretsKeyException(int unopened, int stored, boolean keyed) {
        super(keyed
                ? "The secrets key does not open " + unopened + " of the " + stored
                        + " second-factor secrets stored in this database: give vss the key they were sealed with"
                : "This database holds " + unopened + " sealed second-factor secrets but vss was given no secrets key:"
                        + " give vss the key they were sealed with");
        this.unopened = unopened;
    }

    /** How many stored secrets the key does not open. */
    public int unopened() {
        return unopened;
    }
}
