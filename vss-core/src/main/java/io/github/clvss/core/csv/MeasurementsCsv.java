package io.github.clvss.core.csv;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.ContractManagement;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.indicator.Indicator;
import io.github.clvss.core.indicator.IndicatorBoard;
import io.github.clvss.core.indicator.IndicatorId;
import io.github.clvss.core.indicator.Measurement;
import io.github.clvss.core.indicator.Period;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Validation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Records a contract's measurements from a spreadsheet, all or none. Columns (French or English
 * headers): {@code indicateur/indicator} (the indicator's name as defined, or its id),
 * {@code engagement/commitment} (optional: tells apart two indicators of the same name under
 * different commitments), {@code période/period} ({@code 2022}, {@code 2022-T3} or
 * {@code 2022-Q3}, {@code 2022-03}), {@code valeur/value} (a decimal comma or point; spaces
 * between thousands are ignored). A period already recorded gets the file's value.
 */
public final class MeasurementsCsv {

    /** The columns the file may have. */
    public static final List<CsvImport.Column> COLUMNS = List.of(
            new CsvImport.Column("indicator", List.of("indicateur"), true),
            new CsvImport.Column("commitment", List.of("engagement"), false),
            new CsvImport.Column("period", List.of("période", "periode", "année", "annee", "year"), true),
            new CsvImport.Column("value", List.of("valeur"), true));

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private final ContractManagement contracts;
    private final IndicatorBoard indicators;
    private final Acts acts;
    private final CsvImport.Limits limits;

    /**
     * @param contracts the contract's territory
     * @param indicators the contract's indicators, and where the values are recorded
     * @param acts refusals and their journal
     * @param limits the largest file accepted
     */
    public MeasurementsCsv(ContractManagement contracts, IndicatorBoard indicators, Acts acts, CsvImport.Limits limits) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.indicators = Objects.requireNonNull(indicators, "indicators");
        this.acts = Objects.requireNonNull(acts, "acts");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads the file for a contract: the values it would record, or every problem with its line
     * and column. Only the territory's coordinator may import: anyone else is refused, and
     * journaled, before the file is read.
     */
    public Parsed<List<CsvImport.Line<Measurement>>> read(Actor actor, ContractId contract, byte[] file,
            CsvImport.Progress progress) {
        TerritoryId territory = contracts.find(actor, contract).territory();
        acts.refuseUnless(AccessPolicy.changeTerritory(actor, territory), actor,
                Act.onTerritory("indicator.import", "indicator", territory));
        List<Indicator> known = PageRequest.readAll(page -> indicators.list(actor, contract, page), x -> x.id().value());
        Map<String, Integer> seen = new HashMap<>();
        return new CsvImport<>(COLUMNS, limits, row -> measurement(known, seen, row)).read(file, progress);
    }

    /** Records the values read from a file, all or none (the territory's coordinator). */
    public List<Measurement> record(Actor actor, List<CsvImport.Line<Measurement>> lines) {
        return indicators.recordAll(actor, lines.stream().map(CsvImport.Line::value).toList());
    }

    private static Parsed<Measurement> measurement(List<Indicator> known, Map<String, Integer> seen, CsvRow row) {
        Validation check = new Validation();
        Optional<Indicator> indicator = indicator(known, row, check);
        Optional<Period> period = check.take(Period.parse(row.value("period").orElse(""), row.path("period")));
        Optional<BigDecimal> value = number(row, check);
        if (indicator.isPresent() && value.isPresent()) {
            check.addAll(indicator.get().valueProblems(value.get(), row.path("value")));
        }
        if (indicator.isPresent() && period.isPresent()) {
            Integer first = seen.putIfAbsent(indicator.get().id() + "@" + period.get(), row.line());
            if (first != null) {
                check.add(Problem.error("csv.measurement.twice", row.path("period"), indicator.get().name(), period.get(), first));
            }
        }
        return check.build(() -> new Measurement(indicator.orElseThrow().id(), period.orElseThrow(), value.orElseThrow(),
                Provenance.ENTERED));
    }

    private static Optional<Indicator> indicator(List<Indicator> known, CsvRow row, Validation check) {
        String raw = row.value("indicator").orElse("");
        Optional<String> commitment = row.value("commitment");
        List<Indicator> matching;
        if (UUID_FORM.matcher(raw).matches()) {
            IndicatorId id = IndicatorId.parse(raw, row.path("indicator")).orElseThrow();
            matching = known.stream().filter(i -> i.id().equals(id)).toList();
        } else {
            matching = known.stream().filter(i -> ReferentsCsv.key(i.name()).equals(ReferentsCsv.key(raw)))
                    .filter(i -> commitment.map(c -> c.equalsIgnoreCase(i.commitment())).orElse(true)).toList();
        }
        if (matching.size() == 1) {
            return Optional.of(matching.getFirst());
        }
        if (matching.isEmpty()) {
            check.add(Problem.error("csv.indicator.unknown", row.path("indicator"), raw));
        } else {
            check.add(Problem.error("csv.indicator.ambiguous", row.path("indicator"), raw,
                    String.join(", ", matching.stream().map(Indicator::commitment).toList())));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> number(CsvRow row, Validation check) {
        String raw = row.value("value").orElse("");
        String compact = raw.replaceAll("[\\s\\u00a0\\u202f]", "").replace('\u2212', '-');
        if (!NUMBER.matcher(compact).matches()) {
            check.add(Problem.error("csv.value.invalid", row.path("value"), raw));
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(',', '.')));
    }
}
