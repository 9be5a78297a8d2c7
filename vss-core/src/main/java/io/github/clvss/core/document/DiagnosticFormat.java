package io.github.clvss.core.document;

import io.github.clvss.core.indicator.Change;
import io.github.clvss.core.indicator.Figure;
import io.github.clvss.core.shared.Language;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * How the diagnostic's figures and changes are written, the same in the document and in the
 * CSV file: numbers in the reader's language ({@code 6,5} / {@code 6.5}), a count masked below
 * the threshold as {@code < 5}, a value masked to protect another as {@code s} (secret
 * statistique), a missing value as {@code —}, a change as {@code +38,4 %} (minus sign U+2212,
 * so that a spreadsheet never reads it as a formula; no plus sign in a spreadsheet), a change
 * from zero as "nouveau (+4)".
 */
public final class DiagnosticFormat {

    private final Language language;
    private final int threshold;
    private final boolean plusSign;
    private final ResourceBundle texts;

    /**
     * @param language the reader's language
     * @param threshold the disclosure threshold, for the mask symbol
     * @param plusSign whether a rise is written with {@code +} ({@code +38,4 %}); a spreadsheet
     *     would read a leading {@code +} as a formula, so its cells go without ({@code 38,4 %})
     */
    public DiagnosticFormat(Language language, int threshold, boolean plusSign) {
        this.language = Objects.requireNonNull(language, "language");
        this.threshold = threshold;
        this.plusSign = plusSign;
        this.texts = ResourceBundle.getBundle("io.github.clvss.core.document.documents",
                language == Language.FR ? Locale.ROOT : language.locale(), DiagnosticFormat.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A text of the documents' bundle in the reader's language. */
    public String text(String key) {
        return texts.getString(key);
    }

    /** The symbol of a count masked below the threshold: {@code < 5}. */
    public String belowThreshold() {
        return "< " + threshold;
    }

    /** The symbol of a value masked to protect another: {@code s}. */
    public String protecting() {
        return texts.getString("diagnostic.masked.symbol");
    }

    /** A figure as it is written. */
    public String figure(Figure figure) {
        return switch (figure) {
            case Figure.Shown shown -> number(shown.value());
            case Figure.Masked masked -> masked.reason() == Figure.Reason.BELOW_THRESHOLD ? belowThreshold() : protecting();
            case Figure.Missing missing -> "—";
        };
    }

    /** A change as it is written. */
    public String change(Change change) {
        return switch (change) {
            case Change.Relative relative -> sign(relative.percent()) + fixed(relative.percent().abs())
                    + (language == Language.FR ? " %" : "%");
            case Change.FromZero zero -> zero.isNew()
                    ? texts.getString("diagnostic.change.new") + " (" + sign(zero.difference()) + number(zero.difference().abs()) + ")"
                    : texts.getString("diagnostic.change.none");
            case Change.NotComparable none -> "—";
            case Change.Withheld withheld -> protecting();
        };
    }

    /** A number in the reader's language, without trailing zeros: {@code 6,5}, {@code 1 250}. */
    public String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(language.locale()));
        if (language == Language.FR) {
            DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
            symbols.setGroupingSeparator(' ');
            format.setDecimalFormatSymbols(symbols);
        }
        String text = format.format(value.abs());
        return value.signum() < 0 ? "\u2212" + text : text;
    }

    private String sign(BigDecimal value) {
        return value.signum() < 0 ? "\u2212" : value.signum() > 0 && plusSign ? "+" : "";
    }

    /** A percentage with its one decimal kept: {@code 38,4}, {@code 20,0}. */
    private String fixed(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.0###", DecimalFormatSymbols.getInstance(language.locale()));
        if (language == Language.FR) {
            DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
            symbols.setGroupingSeparator(' ');
            format.setDecimalFormatSymbols(symbols);
        }
        return format.format(value);
    }
}
