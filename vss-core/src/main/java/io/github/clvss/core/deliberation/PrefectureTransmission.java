package io.github.clvss.core.deliberation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The act's transmission to the préfecture for the contrôle de légalité (CGCT L2131-1), as the
 * act states it: the date and the @ctes identifier. The identifier is kept as typed, so that a
 * form can hold it half-written; {@link #actesId()} is the parsed value when it is valid.
 *
 * @param date when it was sent (transmis en préfecture le …)
 * @param actesIdText the @ctes identifier as written on the act
 */
public record PrefectureTransmission(Optional<LocalDate> date, Optional<String> actesIdText) {

    /** Not transmitted, or not known to be. */
    public static final PrefectureTransmission NONE = new PrefectureTransmission(Optional.empty(), Optional.empty());

    public PrefectureTransmission {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actesIdText, "actesIdText");
    }

    /** The @ctes identifier, when one is written and valid. */
    public Optional<ActesId> actesId() {
        return actesIdText.filter(text -> !text.isBlank())
                .flatMap(text -> ActesId.parse(text, "$.transmission.actesId").asOptional());
    }
}
