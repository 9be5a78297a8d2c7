package io.github.clvss.core.branding;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import java.util.Objects;

/** Each territory's branding: its coordinator sets it, everyone with a grant on it sees it. */
public final class BrandingAdministration {

    static final String RECORD = "branding";

    private final Brandings brandings;
    private final Acts acts;

    /**
     * @param brandings where brandings are kept
     * @param acts access checks and journal
     */
    public BrandingAdministration(Brandings brandings, Acts acts) {
        this.brandings = Objects.requireNonNull(brandings, "brandings");
        this.acts = Objects.requireNonNull(acts, "acts");
    }

    /** The territory's own branding (unset parts empty). */
    public Branding of(Actor actor, TerritoryId territory) {
        acts.refuseUnless(AccessPolicy.readTerritory(actor, territory), actor,
                Act.on("branding.read", RECORD, territory, territory));
        return brandings.find(territory).orElseGet(() -> Branding.unset(territory));
    }

    /** Saves the territory's branding (its coordinator). */
    public Branding save(Actor actor, Branding branding) {
        Act act = Act.on("branding.save", RECORD, branding.territory(), branding.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, branding.territory()), () -> brandings.save(branding));
    }
}
