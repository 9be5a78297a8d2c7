package io.github.clvss.admin.account;

import com.vaadin.flow.component.select.Select;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.territory.Territory;
import java.util.Optional;

/**
 * Chooses a role, and with a {@link TerritoryPicker} makes a grant. The partner role arrives
 * with partners.
 */
final class RolePicker extends Select<Role> {

    RolePicker(String label) {
        setLabel(label);
        setItems(Role.PLATFORM_ADMINISTRATOR, Role.COORDINATOR, Role.OBSERVER);
        setItemLabelGenerator(role -> role == null ? getTranslation("role.none") : getTranslation("role." + role.name()));
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("role.none"));
    }

    /** The grant chosen, if complete: a role, and a territory for the roles that need one. */
    Optional<Grant> grant(Optional<Territory> territory) {
        Role role = getValue();
        if (role == null) {
            return Optional.empty();
        }
        if (role == Role.PLATFORM_ADMINISTRATOR) {
            return Optional.of(Grant.platformAdministrator());
        }
        return territory.map(t -> role == Role.COORDINATOR ? Grant.coordinator(t.id()) : Grant.observer(t.id()));
    }
}
