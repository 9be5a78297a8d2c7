package io.github.clvss.core.contract;

import io.github.clvss.core.access.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner required to sign the contract (a partner marked as signatory), as the contract's
 * lifecycle sees it.
 *
 * @param partner the partner
 * @param institution the partner institution's name
 * @param representativeTitle the office of whoever signs for it, as the contract names it
 * @param representativeName the name of whoever signs for it, as the contract names them
 */
public record SignatoryPartner(PartnerId partner, String institution, Optional<String> representativeTitle,
        Optional<String> representativeName) {

    public SignatoryPartner {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(representativeTitle, "representativeTitle");
        Objects.requireNonNull(representativeName, "representativeName");
    }
}
