package io.github.clvss.core.indicator;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.ContractTexts;
import io.github.clvss.core.contract.Contracts;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.ConflictException;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Transactions;
import io.github.clvss.core.shared.Versions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The indicators of a contract's commitments, their measurements and the yearly diagnostic
 * for the CLSPD: the coordinator defines indicators, records measurements (by hand or from a
 * spreadsheet, all or none) and writes the diagnostic's notes; anyone with a grant on the
 * territory — partner users and observers too — reads them.
 *
 * <p>Values read here are the stored ones: they stay inside vss (the coordinator's screens).
 * The {@link #diagnostic} is what leaves it, in documents and files: its figures have been
 * through the {@link Disclosure} policy.
 */
public final class IndicatorBoard {

    static final String RECORD = "indicator";
    private static final String CONTRACT = "contract";
    /** How many years each indicator's series in the diagnostic covers, the diagnostic's year included. */
    public static final int SERIES_YEARS = 5;

    private final Indicators indicators;
    private final DiagnosticNotes notes;
    private final Contracts contracts;
    private final ContractTexts texts;
    private final ActionStates actionStates;
    private final Disclosure disclosure;
    private final Transactions transactions;
    private final Acts acts;

    /**
     * @param indicators where indicators and measurements are kept
     * @param notes where the diagnostic's notes are kept
     * @param contracts to find the contract
     * @param texts the contract's text, for its commitments
     * @param actionStates the state of the follow-up actions, for the diagnostic ({@link ActionStates#NONE} until plugged in)
     * @param disclosure the masking applied to the diagnostic
     * @param transactions the transaction boundary
     * @param acts access checks and journal
     */
    public IndicatorBoard(Indicators indicators, DiagnosticNotes notes, Contracts contracts, ContractTexts texts,
            ActionStates actionStates, Disclosure disclosure, Transactions transactions, Acts acts) {
        this.indicators = Objects.requireNonNull(indicators, "indicators");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.actionStates = Objects.requireNonNull(actionStates, "actionStates");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.acts = Objects.requireNonNull(acts, "acts");
    }

    /** The masking applied to what leaves vss. */
    public Disclosure disclosure() {
        return disclosure;
    }

    /**
     * Defines an indicator made with {@link Indicator#define} (the territory's coordinator): its
     * contract must be the territory's, its commitment in the contract's current text, and the
     * total it is a part of, if any, a count of people of the same contract that is not itself a part.
     */
    public Indicator define(Actor actor, Indicator indicator) {
        Act act = Act.on("indicator.define", RECORD, indicator.id(), indicator.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, indicator.territory()), () -> {
            Contract contract = contract(indicator.contract());
            if (!contract.territory().equals(indicator.territory())) {
                throw new NotFoundException(Problem.general("contract.not-found", indicator.contract()));
            }
            if (indicators.find(indicator.id()).isPresent()) {
                throw new ConflictException(Problem.general("indicator.id.taken", indicator.id()));
            }
            consistent(indicator, false);
            Indicator stored = indicators.add(indicator);
            return stored;
        });
    }

    /**
     * Stores an indicator's corrected definition (the territory's coordinator), if nobody changed
     * it since {@code corrected.version()}; it stays in its contract.
     */
    public Indicator correct(Actor actor, Indicator corrected) {
        return acts.performOn(actor, () -> indicators.find(corrected.id()).orElseThrow(() -> notFound(corrected.id())),
                current -> Act.on("indicator.correct", RECORD, current.id(), current.territory()),
                current -> AccessPolicy.changeTerritory(actor, current.territory()), current -> {
            Versions.expect(current.version(), corrected.version(), RECORD, current.id());
            Indicator next = current.correct(corrected);
            consistent(next, indicators.hasParts(next.id()));
            Indicator stored = indicators.update(next);
            return stored;
        });
    }

    /** An indicator, for anyone with a grant on its territory. */
    public Indicator find(Actor actor, IndicatorId id) {
        Indicator indicator = transactions.inTransaction(() -> indicators.find(id)).orElseThrow(() -> notFound(id));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, indicator.territory()), actor,
                Act.on("indicator.read", RECORD, id, indicator.territory()));
        return indicator;
    }

    /** A page of a contract's indicators, by commitment id, then in the order they were defined. */
    public List<Indicator> list(Actor actor, ContractId contract, PageRequest page) {
        checkRead(actor, contract, "indicator.list");
        return transactions.inTransaction(() -> indicators.list(contract, page));
    }

    /** How many indicators a contract has. */
    public long count(Actor actor, ContractId contract) {
        checkRead(actor, contract, "indicator.list");
        return transactions.inTransaction(() -> indicators.count(contract));
    }

    /**
     * Records an indicator's value for a period that has none yet (the territory's coordinator).
     * A period that has a value is a conflict: replacing it is {@link #record(Actor, Measurement, Optional)}.
     * A count must be a whole number, zero or more.
     */
    public Measurement record(Actor actor, Measurement measurement) {
        return record(actor, measurement, Optional.empty());
    }

    /**
     * Records an indicator's value for a period (the territory's coordinator), replacing the
     * value {@code seen} — the one the person was shown for that period, empty when it had
     * none. When the stored value is not that one (someone recorded, changed or nobody had
     * recorded it meanwhile), nothing is written and a conflict ({@code indicator.measurement.changed})
     * is raised: nobody overwrites a value they did not see.
     */
    public Measurement record(Actor actor, Measurement measurement, Optional<BigDecimal> seen) {
        Objects.requireNonNull(seen, "seen");
        return acts.performOn(actor,
                () -> indicators.find(measurement.indicator()).orElseThrow(() -> notFound(measurement.indicator())),
                indicator -> Act.on("indicator.measure", RECORD, measurement.indicator(), indicator.territory()),
                indicator -> AccessPolicy.changeTerritory(actor, indicator.territory()), indicator -> {
                    List<Problem> problems = indicator.valueProblems(measurement.value(), "measurements[0].value");
                    if (!problems.isEmpty()) {
                        throw new InvalidInputException(problems);
                    }
                    if (!indicators.recordOver(measurement, seen)) {
                        throw new ConflictException(Problem.general("indicator.measurement.changed", indicator.name()));
                    }
                    return measurement;
                });
    }

    /**
     * The value recorded for one period of an indicator, as stored (the territory's coordinator,
     * as {@link #measurements}): what a form shows before replacing it.
     */
    public Optional<Measurement> measurement(Actor actor, IndicatorId id, Period period) {
        Indicator indicator = find(actor, id);
        acts.refuseUnless(AccessPolicy.readRawFigures(actor, indicator.territory()), actor,
                Act.on("indicator.read-raw", RECORD, id, indicator.territory()));
        return transactions.inTransaction(() -> indicators.measurement(id, period));
    }

    /**
     * Records several values at once (an import): all or none; a period that has a value gets
     * the imported one (the import is the person's explicit replacement of what it names). Every problem is reported, at
     * {@code measurements[i].value} or {@code measurements[i].indicator}.
     */
    public List<Measurement> recordAll(Actor actor, List<Measurement> measurements) {
        return transactions.inTransaction(() -> {
            List<Problem> problems = new ArrayList<>();
            Map<IndicatorId, Indicator> known = new HashMap<>();
            for (int i = 0; i < measurements.size(); i++) {
                Measurement m = measurements.get(i);
                Optional<Indicator> indicator = Optional.ofNullable(known.get(m.indicator())).or(() -> indicators.find(m.indicator()));
                if (indicator.isEmpty()) {
                    problems.add(Problem.error("indicator.not-found", "measurements[" + i + "].indicator", m.indicator()));
                    continue;
                }
                known.put(m.indicator(), indicator.get());
                acts.refuseUnless(AccessPolicy.changeTerritory(actor, indicator.get().territory()), actor,
                        Act.on("indicator.measure", RECORD, m.indicator(), indicator.get().territory()));
                problems.addAll(indicator.get().valueProblems(m.value(), "measurements[" + i + "].value"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            List<Measurement> stored = new ArrayList<>();
            for (Measurement m : measurements) {
                stored.add(indicators.record(m));
                acts.record(actor, Act.on("indicator.measure", RECORD, m.indicator(), known.get(m.indicator()).territory()));
            }
            return List.copyOf(stored);
        });
    }

    /**
     * A page of an indicator's measurements as recorded, earliest period first: for the
     * territory's coordinator only, since small counts are in them ({@link #readings} for
     * everyone).
     */
    public List<Measurement> measurements(Actor actor, IndicatorId id, PageRequest page) {
        Indicator indicator = find(actor, id);
        acts.refuseUnless(AccessPolicy.readRawFigures(actor, indicator.territory()), actor,
                Act.on("indicator.read-raw", RECORD, id, indicator.territory()));
        return transactions.inTransaction(() -> indicators.measurements(id, page));
    }

    /**
     * A page of an indicator's values as the actor may see them, earliest period first: as
     * recorded for the territory's coordinator; for partners and observers a count of people
     * below the disclosure threshold is masked, as in the diagnostic.
     */
    public List<Reading> readings(Actor actor, IndicatorId id, PageRequest page) {
        Indicator indicator = find(actor, id);
        boolean raw = AccessPolicy.readRawFigures(actor, indicator.territory()).isAllowed();
        return transactions.inTransaction(() -> indicators.measurements(id, page)).stream()
                .map(m -> new Reading(m.period(), figure(indicator, Optional.of(m.value()), raw)))
                .toList();
    }

    /**
     * A value of an indicator for one period, as an actor may see it.
     *
     * @param period the period measured
     * @param figure the value, shown or masked
     */
    public record Reading(Period period, Figure figure) {
        public Reading {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(figure, "figure");
        }
    }

    /**
     * The change of an indicator from the period before {@code period} (of the same length) to
     * {@code period}: from the stored values for the territory's coordinator; withheld for the
     * others when either value is masked (it would reveal it).
     */
    public Change change(Actor actor, IndicatorId id, Period period) {
        Indicator indicator = find(actor, id);
        boolean raw = AccessPolicy.readRawFigures(actor, indicator.territory()).isAllowed();
        return transactions.inTransaction(() -> Disclosure.change(
                figure(indicator, indicators.measurement(id, period.previous()).map(Measurement::value), raw),
                figure(indicator, indicators.measurement(id, period).map(Measurement::value), raw)));
    }

    private Figure figure(Indicator indicator, Optional<BigDecimal> value, boolean raw) {
        return value.<Figure>map(v -> !raw && indicator.controlled() && disclosure.belowThreshold(v)
                ? new Figure.Masked(Figure.Reason.BELOW_THRESHOLD) : new Figure.Shown(v))
                .orElseGet(Figure.Missing::new);
    }

    /**
     * Writes a note of the diagnostic (the territory's coordinator) against the version its
     * writer saw ({@link DiagnosticNote#version()}, 0 when there was no note): a note changed,
     * written or removed by someone else meanwhile is a conflict ({@code diagnostic.note.changed})
     * and nothing is overwritten. A note on a commitment needs the commitment in the contract's text.
     *
     * @return the note as stored, with its new version
     */
    public DiagnosticNote writeNote(Actor actor, DiagnosticNote note) {
        Contract contract = transactions.inTransaction(() -> contract(note.contract()));
        Act act = Act.on("diagnostic.note.write", CONTRACT, contract.id(), contract.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, contract.territory()), () -> {
            note.commitment().ifPresent(c -> commitmentInText(contract.id(), c, "$.commitment"));
            return notes.put(note);
        });
    }

    /**
     * Removes a note of the diagnostic (the territory's coordinator) if it still has the
     * version its remover saw; a note changed meanwhile is a conflict; no note, nothing to do.
     */
    public void removeNote(Actor actor, ContractId contractId, int year, Optional<String> commitment, long version) {
        Contract contract = transactions.inTransaction(() -> contract(contractId));
        Act act = Act.on("diagnostic.note.remove", CONTRACT, contract.id(), contract.territory());
        acts.performRun(actor, act, AccessPolicy.changeTerritory(actor, contract.territory()), () -> {
            notes.remove(contractId, year, commitment, version);
        });
    }

    /** A contract's notes of a year: the general one first, then by commitment id. */
    public List<DiagnosticNote> notes(Actor actor, ContractId contract, int year) {
        checkRead(actor, contract, "diagnostic.read");
        return transactions.inTransaction(() -> notes.of(contract, year));
    }

    /**
     * The diagnostic of a year as it may leave vss (anyone with a grant on the territory): the
     * notes, each indicator's value of the year and the year before, the change between them
     * and its series over {@value #SERIES_YEARS} years, all masked by the {@link Disclosure}
     * policy, and the state of the actions.
     */
    public Diagnostic diagnostic(Actor actor, ContractId contractId, int year) {
        Contract contract = checkRead(actor, contractId, "diagnostic.read");
        if (year < Period.FIRST_YEAR + SERIES_YEARS || year > Period.LAST_YEAR) {
            throw new InvalidInputException(Problem.general("indicator.year.invalid", year));
        }
        List<ActionStates.Tally> actions = actionStates.of(actor, contractId, year);
        return transactions.inTransaction(() -> build(contract, year, actions));
    }

    private Diagnostic build(Contract contract, int year, List<ActionStates.Tally> actions) {
        int first = year - SERIES_YEARS + 1;
        SortedMap<Integer, ContractText> versions = texts.all(contract.id());
        ContractText text = versions.isEmpty() ? ContractText.EMPTY : versions.get(versions.lastKey());
        List<Indicator> all = PageRequest.readAll(page -> indicators.list(contract.id(), page), x -> x.id().value());
        List<Measurement> measured = indicators.yearly(contract.id(), first, year);
        List<DiagnosticNote> written = notes.of(contract.id(), year);
        Map<Cell, BigDecimal> values = new HashMap<>();
        measured.forEach(m -> values.put(new Cell(m.indicator(), m.period().year()), m.value()));

        Map<Cell, Optional<BigDecimal>> cells = new LinkedHashMap<>();
        Set<Cell> controlled = new HashSet<>();
        for (Indicator indicator : all) {
            for (int y = first; y <= year; y++) {
                Cell cell = new Cell(indicator.id(), y);
                cells.put(cell, Optional.ofNullable(values.get(cell)));
                if (indicator.controlled()) {
                    controlled.add(cell);
                }
            }
        }
        Map<IndicatorId, List<Indicator>> parts = new LinkedHashMap<>();
        all.stream().filter(i -> i.partOf().isPresent())
                .forEach(i -> parts.computeIfAbsent(i.partOf().orElseThrow(), k -> new ArrayList<>()).add(i));
        List<Disclosure.Group<Cell>> groups = new ArrayList<>();
        parts.forEach((total, of) -> {
            for (int y = first; y <= year; y++) {
                int at = y;
                groups.add(new Disclosure.Group<>(new Cell(total, y), of.stream().map(p -> new Cell(p.id(), at)).toList()));
            }
        });
        Map<Cell, Figure> figures = disclosure.protect(cells, controlled, groups);

        Map<String, List<Diagnostic.Row>> rows = new LinkedHashMap<>();
        for (Indicator indicator : all) {
            if (indicator.partOf().filter(total -> all.stream().anyMatch(i -> i.id().equals(total)
                    && i.commitment().equals(indicator.commitment()))).isPresent()) {
                continue; // shown under its total
            }
            List<Diagnostic.Row> section = rows.computeIfAbsent(indicator.commitment(), k -> new ArrayList<>());
            section.add(row(indicator, first, year, figures));
            for (Indicator part : parts.getOrDefault(indicator.id(), List.of())) {
                if (part.commitment().equals(indicator.commitment())) {
                    section.add(row(part, first, year, figures));
                }
            }
        }
        Map<String, String> noteOn = new HashMap<>();
        Optional<String> general = Optional.empty();
        for (DiagnosticNote note : written) {
            if (note.commitment().isPresent()) {
                noteOn.put(note.commitment().get(), note.text());
            } else {
                general = Optional.of(note.text());
            }
        }
        Set<String> order = new LinkedHashSet<>();
        text.commitments().forEach(c -> order.add(c.id()));
        order.addAll(new TreeSet<>(rows.keySet()));
        order.addAll(new TreeSet<>(noteOn.keySet()));
        List<Diagnostic.Section> sections = new ArrayList<>();
        for (String commitment : order) {
            if (rows.containsKey(commitment) || noteOn.containsKey(commitment)) {
                sections.add(new Diagnostic.Section(commitment, text.commitment(commitment).map(Commitment::text),
                        Optional.ofNullable(noteOn.get(commitment)), rows.getOrDefault(commitment, List.of())));
            }
        }
        boolean demo = all.stream().anyMatch(i -> i.provenance() == Provenance.DEMO)
                || measured.stream().anyMatch(m -> m.provenance() == Provenance.DEMO)
                || written.stream().anyMatch(n -> n.provenance() == Provenance.DEMO)
                || contract.provenance() == Provenance.DEMO;
        return new Diagnostic(contract.id(), year, first, disclosure.threshold(), general, sections, actions, demo);
    }

    private static Diagnostic.Row row(Indicator indicator, int first, int year, Map<Cell, Figure> figures) {
        SortedMap<Integer, Figure> series = new TreeMap<>();
        for (int y = first; y <= year; y++) {
            series.put(y, figures.get(new Cell(indicator.id(), y)));
        }
        Figure previous = series.get(year - 1);
        Figure current = series.get(year);
        return new Diagnostic.Row(indicator, series, previous, current, Disclosure.change(previous, current));
    }

    /** One value of the diagnostic's table: an indicator's value of a year. */
    private record Cell(IndicatorId indicator, int year) {
    }

    private void consistent(Indicator indicator, boolean hasParts) {
        List<Problem> problems = new ArrayList<>();
        commitmentInText(indicator.contract(), indicator.commitment(), "$.commitment", problems);
        if (hasParts && indicator.kind() != ValueKind.COUNT) {
            problems.add(Problem.error("indicator.part-of.not-a-count", "$.kind", indicator.kind()));
        }
        indicator.partOf().ifPresent(totalId -> {
            Optional<Indicator> total = indicators.find(totalId).filter(t -> t.contract().equals(indicator.contract()));
            if (total.isEmpty()) {
                problems.add(Problem.error("indicator.part-of.unknown", "$.partOf", totalId));
            } else if (total.get().partOf().isPresent() || hasParts) {
                problems.add(Problem.error("indicator.part-of.nested", "$.partOf", total.get().name()));
            } else if (total.get().kind() != ValueKind.COUNT || indicator.kind() != ValueKind.COUNT) {
                problems.add(Problem.error("indicator.part-of.not-a-count", "$.partOf", total.get().kind()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void commitmentInText(ContractId contract, String commitment, String path) {
        List<Problem> problems = new ArrayList<>();
        commitmentInText(contract, commitment, path, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void commitmentInText(ContractId contract, String commitment, String path, List<Problem> problems) {
        SortedMap<Integer, ContractText> versions = texts.all(contract);
        boolean known = !versions.isEmpty() && versions.get(versions.lastKey()).commitment(commitment).isPresent();
        if (!known) {
            problems.add(Problem.error("indicator.commitment.unknown", path, commitment));
        }
    }

    private Contract checkRead(Actor actor, ContractId id, String action) {
        Contract contract = transactions.inTransaction(() -> contract(id));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, contract.territory()), actor,
                Act.on(action, CONTRACT, id, contract.territory()));
        return contract;
    }

    private Contract contract(ContractId id) {
        return contracts.find(id).orElseThrow(() -> new NotFoundException(Problem.general("contract.not-found", id)));
    }

    private static NotFoundException notFound(IndicatorId id) {
        return new NotFoundException(Problem.general("indicator.not-found", id));
    }
}
