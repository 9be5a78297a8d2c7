package io.github.clvss.admin.account;

import com.vaadin.flow.component.textfield.PasswordField;
import io.github.clvss.admin.base.FieldCheck;
import io.github.clvss.admin.base.PageForm;
import io.github.clvss.core.account.Account;
import java.util.function.Function;

/**
 * Sets an account's password, inside the account's management dialog: refused on its field
 * until vss-core would accept it. It is set against the account's version shown: when someone
 * changed the account meanwhile (another administrator's reset), nothing is replaced and the form
 * says so, keeping what was typed.
 */
final class PasswordEditor extends PageForm<PasswordForm> {

    private final transient Function<char[], String> set;

    /**
     * @param set sets the password in vss-core and says what was done
     */
    PasswordEditor(Function<char[], String> set) {
        super("accounts.manage.password.set", PasswordForm.class, new PasswordForm());
        this.set = set;
        binder().setDefaultValidatorsEnabled(false);
        PasswordField password = new PasswordField(getTranslation("accounts.form.password"));
        password.setHelperText(getTranslation("accounts.form.password.help", Account.PASSWORD_MIN));
        binder().forField(place("password", password, 1))
                .withValidator(FieldCheck.of(AccountEditor::password, "password", false))
                .bind(PasswordForm::getPassword, PasswordForm::setPassword);
        binder().readBean(model());
    }

    @Override
    protected String save(PasswordForm form) {
        return set.apply(form.getPassword().toCharArray());
    }
}
