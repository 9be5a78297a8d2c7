package io.github.clvss.admin.security;

import com.vaadin.flow.server.VaadinSession;
import io.github.clvss.admin.base.ContractFrame;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The territory the signed-in person is working on, kept in their session. A person with
 * grants on several territories switches between them; the first one they may see is the
 * default.
 */
@Component
public class TerritoryContext {

    private static final String KEY = TerritoryContext.class.getName();

    private final TerritoryAdministration territories;
    private final CurrentUser user;
    private final ContractFrame contracts;

    TerritoryContext(TerritoryAdministration territories, CurrentUser user, ContractFrame contracts) {
        this.territories = territories;
        this.user = user;
        this.contracts = contracts;
    }

    /** The current territory, if the person may see any. */
    public Optional<Territory> current() {
        Actor actor = user.actor();
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(KEY);
        if (chosen instanceof TerritoryId id) {
            Optional<Territory> territory = visible(actor, id);
            if (territory.isPresent()) {
                return territory;
            }
        }
        return territories.list(actor, PageRequest.first(1)).stream().findFirst();
    }

    /**
     * The contract of the current territory the screens work on ({@link ContractFrame#working}:
     * the one in force before a renewal's draft), if the territory has any and the person may see it.
     */
    public Optional<Contract> contract() {
        Actor actor = user.actor();
        return current().flatMap(territory -> contracts.working(actor, territory.id()));
    }

    /** A territory the person may read, by its identifier (vss-core refuses the others). */
    public Territory find(TerritoryId id) {
        return territories.find(user.actor(), id);
    }

    /** Works on another territory from now on. */
    public void select(TerritoryId id) {
        VaadinSession.getCurrent().setAttribute(KEY, id);
    }

    private Optional<Territory> visible(Actor actor, TerritoryId id) {
        if (!io.github.clvss.core.access.AccessPolicy.readTerritory(actor, id).isAllowed()) {
            return Optional.empty();
        }
        return Optional.of(territories.find(actor, id));
    }
}
