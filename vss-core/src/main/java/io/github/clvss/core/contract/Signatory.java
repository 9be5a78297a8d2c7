package io.github.clvss.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * A required signatory and whether it has signed a version of the text: the progress of the
 * signatures.
 *
 * @param partner the partner required to sign, with its representative
 * @param textVersion the text version this is about
 * @param signedOn the date it signed that version, if it has
 */
public record Signatory(SignatoryPartner partner, int textVersion, Optional<java.time.LocalDate> signedOn) {

    public Signatory {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(signedOn, "signedOn");
    }
}
