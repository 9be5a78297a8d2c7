package io.github.clvss.admin.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.github.clvss.admin.base.CsvImportDialog;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.AccountAdministration;
import io.github.clvss.core.csv.AccountsCsv;
import io.github.clvss.core.csv.CsvImport;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** The button that opens accounts from a spreadsheet, through a checked preview. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class AccountsImport extends Button {

    private final transient AccountsCsv accountsCsv;

    private final transient CsvImport.Limits csvLimits;
    private final CurrentUser user;

    AccountsImport(AccountsCsv accountsCsv, CsvImport.Limits csvLimits, CurrentUser user) {
        this.accountsCsv = accountsCsv;
        this.csvLimits = csvLimits;
        this.user = user;
        setText(getTranslation("accounts.import"));
        setIcon(VaadinIcon.UPLOAD.create());
    }

    /** Tells {@code imported} once the accounts are opened. */
    AccountsImport then(Runnable imported) {
        addClickListener(click -> open(imported));
        return this;
    }

    private void open(Runnable imported) {
        Actor actor = user.actor();
        new CsvImportDialog<AccountAdministration.Opening>(getTranslation("import.title"),
                getTranslation("import.help"), csvLimits,
                (bytes, progress) -> accountsCsv.read(actor, bytes, progress),
                lines -> accountsCsv.open(actor, lines).map(List::size),
                imported)
                .column(getTranslation("accounts.column.login"), o -> o.account().login().value())
                .column(getTranslation("accounts.column.name"), o -> o.account().displayName())
                .column(getTranslation("accounts.column.email"), o -> o.account().email().map(Object::toString).orElse(""))
                .column(getTranslation("accounts.column.roles"), o -> o.account().grants().stream()
                        .map(g -> getTranslation("role." + g.role().name())).collect(Collectors.joining(", ")))
                .open();
    }
}
