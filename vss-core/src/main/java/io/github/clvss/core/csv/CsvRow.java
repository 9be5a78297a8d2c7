package io.github.clvss.core.csv;

import java.util.Map;
import java.util.Optional;

/**
 * One data line of a CSV file, its values by column (the canonical column name, whatever
 * alias the file used).
 *
 * @param line the line number in the file (the header is line 1)
 * @param values the non-blank values by column
 */
public record CsvRow(int line, Map<String, String> values) {

    public CsvRow {
        values = Map.copyOf(values);
    }

    /** The value of a column, stripped; empty when blank. */
    public Optional<String> value(String column) {
        return Optional.ofNullable(values.get(column));
    }

    /** Where a value is, as a problem path: {@code L3:email}. {@link io.github.clvss.core.shared.Messages} shows it as "line 3, column email". */
    public String path(String column) {
        return CsvImport.path(line, column);
    }
}
