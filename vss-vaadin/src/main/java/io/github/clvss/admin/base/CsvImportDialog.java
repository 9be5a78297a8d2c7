package io.github.clvss.admin.base;

import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.VssException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CSV import pipeline of the screens: upload (refused past the size limit before the
 * file is read), read in the background with visible progress and a Cancel button, preview
 * every line or list every problem (line, column, why), then write all the lines or none.
 * Cancelling — the button, closing the dialog, leaving the page — writes nothing.
 *
 * @param <T> what one line becomes
 */
public final class CsvImportDialog<T> extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(CsvImportDialog.class);

    private final BiFunction<byte[], CsvImport.Progress, Parsed<List<CsvImport.Line<T>>>> reader;
    private final Function<List<CsvImport.Line<T>>, Parsed<Integer>> writer;
    private final Runnable imported;
    private final CsvImport.Limits limits;
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final ProblemList problems = new ProblemList();
    private final Grid<CsvImport.Line<T>> preview = new Grid<>();
    private final Button cancel = new Button();
    private final Button confirm = new Button();
    private String wording = "import";
    private List<CsvImport.Line<T>> lines = List.of();
    private volatile boolean cancelled;
    private boolean reading;

    /**
     * @param title the dialog's title
     * @param help what the file holds (columns)
     * @param limits the largest file accepted
     * @param reader reads a file (called off the request thread: it must not touch the session)
     * @param writer writes the lines, all or none: how many records, or the problems
     * @param imported told when the lines were written
     */
    public CsvImportDialog(String title, String help, CsvImport.Limits limits,
            BiFunction<byte[], CsvImport.Progress, Parsed<List<CsvImport.Line<T>>>> reader,
            Function<List<CsvImport.Line<T>>, Parsed<Integer>> writer, Runnable imported) {
        this.reader = reader;
        this.writer = writer;
        this.imported = imported;
        this.limits = limits;
        setHeaderTitle(title);
        setWidth("min(60rem, 95vw)");
        upload = new Upload((UploadHandler) this::receive);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".txt", "text/plain");
        upload.setUploadButton(new Button(getTranslation("import.choose")));
        upload.setI18n(UploadWords.of(this::getTranslation));
        upload.addFileRejectedListener(rejected -> {
            problems.clear();
            progressText.setText(getTranslation("import.wrong-type"));
        });
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress"));
        progressText.getElement().setAttribute("aria-live", "polite");
        preview.setAriaLabel(getTranslation("import.preview"));
        preview.addColumn(CsvImport.Line::number).setHeader(getTranslation("import.column.line")).setAutoWidth(true);
        preview.setVisible(false);
        preview.setHeight("20rem");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(click -> write());
        cancel.setText(getTranslation("import.cancel"));
        cancel.addClickListener(click -> cancel());
        Paragraph limitsText = new Paragraph(limits.maxBytes() % (1024 * 1024) == 0
                ? getTranslation("import.limits.mib", limits.maxBytes() / (1024 * 1024), limits.maxLines())
                : getTranslation("import.limits.kib", (limits.maxBytes() + 1023) / 1024, limits.maxLines()));
        add(new Paragraph(help), limitsText, upload, progress, progressText, problems, preview);
        getFooter().add(cancel, confirm);
    }

    /** Words of the preview and confirmation: {@code import} (accounts) or {@code import.lines} (any line). */
    public CsvImportDialog<T> wording(String prefix) {
        this.wording = prefix;
        preview.setAriaLabel(getTranslation(prefix + ".preview"));
        return this;
    }

    /** Adds a preview column. */
    public CsvImportDialog<T> column(String header, ValueProvider<T, ?> value) {
        preview.addColumn(line -> value.apply(line.value())).setHeader(header);
        return this;
    }

    /** Receives the file outside the session lock, reading no more than the size limit allows. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Optional<Problem> declared = limits.sizeProblem(event.getFileSize());
        if (declared.isPresent()) {
            event.reject(getTranslation("import.too-large"));
            ui.access(() -> refuse(List.of(declared.get())));
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long read = 0;
        // the declared size may be missing or wrong: the bytes received are counted too
        try (InputStream in = event.getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
                if (read > limits.maxBytes()) {
                    event.reject(getTranslation("import.too-large"));
                    ui.access(() -> refuse(List.of(limits.overSize())));
                    return;
                }
                bytes.write(buffer, 0, n);
            }
        }
        byte[] file = bytes.toByteArray();
        ui.access(() -> read(file));
    }

    private void read(byte[] bytes) {
        UI ui = UI.getCurrent();
        cancelled = false;
        reading = true;
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("import.started"));
        problems.clear();
        preview.setVisible(false);
        confirm.setVisible(false);
        cancel.setText(getTranslation("import.cancel"));
        CsvImport.Progress told = new CsvImport.Progress() {
            @Override
            public void advanced(int done, int percent) {
                ui.access(() -> {
                    if (!cancelled) {
                        progress.setValue(percent / 100.0);
                        progressText.setText(getTranslation("import.read", done, percent));
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
        CompletableFuture.supplyAsync(() -> reader.apply(bytes, told))
                .whenComplete((parsed, failure) -> ui.access(() -> show(parsed, failure)));
    }

    private void show(Parsed<List<CsvImport.Line<T>>> parsed, Throwable failure) {
        reading = false;
        progress.setVisible(false);
        cancel.setText(getTranslation("import.cancel"));
        if (failure != null) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            if (cause instanceof VssException refusal) {
                refuse(refusal.problems());
            } else {
                LOG.warn("a CSV file could not be read: {}", cause.getClass().getName());
                progressText.setText(getTranslation("import.failed"));
            }
            return;
        }
        if (!parsed.isValid()) {
            refuse(parsed.problems());
            return;
        }
        lines = parsed.orElseThrow();
        progressText.setText(getTranslation(wording + ".ready", lines.size()));
        preview.setItems(lines);
        preview.setVisible(true);
        confirm.setText(getTranslation(wording + ".confirm", lines.size()));
        confirm.setVisible(true);
    }

    private void refuse(List<Problem> found) {
        lines = List.of();
        progress.setVisible(false);
        preview.setVisible(false);
        confirm.setVisible(false);
        boolean wasCancelled = found.stream().anyMatch(p -> p.code().equals("csv.cancelled"));
        progressText.setText(wasCancelled ? getTranslation("import.cancelled") : getTranslation("import.refused", found.size()));
        problems.show(getTranslation("import.problems"), wasCancelled ? List.of() : found);
        upload.clearFileList();
    }

    /** Stops a read under way (nothing is written), or closes the dialog with nothing written. */
    private void cancel() {
        if (reading) {
            cancelled = true;
            cancel.setText(getTranslation("import.cancelling"));
            return;
        }
        close();
    }

    /**
     * Writes the lines in the background, all or none: once confirmed, the write is one
     * transaction and can no longer be cancelled (the dialog stays open until it ends).
     */
    private void write() {
        UI ui = UI.getCurrent();
        List<CsvImport.Line<T>> confirmed = lines;
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        progressText.setText(getTranslation("import.writing", confirmed.size()));
        CompletableFuture.supplyAsync(() -> {
            try {
                return writer.apply(confirmed);
            } catch (VssException refused) {
                return Parsed.<Integer>invalid(refused.problems());
            }
        }).whenComplete((written, failure) -> ui.access(() -> written(written, failure)));
    }

    private void written(Parsed<Integer> written, Throwable failure) {
        progress.setVisible(false);
        progress.setIndeterminate(false);
        cancel.setEnabled(true);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
        confirm.setVisible(false);
        confirm.setEnabled(true);
        if (failure != null) {
            LOG.warn("CSV lines could not be written: {}", failure.getClass().getName());
            progressText.setText(getTranslation("import.write-failed"));
            return;
        }
        if (!written.isValid()) {
            progressText.setText(getTranslation("import.refused", written.problems().size()));
            problems.show(getTranslation("import.problems"), written.problems());
            return;
        }
        Refusals.done(getTranslation(wording + ".done", written.orElseThrow()));
        imported.run();
        close();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        cancelled = true;
        super.onDetach(detachEvent);
    }
}
