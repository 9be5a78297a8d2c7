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
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.UploadHandler;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.VssException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one CSV import pipeline of the screens: upload, read off the request thread with visible
 * progress, preview every line or list every problem (line, column, why), then write all the
 * lines or none.
 *
 * @param <T> what one line becomes
 */
final class CsvImportDialog<T> extends Dialog {

    private final BiFunction<byte[], CsvImport.Progress, Parsed<List<CsvImport.Line<T>>>> reader;
    private final Function<List<CsvImport.Line<T>>, Parsed<Integer>> writer;
    private final Runnable imported;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final ProblemList problems = new ProblemList();
    private final Grid<CsvImport.Line<T>> preview = new Grid<>();
    private final Button confirm = new Button();
    private List<CsvImport.Line<T>> lines = List.of();

    /**
     * @param title the dialog's title
     * @param help what the file holds (columns)
     * @param reader reads a file (called off the request thread: it must not touch the session)
     * @param writer writes the lines, all or none: how many records, or the problems
     * @param imported told when the lines were written
     */
    CsvImportDialog(String title, String help, BiFunction<byte[], CsvImport.Progress, Parsed<List<CsvImport.Line<T>>>> reader,
            Function<List<CsvImport.Line<T>>, Parsed<Integer>> writer, Runnable imported) {
        this.reader = reader;
        this.writer = writer;
        this.imported = imported;
        setHeaderTitle(title);
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
        preview.setVisible(false);
        preview.setAllRowsVisible(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(click -> write());
        add(new Paragraph(help), upload, progress, progressText, problems, preview);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), confirm);
    }

    /** Adds a preview column. */
    CsvImportDialog<T> column(String header, ValueProvider<T, ?> value) {
        preview.addColumn(line -> value.apply(line.value())).setHeader(header);
        return this;
    }

    private void read(byte[] bytes) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setValue(0);
        problems.clear();
        preview.setVisible(false);
        confirm.setVisible(false);
        CompletableFuture.supplyAsync(() -> reader.apply(bytes, (done, total) -> ui.access(() -> {
            progress.setValue(total == 0 ? 1 : (double) done / total);
            progressText.setText(getTranslation("import.read", done, total));
        }))).whenComplete((parsed, failure) -> ui.access(() -> show(parsed, failure)));
    }

    private void show(Parsed<List<CsvImport.Line<T>>> parsed, Throwable failure) {
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

    private void write() {
        Parsed<Integer> written;
        try {
            written = writer.apply(lines);
        } catch (VssException refused) {
            written = Parsed.invalid(refused.problems());
        }
        if (!written.isValid()) {
            problems.show(getTranslation("import.problems"), written.problems());
            confirm.setVisible(false);
            return;
        }
        Refusals.done(getTranslation("import.done", written.orElseThrow()));
        imported.run();
        close();
    }
}
