package io.github.clvss.core.indicator;

import io.github.clvss.core.shared.InvalidInputException;
import io.github.clvss.core.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Statistical disclosure control (secret statistique) for everything that leaves vss: the
 * diagnostic's PDF, HTML and CSV. A pure policy over a table of cells.
 *
 * <p><b>Primary suppression.</b> A controlled cell (a count of people, {@link ValueKind#COUNT})
 * above zero and below the threshold is masked ({@link Figure.Reason#BELOW_THRESHOLD}). Zero is
 * shown: it says no one, and gives nobody away. Other kinds of values are never masked.
 *
 * <p><b>Secondary suppression.</b> A {@link Group} is a total and the parts it is the sum of.
 * A group counts only when the total and every part have a value (else nothing can be worked
 * out from it). In a group, a masked cell could be worked out when it is the only masked cell
 * of the group (total − the other parts), and the masked parts' sum when the total is shown
 * (total − the shown parts); so, as long as a group has exactly one masked cell, or its total
 * is shown and its masked parts add up to more than zero and less than the threshold, one more
 * cell is masked ({@link Figure.Reason#PROTECTS_ANOTHER}):
 * <ol>
 *   <li>the total, if it is shown — the parts are the detail the reader needs, and masking the
 *       total removes the one equation that ties them;</li>
 *   <li>otherwise the smallest part above zero still shown (ties: the earliest part) — masking
 *       a zero would protect nothing.</li>
 * </ol>
 * Groups are checked again until none needs more (a total may be a part of another group),
 * which ends since each round masks one more cell.
 *
 * <p>A change between two periods is {@link Change.Withheld} when either value is masked,
 * since the change and the shown value would give the masked one back.
 *
 * @param threshold counts from 1 to {@code threshold − 1} are masked; 1 masks nothing
 */
public record Disclosure(int threshold) {

    /** The default threshold: counts below 5 are masked. */
    public static final int DEFAULT_THRESHOLD = 5;
    /** The policy with the default threshold. */
    public static final Disclosure DEFAULT = new Disclosure(DEFAULT_THRESHOLD);
    /** The highest threshold accepted. */
    public static final int MAX_THRESHOLD = 1000;

    public Disclosure {
        if (threshold < 1 || threshold > MAX_THRESHOLD) {
            throw new InvalidInputException(Problem.general("disclosure.threshold.range", threshold, MAX_THRESHOLD));
        }
    }

    /**
     * A total and the parts it is the sum of, as cell keys.
     *
     * @param total the total's cell
     * @param parts the parts' cells, in their order
     * @param <K> the cells' keys
     */
    public record Group<K>(K total, List<K> parts) {
        public Group {
            Objects.requireNonNull(total, "total");
            parts = List.copyOf(parts);
        }
    }

    /** Whether a count is masked on its own: above zero and below the threshold. */
    public boolean belowThreshold(BigDecimal count) {
        return count.signum() > 0 && count.compareTo(BigDecimal.valueOf(threshold)) < 0;
    }

    /**
     * The cells as they may be shown.
     *
     * @param cells every cell's value, if it has one
     * @param controlled the cells that hold counts of people (only they are masked on their own)
     * @param groups the totals and their parts
     * @param <K> the cells' keys
     * @return every cell of {@code cells}, in its order, shown, masked or missing
     */
    public <K> Map<K, Figure> protect(Map<K, Optional<BigDecimal>> cells, Set<K> controlled, List<Group<K>> groups) {
        Map<K, Figure> figures = new LinkedHashMap<>();
        cells.forEach((key, value) -> figures.put(key, value
                .<Figure>map(v -> controlled.contains(key) && belowThreshold(v)
                        ? new Figure.Masked(Figure.Reason.BELOW_THRESHOLD) : new Figure.Shown(v))
                .orElseGet(Figure.Missing::new)));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Group<K> group : groups) {
                Optional<K> next = nextToMask(group, figures, cells);
                if (next.isPresent()) {
                    figures.put(next.get(), new Figure.Masked(Figure.Reason.PROTECTS_ANOTHER));
                    changed = true;
                }
            }
        }
        return figures;
    }

    /** The change between two values as it may be shown: withheld when either is masked. */
    public static Change change(Figure previous, Figure current) {
        if (previous.masked() || current.masked()) {
            return new Change.Withheld();
        }
        return Change.between(value(previous), value(current));
    }

    private <K> Optional<K> nextToMask(Group<K> group, Map<K, Figure> figures, Map<K, Optional<BigDecimal>> cells) {
        List<K> members = new ArrayList<>();
        members.add(group.total());
        members.addAll(group.parts());
        if (members.stream().anyMatch(k -> !(figures.get(k) instanceof Figure.Shown || figures.get(k) instanceof Figure.Masked))) {
            // a part without a value: the masked parts are still bounded by the total less the shown parts
            boolean anyMasked = group.parts().stream().anyMatch(k -> figures.get(k).masked());
            if (anyMasked && figures.get(group.total()) instanceof Figure.Shown && cells.get(group.total()).isPresent()) {
                BigDecimal remainder = cells.get(group.total()).orElseThrow().subtract(group.parts().stream()
                        .filter(k -> figures.get(k) instanceof Figure.Shown).map(k -> cells.get(k).orElseThrow())
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
                if (belowThreshold(remainder)) {
                    return Optional.of(group.total());
                }
            }
            return Optional.empty();
        }
        long masked = members.stream().filter(k -> figures.get(k).masked()).count();
        if (masked == 0) {
            return Optional.empty();
        }
        boolean totalShown = !figures.get(group.total()).masked();
        BigDecimal maskedParts = group.parts().stream().filter(k -> figures.get(k).masked())
                .map(k -> cells.get(k).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean deducible = masked == 1 || (totalShown && belowThreshold(maskedParts));
        if (!deducible) {
            return Optional.empty();
        }
        if (totalShown) {
            return Optional.of(group.total());
        }
        return group.parts().stream()
                .filter(k -> figures.get(k) instanceof Figure.Shown shown && shown.value().signum() > 0)
                .min(Comparator.comparing((K k) -> cells.get(k).orElseThrow()));
    }

    private static Optional<BigDecimal> value(Figure figure) {
        return figure instanceof Figure.Shown shown ? Optional.of(shown.value()) : Optional.empty();
    }
}
