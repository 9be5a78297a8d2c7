package io.github.clvss.core.csv;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.document.DiagnosticFormat;
import io.github.clvss.core.indicator.Diagnostic;
import io.github.clvss.core.indicator.Figure;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.partner.PartnerRegister;
import io.github.clvss.core.path.DeclineReason;
import io.github.clvss.core.path.HandoverStatus;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.path.PathStatistics;
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
import java.util.Optional;

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

    private final Optional<Paths> paths;

    /** @param indicators the diagnostic (access checked there) */
    public DiagnosticCsv(IndicatorBoard indicators) {
        this.indicators = Objects.requireNonNull(indicators, "indicators");
        this.paths = Optional.empty();
    }

    /**
     * The diagnostic followed by the lines of its "victims' paths" section (handovers by partner
     * and status, median time to acceptance, share declined and why), masked like the document.
     *
     * @param indicators the diagnostic (access checked there)
     * @param paths the path statistics and what names their partners (access checked there)
     */
    public DiagnosticCsv(IndicatorBoard indicators, Paths paths) {
        this.indicators = Objects.requireNonNull(indicators, "indicators");
        this.paths = Optional.of(paths);
    }

    /**
     * What the diagnostic's path lines are read from.
     *
     * @param contracts to find the contract's territory
     * @param register the path statistics, masked
     * @param partners the receiving partners
     * @param institutions the partners' names
     */
    public record Paths(ContractManagement contracts, PathRegister register, PartnerRegister partners,
            InstitutionDirectory institutions) {
        public Paths {
            Objects.requireNonNull(contracts, "contracts");
            Objects.requireNonNull(register, "register");
            Objects.requireNonNull(partners, "partners");
            Objects.requireNonNull(institutions, "institutions");
        }
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
            if (paths.isPresent()) {
                for (List<String> cells : pathLines(actor, paths.get(), contract, year, year - diagnostic.firstYear() + 1, format)) {
                    csv.row(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The path lines: each figure in the year's column, the earlier years empty. */
    private static List<List<String>> pathLines(Actor actor, Paths paths, ContractId contract, int year, int years,
            DiagnosticFormat format) {
        TerritoryId territory = paths.contracts().find(actor, contract).territory();
        PathStatistics stats = paths.register().statistics(actor, territory, year);
        String section = format.text("diagnostic.paths");
        String handovers = format.text("diagnostic.csv.paths.handovers");
        List<List<String>> lines = new ArrayList<>();
        for (PathStatistics.PartnerRow row : stats.byPartner()) {
            String partner = paths.institutions().find(actor, paths.partners().find(actor, row.partner()).institution()).name();
            lines.add(line(section + " : " + format.text("diagnostic.paths.total"), partner, handovers, row.total(), years, format));
            for (HandoverStatus status : HandoverStatus.values()) {
                lines.add(line(section + " : " + format.text("diagnostic.paths.status." + status.name()), partner, handovers,
                        row.byStatus().get(status), years, format));
            }
        }
        String all = format.text("diagnostic.paths.all");
        lines.add(line(section + " : " + format.text("diagnostic.paths.total"), all, handovers, stats.total(), years, format));
        for (HandoverStatus status : HandoverStatus.values()) {
            lines.add(line(section + " : " + format.text("diagnostic.paths.status." + status.name()), all, handovers,
                    stats.byStatus().get(status), years, format));
        }
        lines.add(line(format.text("diagnostic.csv.paths.median"), "", format.text("diagnostic.csv.paths.hours"),
                stats.medianHoursToAcceptance(), years, format));
        lines.add(line(format.text("diagnostic.csv.paths.declined"), "", "%", stats.declinedPercent(), years, format));
        for (DeclineReason reason : DeclineReason.values()) {
            lines.add(line(format.text("diagnostic.paths.reasons") + " : " + format.text("diagnostic.paths.reason." + reason.name()),
                    "", handovers, stats.declineReasons().get(reason), years, format));
        }
        return lines;
    }

    private static List<String> line(String name, String partOf, String unit, Figure figure, int years, DiagnosticFormat format) {
        List<String> cells = new ArrayList<>(List.of("", name, partOf, unit));
        for (int i = 1; i < years; i++) {
            cells.add("");
        }
        cells.add(format.figure(figure));
        cells.addAll(List.of("", "", "vss"));
        return cells;
    }
}
