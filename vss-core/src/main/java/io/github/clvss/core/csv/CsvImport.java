package io.github.clvss.core.csv;

import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reading pipeline: a spreadsheet export (UTF-8 or Windows-1252, comma or
 * semicolon) becomes typed rows, or every problem with its line and column. Nothing is
 * returned unless every line is valid, so an import built on it is all-or-nothing.
 *
 * @param <T> what one line becomes
 */
public final class CsvImport<T> {

    /** Largest accepted file. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

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

    /** Told how far reading has come: lines read so far, out of all lines. */
    @FunctionalInterface
    public interface Progress {
        /** No one is listening. */
        Progress NONE = (done, total) -> { };

        /** @param done lines read so far @param total lines in the file */
        void advanced(int done, int total);
    }

    private final List<Column> columns;
    private final Function<CsvRow, Parsed<T>> rowParser;

    /**
     * @param columns the columns the file may have
     * @param rowParser turns a line into a value, or its problems (with {@link CsvRow#path})
     */
    public CsvImport(List<Column> columns, Function<CsvRow, Parsed<T>> rowParser) {
        this.columns = List.copyOf(columns);
        this.rowParser = rowParser;
    }

    /** The path of a value: {@code L3:email}, or {@code L3} for a whole line. */
    public static String path(int line, String column) {
        return "L" + line + (column.isEmpty() ? "" : ":" + column);
    }

    /** Reads every line: the values in file order, or every problem. */
    public Parsed<List<Line<T>>> read(byte[] content, Progress progress) {
        if (content.length > MAX_BYTES) {
            return Parsed.invalid(Problem.error("csv.too-large", path(1, ""), content.length / 1024, MAX_BYTES / 1024));
        }
        String text = decode(content);
        if (text.isBlank()) {
            return Parsed.invalid(Problem.error("csv.empty", path(1, "")));
        }
        char delimiter = delimiter(text);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Parsed.invalid(Problem.error("csv.malformed", path(1, ""), String.valueOf(e.getMessage())));
        }
        Validation check = new Validation();
        Map<Integer, String> header = header(records.getFirst(), check);
        if (check.hasErrors()) {
            return Parsed.invalid(check.problems());
        }
        List<Line<T>> lines = new ArrayList<>();
        int total = records.size() - 1;
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            int line = (int) record.getRecordNumber();
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < record.size(); c++) {
                String column = header.get(c);
                if (column == null) {
                    if (!record.get(c).isBlank()) {
                        check.add(Problem.error("csv.extra-value", path(line, ""), c + 1));
                    }
                } else if (!record.get(c).isBlank()) {
                    values.put(column, record.get(c).strip());
                }
            }
            check.take(rowParser.apply(new CsvRow(line, values))).ifPresent(value -> lines.add(new Line<>(line, value)));
            progress.advanced(i, total);
        }
        if (total == 0) {
            check.add(Problem.error("csv.no-lines", path(1, "")));
        }
        return check.build(() -> lines);
    }

    /**
     * A valid line of the file.
     *
     * @param number its line number
     * @param value what it became
     */
    public record Line<T>(int number, T value) {
    }

    private Map<Integer, String> header(CSVRecord names, Validation check) {
        Map<String, Column> byName = new LinkedHashMap<>();
        for (Column column : columns) {
            byName.put(normal(column.name()), column);
            column.aliases().forEach(alias -> byName.put(normal(alias), column));
        }
        Map<Integer, String> header = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            Column column = byName.get(normal(names.get(c)));
            if (column == null) {
                check.add(Problem.error("csv.column.unknown", path(1, names.get(c)), names.get(c),
                        String.join(", ", columns.stream().map(Column::name).toList())));
            } else if (header.containsValue(column.name())) {
                check.add(Problem.error("csv.column.twice", path(1, names.get(c)), column.name()));
            } else {
                header.put(c, column.name());
            }
        }
        columns.stream().filter(Column::required).filter(column -> !header.containsValue(column.name()))
                .forEach(column -> check.add(Problem.error("csv.column.missing", path(1, column.name()), column.name())));
        return header;
    }

    private static String normal(String name) {
        String plain = Normalizer.normalize(name.strip().replace("\ufeff", ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    private static char delimiter(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** UTF-8 (with or without BOM) when it decodes, else Windows-1252, as French spreadsheets save. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }
}
