package io.github.clvss.admin.contract;

import io.github.clvss.core.contract.Annex;
import io.github.clvss.core.contract.Axis;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.contract.LegalReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Two versions of a contract's text side by side, part by part: the preamble, each legal
 * reference and annex by its place, each axis with its number (or its title), each commitment by
 * its id — so a reworded commitment reads as changed, not as one removed and one added, and one
 * moved to another axis or place reads as moved.
 */
final class TextComparison {

    /** What happened to a part from one version to the next. */
    enum Change { SAME, CHANGED, MOVED, ADDED, REMOVED }

    /** Which sort of part a row shows. */
    enum Part { PREAMBLE, REFERENCE, AXIS, COMMITMENT, ANNEX }

    /**
     * One row of the comparison.
     *
     * @param part what sort of part
     * @param ref its reference in the text: the reference's or annex's place (1, 2…), the axis's
     *     number (empty for the broader objectives), the commitment's id
     * @param change what happened to it
     * @param before its words in the earlier version (empty when added)
     * @param after its words in the later version (empty when removed)
     */
    record Row(Part part, String ref, Change change, String before, String after) {
    }

    private TextComparison() {
    }

    static List<Row> compare(ContractText before, ContractText after, Function<LegalReference, String> reference) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(Part.PREAMBLE, "", before.preamble(), after.preamble()));
        for (int i = 0; i < Math.max(before.references().size(), after.references().size()); i++) {
            rows.add(row(Part.REFERENCE, String.valueOf(i + 1), at(before.references(), i).map(reference).orElse(""),
                    at(after.references(), i).map(reference).orElse(""), at(before.references(), i).isPresent(),
                    at(after.references(), i).isPresent()));
        }
        Map<String, Place> was = places(before);
        Map<String, Place> is = places(after);
        Set<Integer> pairedBefore = new HashSet<>();
        for (int a = 0; a < after.axes().size(); a++) {
            Axis axis = after.axes().get(a);
            Optional<Integer> match = pair(before.axes(), axis, a, pairedBefore);
            match.ifPresent(pairedBefore::add);
            Optional<Axis> old = match.map(before.axes()::get);
            rows.add(row(Part.AXIS, axis.number().map(String::valueOf).orElse(""), old.map(Axis::title).orElse(""),
                    axis.title(), old.isPresent(), true));
            for (Commitment commitment : axis.commitments()) {
                Place then = was.get(commitment.id());
                if (then == null) {
                    rows.add(new Row(Part.COMMITMENT, commitment.id(), Change.ADDED, "", commitment.text()));
                } else {
                    Change change = !then.text().equals(commitment.text()) ? Change.CHANGED
                            : then.moved(is.get(commitment.id()), match) ? Change.MOVED : Change.SAME;
                    rows.add(new Row(Part.COMMITMENT, commitment.id(), change, then.text(), commitment.text()));
                }
            }
            old.ifPresent(o -> removed(o, is, rows));
        }
        for (int b = 0; b < before.axes().size(); b++) {
            if (!pairedBefore.contains(b)) {
                Axis axis = before.axes().get(b);
                rows.add(new Row(Part.AXIS, axis.number().map(String::valueOf).orElse(""), Change.REMOVED, axis.title(), ""));
                removed(axis, is, rows);
            }
        }
        for (int i = 0; i < Math.max(before.annexes().size(), after.annexes().size()); i++) {
            rows.add(row(Part.ANNEX, String.valueOf(i + 1), at(before.annexes(), i).map(TextComparison::annex).orElse(""),
                    at(after.annexes(), i).map(TextComparison::annex).orElse(""), at(before.annexes(), i).isPresent(),
                    at(after.annexes(), i).isPresent()));
        }
        return rows;
    }

    /** Whether anything differs. */
    static boolean changed(List<Row> rows) {
        return rows.stream().anyMatch(r -> r.change() != Change.SAME);
    }

    private static void removed(Axis old, Map<String, Place> is, List<Row> rows) {
        old.commitments().stream().filter(c -> !is.containsKey(c.id()))
                .forEach(c -> rows.add(new Row(Part.COMMITMENT, c.id(), Change.REMOVED, c.text(), "")));
    }

    /** The earlier axis that matches {@code axis}: the same number, else the same title, else the same place. */
    private static Optional<Integer> pair(List<Axis> axes, Axis axis, int place, Set<Integer> taken) {
        for (int b = 0; b < axes.size(); b++) {
            if (!taken.contains(b) && axis.number().isPresent() && axes.get(b).number().equals(axis.number())) {
                return Optional.of(b);
            }
        }
        for (int b = 0; b < axes.size(); b++) {
            if (!taken.contains(b) && axes.get(b).title().equals(axis.title())) {
                return Optional.of(b);
            }
        }
        if (place < axes.size() && !taken.contains(place) && axes.get(place).number().isEmpty() == axis.number().isEmpty()) {
            return Optional.of(place);
        }
        return Optional.empty();
    }

    /** Where a commitment is: its axis's index, its place under it, and its words. */
    private record Place(int axis, int index, String text) {

        boolean moved(Place now, Optional<Integer> pairedAxis) {
            return pairedAxis.filter(a -> a == axis).isEmpty() || now.index() != index;
        }
    }

    private static Map<String, Place> places(ContractText text) {
        Map<String, Place> places = new HashMap<>();
        for (int a = 0; a < text.axes().size(); a++) {
            List<Commitment> commitments = text.axes().get(a).commitments();
            for (int c = 0; c < commitments.size(); c++) {
                places.put(commitments.get(c).id(), new Place(a, c, commitments.get(c).text()));
            }
        }
        return places;
    }

    private static Row row(Part part, String ref, String before, String after) {
        return row(part, ref, before, after, true, true);
    }

    private static Row row(Part part, String ref, String before, String after, boolean was, boolean is) {
        Change change = !was ? Change.ADDED : !is ? Change.REMOVED
                : Objects.equals(before, after) ? Change.SAME : Change.CHANGED;
        return new Row(part, ref, change, before, after);
    }

    private static String annex(Annex annex) {
        return annex.text().isBlank() ? annex.title() : annex.title() + " — " + annex.text();
    }

    private static <T> Optional<T> at(List<T> list, int index) {
        return index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
    }
}
