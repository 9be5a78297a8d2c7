package io.github.clvss.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV meant to be opened in a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the
 * accents), semicolons (a French spreadsheet's separator), and every cell that a spreadsheet
 * would run as a formula ({@code = + - @}, tab, carriage return) prefixed with an apostrophe.
 * Open-data files, which must keep exact values, do not use it.
 */
public final class SpreadsheetCsv implements AutoCloseable {

    private final CSVPrinter printer;

    /** Starts a file with its header line. */
    public SpreadsheetCsv(Writer out, List<String> header) {
        try {
            out.write('\ufeff');
            this.printer = CSVFormat.RFC4180.builder().setDelimiter(';').get().print(out);
            row(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one line. */
    public void row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(SpreadsheetCsv::safe).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet shows as text, never runs. */
    public static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
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
