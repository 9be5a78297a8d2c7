package io.github.clvss.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way vss writes a CSV file, whoever reads it: every export of the library and of the
 * admin application goes through here, so no cell leaves vss that a spreadsheet would run as a
 * formula.
 *
 * <p>Each column has a {@link Kind}. A cell that starts with a character a spreadsheet reads as
 * the start of a formula ({@code = + - @}, tab, carriage return, or their full-width forms
 * {@code ＝ ＋ － ＠}) is written with an apostrophe in front, unless it is a typed value in its
 * exact form: a {@link Kind#NUMBER number} ({@code -3}, {@code 12.5}) or an international
 * {@link Kind#PHONE phone number} ({@code +33146090000}). Those are constants, never run, so
 * open data keeps them exact. A text that already starts with apostrophes followed by a formula
 * character gets one more, so the rule can be undone without ambiguity: drop one apostrophe
 * from a cell made of apostrophes then a formula character ({@code docs/open-data.md}).
 *
 * <p>Two dialects: {@link #spreadsheet} for files meant to be opened in a spreadsheet (UTF-8 with
 * a byte-order mark so Excel reads the accents, semicolons as a French spreadsheet expects) and
 * {@link #openData} for re-users (UTF-8 without byte-order mark, commas, RFC 4180).
 */
public final class CsvWriter implements AutoCloseable {

    /** The characters that start a formula in a spreadsheet. */
    static final String FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
    private static final Pattern PHONE = Pattern.compile("\\+\\d{4,15}");

    /** What a column holds, which says how its cells are written. */
    public enum Kind {
        /** Words a person typed or imported (names, descriptions…): guarded. */
        TEXT,
        /** vss's own words: codes, identifiers, yes/no, numbers formatted for reading (guarded too). */
        CODE,
        /** A web address (a person's, checked by vss to start with {@code http}): guarded. */
        LINK,
        /** A date or an instant, ISO-8601 (cannot start with a formula character). */
        DATE,
        /** A number written exactly ({@code -3}, {@code 12.5}); anything else in it is guarded like text. */
        NUMBER,
        /** An international phone number written exactly ({@code +33146090000}); anything else is guarded. */
        PHONE
    }

    /**
     * A column of a file.
     *
     * @param name its header
     * @param kind what it holds
     */
    public record Column(String name, Kind kind) {

        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }

        /** Text columns, for a file that holds only words. */
        public static List<Column> texts(String... names) {
            return List.of(names).stream().map(name -> new Column(name, Kind.TEXT)).toList();
        }
    }

    private final CSVPrinter printer;
    private final List<Column> columns;

    private CsvWriter(Writer out, CSVFormat format, boolean byteOrderMark, List<Column> columns) {
        this.columns = List.copyOf(columns);
        try {
            if (byteOrderMark) {
                out.write('\ufeff');
            }
            this.printer = format.print(out);
            printer.printRecord(this.columns.stream().map(c -> safe(c.name())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file meant for a spreadsheet: UTF-8 byte-order mark, semicolons; writes the header line. */
    public static CsvWriter spreadsheet(Writer out, List<Column> columns) {
        return new CsvWriter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get(), true, columns);
    }

    /** An open-data file: no byte-order mark, commas, RFC 4180; writes the header line. */
    public static CsvWriter openData(Writer out, List<Column> columns) {
        return new CsvWriter(out, CSVFormat.RFC4180, false, columns);
    }

    /** The columns, in their order. */
    public List<Column> columns() {
        return columns;
    }

    /** Writes one line, a cell per column in their order. */
    public void row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
        }
        try {
            String[] written = new String[cells.size()];
            for (int i = 0; i < written.length; i++) {
                written[i] = cell(columns.get(i).kind(), cells.get(i));
            }
            printer.printRecord((Object[]) written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as written in a column of {@code kind}. */
    static String cell(Kind kind, String value) {
        return switch (kind) {
            case NUMBER -> NUMBER.matcher(value).matches() ? value : safe(value);
            case PHONE -> PHONE.matcher(value).matches() ? value : safe(value);
            default -> safe(value);
        };
    }

    /** A text cell a spreadsheet shows as text, never runs. */
    public static String safe(String cell) {
        int apostrophes = 0;
        while (apostrophes < cell.length() && cell.charAt(apostrophes) == '\'') {
            apostrophes++;
        }
        if (apostrophes < cell.length() && startsFormula(cell.charAt(apostrophes))) {
            return "'" + cell;
        }
        return cell;
    }

    /** Whether a spreadsheet would read a cell starting with {@code c} as a formula. */
    static boolean startsFormula(char c) {
        return FORMULA_STARTS.indexOf(c) >= 0;
    }

    /** Whether a cell may start with a formula character because it is a number or a phone number in exact form. */
    static boolean isExactConstant(String cell) {
        return NUMBER.matcher(cell).matches() || PHONE.matcher(cell).matches();
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
