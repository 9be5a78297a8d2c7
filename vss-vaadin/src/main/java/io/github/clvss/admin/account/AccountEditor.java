package io.github.clvss.admin.account;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import io.github.clvss.admin.base.FieldCheck;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Login;
import io.github.clvss.admin.base.GrantNotice;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import java.util.Optional;

/**
 * Opens one account. What the administrator typed stays in the form until it is valid; every
 * problem shows at once, on its field and listed above the form.
 */
final class AccountEditor extends FormDialog<AccountForm> {

    private final transient TerritoryAdministration territories;
    private final transient AccountAdministration accounts;
    private final transient GrantNotice notice;
    private final transient Clock clock;
    private final CurrentUser user;

    AccountEditor(TerritoryAdministration territories, AccountAdministration accounts, GrantNotice notice, Clock clock,
            CurrentUser user, Runnable opened) {
        super("accounts.form.title", AccountForm.class, new AccountForm(), opened);
        this.territories = territories;
        this.accounts = accounts;
        this.notice = notice;
        this.clock = clock;
        this.user = user;
        saveButton().setText(getTranslation("accounts.form.save"));
        listEveryProblem();
        binder().setDefaultValidatorsEnabled(false);
        TextField login = new TextField(getTranslation("accounts.column.login"));
        login.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("accounts.column.name"));
        name.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField(getTranslation("accounts.column.email"));
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("accounts.column.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == Language.FR ? "Français" : "English");
        RolePicker role = new RolePicker(getTranslation("accounts.form.role"));
        TerritoryPicker territory = new TerritoryPicker(getTranslation("accounts.form.territory"), territories, user.actor());
        territory.setEnabled(false);
        role.addValueChangeListener(change -> territory.setEnabled(change.getValue() != null
                && change.getValue() != Role.PLATFORM_ADMINISTRATOR));
        PasswordField password = new PasswordField(getTranslation("accounts.form.password"));
        password.setHelperText(getTranslation("accounts.form.password.help", Account.PASSWORD_MIN));

        binder().forField(place("[0].login", login, 1)).withValidator(FieldCheck.of(Login::parse, "[0].login", false))
                .bind(AccountForm::getLogin, AccountForm::setLogin);
        binder().forField(place("name", name, 1))
                .withValidator(FieldCheck.of((raw, path) -> Texts.required(raw, path, Account.NAME_MAX), "name", false))
                .bind(AccountForm::getName, AccountForm::setName);
        binder().forField(place("email", email, 1)).withValidator(FieldCheck.of(EmailAddress::parse, "email", true))
                .bind(AccountForm::getEmail, AccountForm::setEmail);
        binder().forField(place("language", language, 1)).bind(AccountForm::getLanguage, AccountForm::setLanguage);
        binder().forField(place("role", role, 1)).bind(AccountForm::getRole, AccountForm::setRole);
        binder().forField(place("territory", territory, 1))
                .withValidator((chosen, context) -> role.getValue() == null || role.getValue() == Role.PLATFORM_ADMINISTRATOR
                        || chosen != null ? ValidationResult.ok()
                        : ValidationResult.error(Messages.of(getLocale()).text(Problem.error("csv.territory.required",
                                "territory", getTranslation("role." + role.getValue().name())))))
                .bind(AccountForm::getTerritory, AccountForm::setTerritory);
        binder().forField(place("[0].password", password, 1))
                .withValidator(FieldCheck.of(AccountEditor::password, "[0].password", true))
                .bind(AccountForm::getPassword, AccountForm::setPassword);
        binder().readBean(model());
    }

    /** A password vss-core would accept, checked as it checks it. */
    static Parsed<String> password(String typed, String path) {
        return Account.passwordProblem(typed.toCharArray(), path).map(p -> Parsed.<String>invalid(p))
                .orElseGet(() -> Parsed.valid(typed));
    }

    @Override
    protected String save(AccountForm form) {
        Account stored = accounts.open(user.actor(), AccountMapping.MAP.toAccount(form, AccountId.next(clock)),
                AccountMapping.MAP.password(form.getPassword()));
        Optional<Grant> grant = AccountMapping.MAP.grant(form.getRole(), form.getTerritory());
        grant.ifPresent(g -> notice.announce(user.actor(), stored, g, this));
        return getTranslation("accounts.opened", stored.login().value());
    }
}
