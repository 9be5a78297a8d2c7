package io.github.clvss.core.indicator;

import io.github.clvss.core.contract.ContractId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The yearly diagnostic of a contract for the CLSPD, qualitative and quantitative, as it may
 * leave vss: every figure has been through {@link Disclosure}, so it holds no masked value.
 *
 * @param contract the contract
 * @param year the year it reports on
 * @param firstYear the first year of each indicator's series (for charts)
 * @param threshold counts below it are masked
 * @param generalNote the year's general note, if written
 * @param sections one per commitment with indicators or a note, in the contract's order
 *     (commitments no longer in the text last)
 * @param actions the state of the follow-up actions, per commitment and status (empty until
 *     the follow-up is plugged in through {@link ActionStates})
 * @param demo whether any of it is demo data
 */
public record Diagnostic(ContractId contract, int year, int firstYear, int threshold, Optional<String> generalNote,
        List<Section> sections, List<ActionStates.Tally> actions, boolean demo) {

    public Diagnostic {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(generalNote, "generalNote");
        sections = List.copyOf(sections);
        actions = List.copyOf(actions);
    }

    /**
     * A commitment's part of the diagnostic.
     *
     * @param commitment the commitment's id
     * @param text its text in the contract; empty when the current text no longer has it
     * @param note the year's note on it, if written
     * @param rows its indicators, each total followed by its parts
     */
    public record Section(String commitment, Optional<String> text, Optional<String> note, List<Row> rows) {
        public Section {
            Objects.requireNonNull(commitment, "commitment");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(note, "note");
            rows = List.copyOf(rows);
        }
    }

    /**
     * An indicator in the diagnostic.
     *
     * @param indicator the indicator
     * @param series its yearly figures from {@code firstYear} to {@code year}
     * @param previous the figure of the year before
     * @param current the figure of the year
     * @param change from the year before to the year, withheld when it would reveal a masked value
     */
    public record Row(Indicator indicator, SortedMap<Integer, Figure> series, Figure previous, Figure current, Change change) {
        public Row {
            Objects.requireNonNull(indicator, "indicator");
            series = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(series));
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(change, "change");
        }

        /** Whether the indicator is a part of another one (shown under its total). */
        public boolean part() {
            return indicator.partOf().isPresent();
        }
    }
}
