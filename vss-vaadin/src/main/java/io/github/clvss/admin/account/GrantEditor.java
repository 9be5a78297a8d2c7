package io.github.clvss.admin.account;

import com.vaadin.flow.data.binder.ValidationResult;
import io.github.clvss.admin.base.PageForm;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.util.function.Function;

/**
 * Grants an account a role (on a territory, for the roles that need one), inside the account's
 * management dialog. The choice stays when vss refuses it (someone changed the account meanwhile).
 */
final class GrantEditor extends PageForm<GrantForm> {

    private final transient Function<Grant, String> grant;

    /**
     * @param grant grants the role in vss-core against the account's version shown, and says what was done
     */
    GrantEditor(TerritoryAdministration territories, CurrentUser user, Function<Grant, String> grant) {
        super("accounts.manage.grant", GrantForm.class, new GrantForm());
        this.grant = grant;
        binder().setDefaultValidatorsEnabled(false);
        RolePicker role = new RolePicker(getTranslation("accounts.form.role"));
        TerritoryPicker territory = new TerritoryPicker(getTranslation("accounts.form.territory"), territories, user.actor());
        binder().forField(place("role", role, 1))
                .withValidator((chosen, context) -> chosen != null ? ValidationResult.ok()
                        : ValidationResult.error(Messages.of(getLocale()).text(Problem.error("text.required", "role"))))
                .bind(GrantForm::getRole, GrantForm::setRole);
        binder().forField(place("territory", territory, 1))
                .withValidator((chosen, context) -> role.getValue() == null || role.getValue() == Role.PLATFORM_ADMINISTRATOR
                        || chosen != null ? ValidationResult.ok()
                        : ValidationResult.error(Messages.of(getLocale()).text(Problem.error("csv.territory.required",
                                "territory", getTranslation("role." + role.getValue().name())))))
                .bind(GrantForm::getTerritory, GrantForm::setTerritory);
        binder().readBean(model());
    }

    @Override
    protected String save(GrantForm form) {
        return grant.apply(AccountMapping.MAP.grant(form).orElseThrow());
    }
}
