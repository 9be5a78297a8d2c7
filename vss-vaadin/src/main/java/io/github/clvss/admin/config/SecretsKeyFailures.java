package io.github.clvss.admin.config;

import io.github.clvss.core.WrongSecretsKeyException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Turns a start refused for its secrets key into Spring Boot's short "application failed to start"
 * report (what went wrong, what to do) instead of a stack trace. Registered in
 * {@code META-INF/spring.factories}.
 */
class SecretsKeyFailures implements FailureAnalyzer {

    private static final String WHERE = "Set the key with vss.secrets.key (environment VSS_SECRETS_KEY, Base64 of 32 bytes)"
            + " or keep it in the file " + VssConfiguration.KEY_FILE + " of vss.data-dir.";

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WrongSecretsKeyException wrong) {
                return new FailureAnalysis(wrong.getMessage() + ".",
                        WHERE + " Give the key the second factors were sealed with (restore it from where you keep it apart"
                                + " from the database). If it is lost, remove the second factors as the README says"
                                + " (\"Secrets key\"); the people concerned then sign in with their password and enrol again.",
                        failure);
            }
            if (cause instanceof UnusableSecretsKey unusable) {
                return new FailureAnalysis("The secrets key cannot be used: " + unusable.getMessage() + ".", WHERE, failure);
            }
        }
        return null;
    }
}
