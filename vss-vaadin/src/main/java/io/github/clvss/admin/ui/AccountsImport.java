package io.github.clvss.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.AccountAdministration.Opening;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.shared.Parsed;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The CSV import pipeline for accounts: upload, read with visible progress, preview every line
 * or every problem (line, column, why), then open all the accounts or none.
 */
final class AccountsImport extends Dialog {

    private final Vss vss;
    private final Actor actor;
    private final Runnable imported;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final ProblemList problems = new ProblemList();
    private final Grid<CsvImport.Line<Opening>> preview = new Grid<>();
    private final Button confirm = new Button();
    private List<CsvImport.Line<Opening>> lines = List.of();

    AccountsImport(Vss vss, CurrentUser user, Runnable imported) {
        this.vss = vss;
        this.actor = user.actor();
        this.imported = imported;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(60rem, 95vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> read(bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CsvImport.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("import.choose")));
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress"));
        progressText.getElement().setAttribute("aria-live", "polite");
        preview.setAriaLabel(getTranslation("import.preview"));
        preview.addColumn(CsvImport.Line::number).setHeader(getTranslation("import.column.line")).setAutoWidth(true);
        preview.addColumn(l -> l.value().account().login().value()).setHeader(getTranslation("accounts.column.login"));
        preview.addColumn(l -> l.value().account().displayName()).setHeader(getTranslation("accounts.column.name"));
        preview.addColumn(l -> l.value().account().email().map(Object::toString).orElse("")).setHeader(getTranslation("accounts.column.email"));
        preview.addColumn(l -> l.value().account().grants().stream().map(g -> getTranslation("role." + g.role().name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.column.roles"));
        preview.setVisible(false);
        preview.setAllRowsVisible(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(click -> openAccounts());
        add(new Paragraph(getTranslation("import.help")), upload, progress, progressText, problems, preview);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), confirm);
    }

    /** Reads the file off the request thread, showing progress through server push. */
    private void read(byte[] bytes) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setValue(0);
        problems.clear();
        preview.setVisible(false);
        confirm.setVisible(false);
        CompletableFuture.supplyAsync(() -> vss.accountsCsv().read(actor, bytes, (done, total) -> ui.access(() -> {
            progress.setValue(total == 0 ? 1 : (double) done / total);
            progressText.setText(getTranslation("import.read", done, total));
        }))).whenComplete((parsed, failure) -> ui.access(() -> show(parsed, failure)));
    }

    private void show(Parsed<List<CsvImport.Line<Opening>>> parsed, Throwable failure) {
        progress.setVisible(false);
        if (failure != null) {
            progressText.setText(getTranslation("import.failed"));
            return;
        }
        if (!parsed.isValid()) {
            lines = List.of();
            progressText.setText(getTranslation("import.refused", parsed.problems().size()));
            problems.show(getTranslation("import.problems"), parsed.problems());
            return;
        }
        lines = parsed.orElseThrow();
        progressText.setText(getTranslation("import.ready", lines.size()));
        preview.setItems(lines);
        preview.setVisible(true);
        confirm.setText(getTranslation("import.confirm", lines.size()));
        confirm.setVisible(true);
    }

    private void openAccounts() {
        Parsed<List<Account>> opened = vss.accountsCsv().open(actor, lines);
        if (!opened.isValid()) {
            problems.show(getTranslation("import.problems"), opened.problems());
            confirm.setVisible(false);
            return;
        }
        Refusals.done(getTranslation("import.done", opened.orElseThrow().size()));
        imported.run();
        close();
    }
}
