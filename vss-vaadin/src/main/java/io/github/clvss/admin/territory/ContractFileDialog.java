package io.github.clvss.admin.territory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.contractfile.ImportReport;
import io.github.clvss.core.shared.VssException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Sets up a town from a contract file (platform administrator): the file is checked first —
 * against its schema, its values and what is already stored, writing nothing — and what it would
 * create is said; the administrator then imports it, all of it or nothing. The town's
 * coordinator account is opened apart (accounts screen).
 */
final class ContractFileDialog extends Dialog {

    /** Largest file accepted: a town's contract file is well under it. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final transient ContractFiles files;
    private final transient Actor actor;
    private final transient Runnable imported;
    private final ProblemList problems = new ProblemList();
    private final Paragraph report = new Paragraph();
    private final Button confirm = new Button();
    private byte[] file = new byte[0];

    ContractFileDialog(ContractFiles files, Actor actor, Runnable imported) {
        this.files = files;
        this.actor = actor;
        this.imported = imported;
        setHeaderTitle(getTranslation("territories.file.title"));
        setWidth("min(48rem, 95vw)");
        Upload upload = new Upload((UploadHandler) this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setUploadButton(new Button(getTranslation("import.choose")));
        upload.setI18n(texts());
        report.getElement().setAttribute("aria-live", "polite");
        report.setId("contract-file-report");
        confirm.setText(getTranslation("territories.file.import"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(click -> write());
        add(new Paragraph(getTranslation("territories.file.help")), upload, report, problems);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = event.getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (bytes.size() + n > MAX_BYTES) {
                    event.reject(getTranslation("import.too-large"));
                    return;
                }
                bytes.write(buffer, 0, n);
            }
        }
        byte[] received = bytes.toByteArray();
        ui.access(() -> check(received));
    }

    /** Checks the file without writing anything, and says what it would create. */
    void check(byte[] received) {
        file = received;
        problems.clear();
        confirm.setVisible(false);
        try {
            ImportReport dry = files.importFile(actor, file, ImportMode.CREATE, true);
            if (!dry.accepted()) {
                report.setText(getTranslation("territories.file.refused"));
                problems.show(getTranslation("form.problems"), dry.problems());
                return;
            }
            report.setText(getTranslation("territories.file.ready", dry.changes().territoriesCreated(),
                    dry.changes().contractsCreated(), dry.changes().partnersWritten(), dry.changes().referentsWritten()));
            confirm.setVisible(true);
        } catch (VssException refused) {
            problems.show(getTranslation("form.problems"), refused.problems());
        }
    }

    private void write() {
        try {
            ImportReport done = files.importFile(actor, file, ImportMode.CREATE, false);
            if (!done.accepted()) {
                confirm.setVisible(false);
                problems.show(getTranslation("form.problems"), done.problems());
                return;
            }
            Refusals.done(getTranslation("territories.file.done"));
            imported.run();
            close();
        } catch (VssException refused) {
            problems.show(getTranslation("form.problems"), refused.problems());
        }
    }

    /** The upload's own words (its defaults are English), in the person's language. */
    private UploadI18N texts() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")).setMany(getTranslation("upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")).setMany(getTranslation("import.choose")))
                .setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry")).setStart(getTranslation("upload.start"))
                        .setRemove(getTranslation("upload.remove")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.too-many"))
                        .setFileIsTooBig(getTranslation("import.too-large")).setIncorrectFileType(getTranslation("territories.file.wrong-type")));
    }
}
