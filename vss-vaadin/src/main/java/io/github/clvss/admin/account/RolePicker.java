package io.github.clvss.admin.account;

import com.vaadin.flow.component.select.Select;
import io.github.clvss.core.access.Role;

/**
 * Chooses a role; with a {@link TerritoryPicker} it makes a grant ({@link AccountMapping#grant}). The partner role arrives
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
}
