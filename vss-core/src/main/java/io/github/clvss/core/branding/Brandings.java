package io.github.clvss.core.branding;

import io.github.clvss.core.access.TerritoryId;
import java.util.Optional;

/** Port: where each territory's branding is kept. */
public interface Brandings {

    /** The territory's branding, if it has set one. */
    Optional<Branding> find(TerritoryId territory);

    /**
     * Stores a branding: the first one (version 0), or a change if the stored version is
     * still {@code branding.version()}; otherwise conflicts.
     *
     * @return the stored value with its new version
     */
    Branding save(Branding branding);
}
