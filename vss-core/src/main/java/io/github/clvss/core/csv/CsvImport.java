package io.github.clvss.core.csv;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one CSV reading pipeline: a spreadsheet export (UTF-8, UTF-16 with its byte-order mark or
 * Windows-1252; semicolons, commas or tabs) becomes typed rows, or every problem with its line
 * and column. Nothing is returned unless every line is valid, so an import built on it is
 * all-or-nothing.
 *
 * <p>The file is refused before it is read when it is larger than {@link Limits#maxBytes()}, and
 * reading stops as soon as it has more lines than {@link Limits#maxLines()}. Reading streams: one
 * line at a time, so memory holds the file's bytes and the values read, never a second copy of
 * the text. A malformed file (a quote never closed, text after a closing quote, too few or too
 * many values on a line, a workbook or an unreadable encoding, no header) is refused with a
 * problem at the line where it starts — the line of the opening quote, for a quote never closed.
 *
 * @param <T> what one line becomes
 */
public final class CsvImport<T> {

    /** How many problems are listed before reading stops. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * How large a file an import accepts.
     *
     * @param maxBytes the largest file, in bytes
     * @param maxLines the most data lines (the header line not counted)
     */
    public record Limits(long maxBytes, int maxLines) {

        /** 2 MiB and 10,000 lines: far more than a town's référents, resources or yearly figures. */
        public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 10_000);

        public Limits {
            if (maxBytes < 1 || maxLines < 1) {
                throw new IllegalArgumentException("CSV limits must be positive: " + maxBytes + " bytes, " + maxLines + " lines");
            }
        }

        /** The problem for a file of {@code size} bytes, when it is too large. */
        public Optional<Problem> sizeProblem(long size) {
            return size > maxBytes
                    ? Optional.of(Problem.general("csv.too-large", kibibytes(size), kibibytes(maxBytes)))
                    : Optional.empty();
        }

        /** The problem for a file found larger than the limit while it was received, its size unknown. */
        public Problem overSize() {
            return Problem.general("csv.over-size", kibibytes(maxBytes));
        }

        private static long kibibytes(long bytes) {
            return (bytes + 1023) / 1024;
        }
    }

    /**
     * A column the file may have.
     *
     * @param name the canonical name, used in paths and by the row parser
     * @param aliases other header names accepted for it (e.g. the French name)
     * @param required whether the header must be present
     */
    public record Column(String name, List<String> aliases, boolean required) {

        public Column {
            aliases = List.copyOf(aliases);
        }
    }

    /** Told how far reading has come, and asked whether to stop. */
    @FunctionalInterface
    public interface Progress {
        /** No one is listening. */
        Progress NONE = (lines, percent) -> { };

        /**
         * Reading has come this far (called at most about a hundred times per file, and at the end).
         *
         * @param lines data lines read so far
         * @param percent share of the file read, 0 to 100
         */
        void advanced(int lines, int percent);

        /** Whether the person cancelled: reading stops at the next line, and nothing is returned. */
        default boolean cancelled() {
            return false;
        }
    }

    private final List<Column> columns;
    private final Limits limits;
    private final Function<CsvRow, Parsed<T>> rowParser;

    /**
     * With the {@link Limits#DEFAULT default limits}.
     *
     * @param columns the columns the file may have
     * @param rowParser turns a line into a value, or its problems (with {@link CsvRow#path})
     */
    public CsvImport(List<Column> columns, Function<CsvRow, Parsed<T>> rowParser) {
        this(columns, Limits.DEFAULT, rowParser);
    }

    /**
     * @param columns the columns the file may have
     * @param limits the largest file accepted
     * @param rowParser turns a line into a value, or its problems (with {@link CsvRow#path})
     */
    public CsvImport(List<Column> columns, Limits limits, Function<CsvRow, Parsed<T>> rowParser) {
        this.columns = List.copyOf(columns);
        this.limits = limits;
        this.rowParser = rowParser;
    }

    /** The path of a value: {@code L3:email}, or {@code L3} for a whole line. */
    public static String path(int line, String column) {
        return "L" + line + (column.isEmpty() ? "" : ":" + column);
    }

    /** Reads every line: the values in file order, or every problem (at most {@link #MAX_PROBLEMS}). */
    public Parsed<List<Line<T>>> read(byte[] content, Progress progress) {
        Optional<Problem> tooLarge = limits.sizeProblem(content.length);
        if (tooLarge.isPresent()) {
            return Parsed.invalid(tooLarge.get());
        }
        Encoding.Detected encoding = Encoding.detect(content);
        if (encoding.problem().isPresent()) {
            return Parsed.invalid(encoding.problem().get());
        }
        ByteArrayInputStream bytes = new ByteArrayInputStream(content, encoding.skip(), content.length - encoding.skip());
        try (InputStreamReader reader = new InputStreamReader(bytes, encoding.charset())) {
            return read(new CsvLexer(reader), content.length, bytes, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvLexer.Malformed malformed) {
            return Parsed.invalid(malformed.problem());
        }
    }

    private Parsed<List<Line<T>>> read(CsvLexer lexer, int size, ByteArrayInputStream bytes, Progress progress)
            throws IOException {
        Optional<CsvLexer.Record> first = lexer.next();
        if (first.isEmpty()) {
            return Parsed.invalid(Problem.general("csv.empty"));
        }
        Validation check = new Validation();
        Map<Integer, String> header = header(first.get(), check);
        if (check.hasErrors()) {
            return Parsed.invalid(check.problems());
        }
        int width = first.get().values().size();
        List<Line<T>> lines = new ArrayList<>();
        int count = 0;
        int reported = -1;
        for (Optional<CsvLexer.Record> next = lexer.next(); next.isPresent(); next = lexer.next()) {
            if (progress.cancelled()) {
                return Parsed.invalid(Problem.general("csv.cancelled"));
            }
            count++;
            if (count > limits.maxLines()) {
                return Parsed.invalid(Problem.general("csv.too-many-lines", limits.maxLines()));
            }
            CsvLexer.Record record = next.get();
            row(record, header, width, check).ifPresent(row ->
                    check.take(rowParser.apply(row)).ifPresent(value -> lines.add(new Line<>(record.line(), value))));
            if (check.problems().size() >= MAX_PROBLEMS) {
                check.add(Problem.general("csv.problems.more", MAX_PROBLEMS, record.line()));
                return Parsed.invalid(check.problems());
            }
            int percent = (int) (100L * (size - bytes.available()) / Math.max(1, size));
            if (percent != reported) {
                reported = percent;
                progress.advanced(count, percent);
            }
        }
        progress.advanced(count, 100);
        if (count == 0) {
            check.add(Problem.general("csv.no-lines"));
        }
        return check.build(() -> lines);
    }

    /** The values of a line by column, or its problems (a value beyond the header, values missing). */
    private static Optional<CsvRow> row(CsvLexer.Record record, Map<Integer, String> header, int width, Validation check) {
        List<String> cells = record.values();
        boolean valid = true;
        if (cells.size() < width) {
            check.add(Problem.error("csv.values.missing", path(record.line(), ""), cells.size(), width));
            valid = false;
        }
        Map<String, String> values = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String column = header.get(c);
            String cell = cells.get(c);
            if (c >= width || column == null) {
                if (!cell.isBlank()) {
                    check.add(Problem.error("csv.extra-value", path(record.line(), ""), c + 1, width));
                    valid = false;
                }
            } else if (!cell.isBlank()) {
                values.put(column, cell.strip());
            }
        }
        return valid ? Optional.of(new CsvRow(record.line(), values)) : Optional.empty();
    }

    /**
     * A valid line of the file.
     *
     * @param number its line number
     * @param value what it became
     */
    public record Line<T>(int number, T value) {
    }

    private Map<Integer, String> header(CsvLexer.Record names, Validation check) {
        Map<String, Column> byName = new LinkedHashMap<>();
        for (Column column : columns) {
            byName.put(normal(column.name()), column);
            column.aliases().forEach(alias -> byName.put(normal(alias), column));
        }
        Map<Integer, String> header = new HashMap<>();
        List<String> values = names.values();
        for (int c = 0; c < values.size(); c++) {
            String name = values.get(c).strip();
            if (name.isEmpty()) {
                continue;
            }
            Column column = byName.get(normal(name));
            if (column == null) {
                check.add(Problem.error("csv.column.unknown", path(names.line(), name), name,
                        String.join(", ", columns.stream().map(Column::name).toList())));
            } else if (header.containsValue(column.name())) {
                check.add(Problem.error("csv.column.twice", path(names.line(), name), column.name()));
            } else {
                header.put(c, column.name());
            }
        }
        columns.stream().filter(Column::required).filter(column -> !header.containsValue(column.name()))
                .forEach(column -> check.add(Problem.error("csv.column.missing", path(names.line(), column.name()),
                        column.name())));
        return header;
    }

    private static String normal(String name) {
        String plain = Normalizer.normalize(name.strip().replace("\ufeff", ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    /** Which encoding a file is in, read from its bytes once, without decoding them into text. */
    static final class Encoding {

        /**
         * @param charset how to decode the file
         * @param skip the byte-order mark's length
         * @param problem why the file cannot be read, if it cannot
         */
        record Detected(Charset charset, int skip, Optional<Problem> problem) {
        }

        private Encoding() {
        }

        static Detected detect(byte[] b) {
            if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
                return refused(Problem.general("csv.workbook"));
            }
            if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
                return utf8(b, 3);
            }
            if (startsWith(b, 0xFF, 0xFE)) {
                return new Detected(StandardCharsets.UTF_16LE, 2, Optional.empty());
            }
            if (startsWith(b, 0xFE, 0xFF)) {
                return new Detected(StandardCharsets.UTF_16BE, 2, Optional.empty());
            }
            return utf8(b, 0);
        }

        /**
         * UTF-8 when every byte sequence is UTF-8; Windows-1252 (as French spreadsheets save)
         * when none is; refused when the two are mixed, or when a control character shows the
         * file is not text.
         */
        private static Detected utf8(byte[] b, int start) {
            int line = 1;
            int firstInvalidLine = 0;
            boolean multiByte = false;
            for (int i = start; i < b.length; i++) {
                int c = b[i] & 0xFF;
                if (c == '\n') {
                    line++;
                } else if (c < 0x20 && c != '\t' && c != '\r') {
                    return refused(Problem.error("csv.encoding.control", path(line, ""), String.format("%02X", c)));
                }
                if (c < 0x80) {
                    continue;
                }
                int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                boolean valid = length > 0 && i + length <= b.length;
                for (int k = 1; valid && k < length; k++) {
                    valid = (b[i + k] & 0xC0) == 0x80;
                }
                if (valid) {
                    multiByte = true;
                    i += length - 1;
                } else if (firstInvalidLine == 0) {
                    firstInvalidLine = line;
                }
            }
            if (firstInvalidLine == 0) {
                return new Detected(StandardCharsets.UTF_8, start, Optional.empty());
            }
            if (multiByte || start > 0) {
                return refused(Problem.error("csv.encoding.mixed", path(firstInvalidLine, "")));
            }
            return new Detected(Charset.forName("windows-1252"), 0, Optional.empty());
        }

        private static Detected refused(Problem problem) {
            return new Detected(StandardCharsets.UTF_8, 0, Optional.of(problem));
        }

        private static boolean startsWith(byte[] b, int... prefix) {
            if (b.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((b[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
