package io.github.clvss.core.partner;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import java.util.Objects;
import java.util.Optional;

/**
 * A search among a territory's référents.
 *
 * @param territory whose référents
 * @param partner only this partner's
 * @param text in the name or the function (any case)
 * @param currentOnly without ended and erased ones
 */
public record ReferentQuery(TerritoryId territory, Optional<PartnerId> partner, Optional<String> text, boolean currentOnly) {

    public ReferentQuery {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(text, "text");
    }

    /** The current référents of a territory. */
    public static ReferentQuery current(TerritoryId territory) {
        return new ReferentQuery(territory, Optional.empty(), Optional.empty(), true);
    }

    /** The same search, for one partner. */
    public ReferentQuery of(PartnerId id) {
        return new ReferentQuery(territory, Optional.of(id), text, currentOnly);
    }

    /** The same search, with past and erased référents too. */
    public ReferentQuery withHistory() {
        return new ReferentQuery(territory, partner, text, false);
    }

    /** The same search, for a text in the name or function. */
    public ReferentQuery containing(String value) {
        return new ReferentQuery(territory, partner, Optional.of(value), currentOnly);
    }
}
