package io.github.clvss.core.indicator;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Provenance;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator that follows one commitment of a contract (indicateur de suivi): what is
 * counted or measured, in which unit, which way it should move, the target if there is one,
 * and where the figures come from.
 *
 * <p>An indicator may be a part of another indicator of the same contract ({@code partOf}):
 * the parts of a total form an exhaustive breakdown of it (by age, by sex…), so the total is
 * the sum of its parts. Disclosure control relies on it: a part masked as a small count must
 * not be deducible from the total and the other parts.
 *
 * @param id the indicator's id
 * @param version the stored version this value was read at (0 before it is first saved)
 * @param territory the territory that owns the contract
 * @param contract the contract
 * @param commitment the id of the commitment it follows, in the contract's text
 * @param name what it counts or measures, e.g. "Faits de violences intrafamiliales enregistrés"
 * @param unit the unit shown with values, e.g. "faits", "jours", "%"
 * @param kind what the values are (and whether they are masked)
 * @param direction which way it should move
 * @param target the value aimed at, when there is one
 * @param source where the figures come from, e.g. "Commissariat central"
 * @param partOf the total this indicator is a part of, when it is one
 * @param provenance where the definition comes from
 */
public record Indicator(
        IndicatorId id,
        long version,
        TerritoryId territory,
        ContractId contract,
        String commitment,
        String name,
        String unit,
        ValueKind kind,
        Direction direction,
        Optional<BigDecimal> target,
        String source,
        Optional<IndicatorId> partOf,
        Provenance provenance) {

    /** Longest accepted name. */
    public static final int NAME_MAX = 200;
    /** Longest accepted unit. */
    public static final int UNIT_MAX = 40;
    /** Longest accepted source. */
    public static final int SOURCE_MAX = 300;
    /** Most digits before the decimal point of a value or target. */
    public static final int INTEGER_DIGITS_MAX = 14;
    /** Most digits after the decimal point of a value or target. */
    public static final int DECIMALS_MAX = 4;

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(partOf, "partOf");
        Objects.requireNonNull(provenance, "provenance");
        name = name.strip();
        unit = unit.strip();
        source = source.strip();
        List<Problem> problems = inconsistencies(commitment, name, unit, kind, target, source, "$");
        if (partOf.filter(id::equals).isPresent()) {
            problems.add(Problem.error("indicator.part-of.itself", "$.partOf"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** An indicator about to be defined. */
    public static Indicator define(Clock clock, TerritoryId territory, ContractId contract, String commitment, String name,
            String unit, ValueKind kind, Direction direction, Optional<BigDecimal> target, String source,
            Optional<IndicatorId> partOf, Provenance provenance) {
        return new Indicator(IndicatorId.next(clock), 0, territory, contract, commitment, name, unit, kind, direction, target,
                source, partOf, provenance);
    }

    /**
     * What is wrong with these fields (for a form that fills them progressively), each problem
     * at {@code path} plus the field's name.
     */
    public static List<Problem> inconsistencies(String commitment, String name, String unit, ValueKind kind,
            Optional<BigDecimal> target, String source, String path) {
        // texts are compared stripped: the record strips them
        List<Problem> problems = new ArrayList<>();
        if (!Commitment.wellFormed(commitment)) {
            problems.add(Problem.error("indicator.commitment.invalid", path + ".commitment", commitment));
        }
        text(problems, name, NAME_MAX, path + ".name");
        text(problems, unit, UNIT_MAX, path + ".unit");
        text(problems, source, SOURCE_MAX, path + ".source");
        target.ifPresent(t -> problems.addAll(valueProblems(kind, t, path + ".target")));
        return problems;
    }

    /**
     * What is wrong with a value of an indicator of {@code kind}: more digits than vss keeps, or,
     * for counts, a value that is not a whole number zero or more.
     */
    public static List<Problem> valueProblems(ValueKind kind, BigDecimal value, String path) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > DECIMALS_MAX || plain.precision() - plain.scale() > INTEGER_DIGITS_MAX) {
            return List.of(Problem.error("indicator.value.range", path, value.toPlainString(), INTEGER_DIGITS_MAX,
                    DECIMALS_MAX));
        }
        if (kind.counts() && (plain.signum() < 0 || plain.scale() > 0)) {
            return List.of(Problem.error("indicator.value.not-a-count", path, value.toPlainString()));
        }
        return List.of();
    }

    /** What is wrong with a value for this indicator. */
    public List<Problem> valueProblems(BigDecimal value, String path) {
        return valueProblems(kind, value, path);
    }

    /** Whether its values are masked below the disclosure threshold. */
    public boolean controlled() {
        return kind == ValueKind.COUNT;
    }

    /** The same indicator with the corrected facts of {@code other} (its id, territory and contract kept). */
    public Indicator correct(Indicator other) {
        return new Indicator(id, version, territory, contract, other.commitment, other.name, other.unit, other.kind,
                other.direction, other.target, other.source, other.partOf, Provenance.ENTERED);
    }

    /** The same indicator at another stored version. */
    public Indicator withVersion(long newVersion) {
        return new Indicator(id, newVersion, territory, contract, commitment, name, unit, kind, direction, target, source,
                partOf, provenance);
    }

    private static void text(List<Problem> problems, String text, int max, String path) {
        if (text.isBlank()) {
            problems.add(Problem.error("text.required", path));
        } else if (text.strip().length() > max) {
            problems.add(Problem.error("text.too-long", path, text.strip().length(), max));
        } else if (text.chars().anyMatch(Character::isISOControl)) {
            problems.add(Problem.error("text.control-character", path));
        }
    }
}
