package io.github.clvss.admin.account;

import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.notification.Notifier;
import io.github.clvss.core.territory.TerritoryAdministration;
import java.time.Clock;
import io.github.clvss.admin.base.ProblemList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.Role;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.shared.VssException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Opens one account. What the administrator typed stays in the form until it is valid; every
 * problem shows at once, next to the form.
 */
final class AccountForm extends Dialog {

    private final transient TerritoryAdministration territories;

    private final transient AccountAdministration accounts;

    private final transient Notifier notifier;

    private final transient Clock clock;
    private final CurrentUser user;
    private final Consumer<Account> opened;
    private final TextField login = new TextField();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Language> language = new Select<>();
    private final RolePicker role;
    private final TerritoryPicker territory;
    private final PasswordField password = new PasswordField();
    private final ProblemList problems = new ProblemList();

    AccountForm(TerritoryAdministration territories, AccountAdministration accounts, Notifier notifier, Clock clock, CurrentUser user, Consumer<Account> opened) {
        this.territories = territories;
        this.accounts = accounts;
        this.notifier = notifier;
        this.clock = clock;
        this.user = user;
        this.opened = opened;
        setHeaderTitle(getTranslation("accounts.form.title"));
        login.setLabel(getTranslation("accounts.column.login"));
        login.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("accounts.column.name"));
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("accounts.column.email"));
        language.setLabel(getTranslation("accounts.column.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == Language.FR ? "Français" : "English");
        language.setValue(Language.FR);
        role = new RolePicker(getTranslation("accounts.form.role"));
        territory = new TerritoryPicker(getTranslation("accounts.form.territory"), territories, user.actor());
        territory.setEnabled(false);
        role.addValueChangeListener(change -> territory.setEnabled(change.getValue() != null
                && change.getValue() != Role.PLATFORM_ADMINISTRATOR));
        password.setLabel(getTranslation("accounts.form.password"));
        password.setHelperText(getTranslation("accounts.form.password.help", Account.PASSWORD_MIN));
        FormLayout form = new FormLayout(login, name, email, language, role, territory, password);
        add(problems, form);
        Button save = new Button(getTranslation("accounts.form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save() {
        Validation check = new Validation();
        Optional<Login> parsedLogin = check.take(Login.parse(login.getValue(), "login"));
        Optional<String> parsedName = check.take(Texts.required(name.getValue(), "name", Account.NAME_MAX));
        Optional<Optional<EmailAddress>> parsedEmail = check.take(email.isEmpty()
                ? Parsed.valid(Optional.empty()) : EmailAddress.parse(email.getValue(), "email").map(Optional::of));
        Optional<Grant> grant = role.grant(Optional.ofNullable(territory.getValue()));
        if (role.getValue() != null && grant.isEmpty()) {
            check.add(Problem.error("csv.territory.required", "territory", getTranslation("role." + role.getValue().name())));
        }
        Optional<char[]> secret = password.isEmpty() ? Optional.empty() : Optional.of(password.getValue().toCharArray());
        secret.flatMap(p -> Account.passwordProblem(p, "password")).ifPresent(check::add);
        if (check.hasErrors()) {
            problems.show(getTranslation("form.problems"), check.problems());
            return;
        }
        Account account = Account.open(clock, parsedLogin.orElseThrow(), parsedName.orElseThrow(),
                parsedEmail.orElseThrow(), language.getValue(), grant.map(Set::of).orElse(Set.of()));
        try {
            Account stored = accounts.open(user.actor(), account, secret);
            grant.ifPresent(g -> AccountManagement.announce(territories, accounts, notifier, user, stored, g, this));
            close();
            opened.accept(stored);
        } catch (VssException refused) {
            problems.show(getTranslation("form.problems"), refused.problems());
        }
    }

}
