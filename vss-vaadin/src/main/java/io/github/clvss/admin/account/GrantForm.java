package io.github.clvss.admin.account;

import io.github.clvss.core.access.Role;
import io.github.clvss.core.territory.Territory;

/** What the grant form of an account holds while the administrator chooses: a role, a territory. */
final class GrantForm {

    private Role role;
    private Territory territory;

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
    }
}
