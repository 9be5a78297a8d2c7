package io.github.clvss.core.csv;

import io.github.clvss.core.shared.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts CSV text into records, one at a time (RFC 4180, with what spreadsheets write): the
 * separator is the one the first line uses most among semicolon, comma and tab; a value in
 * double quotes may hold separators, line breaks and doubled quotes; a quote inside a value
 * without quotes is kept as it is; spaces around a value are dropped; blank lines (and lines of separators only) are skipped.
 * Each record knows the physical line it starts on; a malformed one stops reading with a problem
 * at its line.
 */
final class CsvLexer {

    /** A record of the file. */
    record Record(int line, List<String> values) {
    }

    /** The text cannot be cut into records: {@link #problem()} says where and why. */
    static final class Malformed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Malformed(Problem problem) {
            super(problem.code(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private static final int EOF = -1;
    private static final int FIRST_LINE_LOOKAHEAD = 64 * 1024;

    private final BufferedReader in;
    private final StringBuilder firstLine = new StringBuilder();
    private int firstLineAt;
    private final char delimiter;
    private int line = 1;
    private int pushedBack = Integer.MIN_VALUE;

    CsvLexer(Reader reader) throws IOException {
        this.in = new BufferedReader(reader, 16 * 1024);
        this.delimiter = delimiterOfFirstLine();
    }

    char delimiter() {
        return delimiter;
    }

    /** The next record, or empty at the end of the text. */
    Optional<Record> next() throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return Optional.empty();
            }
            unread(c);
            int start = line;
            List<String> values = new ArrayList<>();
            boolean more = true;
            while (more) {
                more = field(values);
            }
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            return Optional.of(new Record(start, List.copyOf(values)));
        }
    }

    /** Reads one value into {@code values}; whether another value follows on the same record. */
    private boolean field(List<String> values) throws IOException {
        int c = read();
        while (isSpace(c)) {
            c = read();
        }
        StringBuilder value = new StringBuilder();
        if (c == '"') {
            int opened = line;
            while (true) {
                c = read();
                if (c == EOF) {
                    throw new Malformed(Problem.error("csv.quote.unclosed", CsvImport.path(opened, ""), values.size() + 1));
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        value.append('"');
                        continue;
                    }
                    while (isSpace(after)) {
                        after = read();
                    }
                    values.add(value.toString());
                    return end(after, values.size());
                }
                if (c == '\r' || c == '\n') {
                    newLine(c);
                    value.append('\n');
                } else {
                    value.append((char) c);
                }
            }
        }
        while (c != EOF && c != delimiter && c != '\r' && c != '\n') {
            value.append((char) c);
            c = read();
        }
        values.add(value.toString().strip());
        if (c == '\r' || c == '\n') {
            newLine(c);
            return false;
        }
        return c == delimiter;
    }

    /** After a closing quote: a separator, the end of the record, or a malformed value. */
    private boolean end(int c, int position) throws IOException {
        if (c == delimiter) {
            return true;
        }
        if (c == EOF) {
            return false;
        }
        if (c == '\r' || c == '\n') {
            newLine(c);
            return false;
        }
        throw new Malformed(Problem.error("csv.quote.stray", CsvImport.path(line, ""), position));
    }

    /** Counts a line break: CR LF, LF or CR alone. */
    private void newLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
    }

    private boolean isSpace(int c) {
        return c == ' ' || (c == '\t' && delimiter != '\t');
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        if (firstLineAt < firstLine.length()) {
            return firstLine.charAt(firstLineAt++);
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    /**
     * Reads ahead to the first line that is not blank (it is read again as the header) and counts
     * its separators outside quotes.
     */
    private char delimiterOfFirstLine() throws IOException {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean content = false;
        for (int c = in.read(); c != EOF && firstLine.length() < FIRST_LINE_LOOKAHEAD; c = in.read()) {
            firstLine.append((char) c);
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (content) {
                    break;
                }
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                content |= !Character.isWhitespace(c) && c != ';' && c != ',';
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
