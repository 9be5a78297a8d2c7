package io.github.clvss.core.path;

import io.github.clvss.core.access.PartnerId;
import java.time.Instant;
import java.util.Objects;

/**
 * The person's answer about one disclosure, as a professional recorded it. Consents are never
 * changed: a new answer (a withdrawal) is a new consent, and the latest one covering a
 * disclosure decides.
 *
 * @param status given, refused, withdrawn or cannot be expressed
 * @param scope which partner, for what
 * @param at when it was recorded
 * @param recordedBy the account id of who recorded it
 * @param recordedFor the partner whose user recorded it
 */
public record Consent(ConsentStatus status, ConsentScope scope, Instant at, String recordedBy, PartnerId recordedFor) {

    public Consent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedFor, "recordedFor");
    }
}
