package io.github.clvss.admin.account;

import io.github.clvss.core.access.Role;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.territory.Territory;

/** What the new-account form holds while the administrator types: any value, valid or not yet. */
final class AccountForm {

    private String login = "";
    private String name = "";
    private String email = "";
    private Language language = Language.FR;
    private Role role;
    private Territory territory;
    private String password = "";

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
