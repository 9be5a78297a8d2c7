package io.github.clvss.core.document;

import io.github.clvss.core.shared.Language;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.ResourceBundle;

/** What the documents share: their own texts, their dates, a labelled row. */
final class DocumentTexts {

    private DocumentTexts() {
    }

    /** The documents' own texts in a language (no fallback to the machine's locale). */
    static ResourceBundle of(Language language) {
        return ResourceBundle.getBundle("io.github.clvss.core.document.documents", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Dates written in full in the reader's language: 1 juin 2023. */
    static DateTimeFormatter dates(Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    }

    static Map<String, String> row(String label, String value) {
        return Map.of("label", label, "value", value);
    }
}
