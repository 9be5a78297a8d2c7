package io.github.clvss.admin.partner;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.document.Documents;
import io.github.clvss.core.document.RenderedDocument;
import io.github.clvss.core.shared.Language;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The contract's document unique (its partners and référents), generated off the request thread
 * with visible progress, then offered for download and as a page.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class DirectoryDownload extends Div {

    private final transient Documents documents;
    private final CurrentUser user;

    DirectoryDownload(Documents documents, CurrentUser user) {
        this.documents = documents;
        this.user = user;
        addClassName("vss-inline");
    }

    /** Offers the document unique of {@code contract}. */
    DirectoryDownload show(Contract contract) {
        removeAll();
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("10rem");
        progress.getElement().setAttribute("aria-label", getTranslation("directory.progress"));
        Span status = new Span();
        status.getElement().setAttribute("aria-live", "polite");
        Div links = new Div();
        links.addClassName("vss-links");
        Button generate = new Button(getTranslation("directory.generate"), VaadinIcon.FILE_TEXT_O.create());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> {
            UI ui = UI.getCurrent();
            Actor actor = user.actor();
            Language language = Language.of(getLocale());
            generate.setEnabled(false);
            progress.setVisible(true);
            links.removeAll();
            status.setText(getTranslation("directory.generating"));
            CompletableFuture.supplyAsync(() -> {
                RenderedDocument document = documents.directory(actor, contract.id(), language);
                return Map.entry(document, documents.renderer().pdf(document));
            }).whenComplete((done, failure) -> ui.access(() -> {
                progress.setVisible(false);
                generate.setEnabled(true);
                if (failure != null) {
                    status.setText(getTranslation("directory.failed"));
                    return;
                }
                byte[] pdf = done.getValue();
                Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(pdf), done.getKey().fileName() + ".pdf", "application/pdf", pdf.length)),
                        getTranslation("directory.download"));
                download.getElement().setAttribute("download", true);
                Anchor page = new Anchor("documents/contracts/" + contract.id() + "/directory.html?lang="
                        + language.locale().getLanguage(), getTranslation("directory.page"));
                page.getElement().setAttribute("router-ignore", true);
                page.setTarget(AnchorTarget.BLANK);
                links.add(download, page);
                status.setText(getTranslation("directory.ready"));
            }));
        });
        add(generate, progress, status, links);
        return this;
    }
}
