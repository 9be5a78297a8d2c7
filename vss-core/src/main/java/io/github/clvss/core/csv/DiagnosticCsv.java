package io.github.clvss.core.csv;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.document.DiagnosticFormat;
import io.github.clvss.core.indicator.Diagnostic;
import io.github.clvss.core.indicator.Figure;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.shared.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The yearly diagnostic's indicators as a spreadsheet (UTF-8 with BOM, semicolons, formula-safe:
 * {@link CsvWriter#spreadsheet}), masked exactly like the document: one line per indicator —
 * commitment, indicator, the total it is a part of, unit, its value for each year of the
 * series, the change over the year before, target, source. Masked values are written
 * {@code < 5} or {@code s}, like the document; numbers in the reader's language; a rise
 * without a plus sign, which a spreadsheet would take for a formula ({@code 33,3 %}).
 */
public final class DiagnosticCsv {

    private final IndicatorBoard indicators;

    /** @param indicators the diagnostic (access checked there) */
    public DiagnosticCsv(IndicatorBoard indicators) {
        this.indicators = Objects.requireNonNull(indicators, "indicators");
    }

    /** The diagnostic of {@code year} as a CSV file (anyone with a grant on the contract's territory). */
    public byte[] export(Actor actor, ContractId contract, int year, Language language) {
        Diagnostic diagnostic = indicators.diagnostic(actor, contract, year);
        DiagnosticFormat format = new DiagnosticFormat(language, diagnostic.threshold(), false);
        // the commitment is the contract's reference for it ("1.2"); names, units and sources are people's words
        List<CsvWriter.Column> header = new ArrayList<>(List.of(new CsvWriter.Column(format.text("diagnostic.csv.commitment"),
                CsvWriter.Kind.CODE)));
        header.addAll(CsvWriter.Column.texts(format.text("diagnostic.csv.indicator"), format.text("diagnostic.csv.part-of"),
                format.text("diagnostic.csv.unit")));
        // figures are formatted for reading ("< 5", "33,3 %"): vss's own words
        for (int y = diagnostic.firstYear(); y <= year; y++) {
            header.add(new CsvWriter.Column(String.valueOf(y), CsvWriter.Kind.CODE));
        }
        header.add(new CsvWriter.Column(format.text("diagnostic.csv.change"), CsvWriter.Kind.CODE));
        header.add(new CsvWriter.Column(format.text("diagnostic.csv.target"), CsvWriter.Kind.CODE));
        header.add(new CsvWriter.Column(format.text("diagnostic.csv.source"), CsvWriter.Kind.TEXT));
        Map<Object, String> names = new HashMap<>();
        diagnostic.sections().forEach(s -> s.rows().forEach(r -> names.put(r.indicator().id(), r.indicator().name())));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.spreadsheet(out, header)) {
            for (Diagnostic.Section section : diagnostic.sections()) {
                for (Diagnostic.Row row : section.rows()) {
                    Indicator indicator = row.indicator();
                    List<String> cells = new ArrayList<>(List.of(section.commitment(), indicator.name(),
                            indicator.partOf().map(id -> names.getOrDefault(id, id.toString())).orElse(""), indicator.unit()));
                    for (Figure figure : row.series().values()) {
                        cells.add(format.figure(figure));
                    }
                    cells.add(format.change(row.change()));
                    cells.add(indicator.target().map(format::number).orElse(""));
                    cells.add(indicator.source());
                    csv.row(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
