package io.github.clvss.core.document;

import io.github.clvss.core.shared.Language;
import java.util.Objects;

/**
 * A document rendered as accessible HTML, ready to be shown as a page or printed to a tagged
 * PDF with {@link DocumentRenderer#pdf(RenderedDocument)}.
 *
 * @param title the document's title (also the PDF's)
 * @param language the document's language (also the PDF's)
 * @param html a complete, well-formed XHTML document
 * @param fileName a file name without extension, e.g. {@code synthese-contrat-boulogne-billancourt}
 */
public record RenderedDocument(String title, Language language, String html, String fileName) {

    public RenderedDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(fileName, "fileName");
    }
}
