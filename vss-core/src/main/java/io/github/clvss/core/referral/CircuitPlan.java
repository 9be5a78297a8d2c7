package io.github.clvss.core.referral;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A territory's local circuits at a revision. Names are unique; the order is the order the
 * coordinator gave.
 *
 * @param revision counts the changes; part of every rule set's version
 * @param circuits the circuits, in order
 */
public record CircuitPlan(long revision, List<Circuit> circuits) {

    public CircuitPlan {
        if (revision < 0) {
            throw new IllegalArgumentException("A revision cannot be negative.");
        }
        circuits = List.copyOf(circuits);
        Set<String> names = new HashSet<>();
        for (Circuit circuit : circuits) {
            if (!names.add(circuit.name())) {
                throw new IllegalArgumentException("Two circuits are named " + circuit.name() + ".");
            }
        }
    }

    /** The circuit with this name. */
    public Optional<Circuit> find(String name) {
        return circuits.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** This plan with a circuit added, or replacing the one of the same name, at the next revision. */
    public CircuitPlan with(Circuit circuit) {
        List<Circuit> changed = new ArrayList<>(circuits.stream().map(c -> c.name().equals(circuit.name()) ? circuit : c).toList());
        if (find(circuit.name()).isEmpty()) {
            changed.add(circuit);
        }
        return new CircuitPlan(revision + 1, changed);
    }

    /** This plan without the named circuit, at the next revision. */
    public CircuitPlan without(String name) {
        return new CircuitPlan(revision + 1, circuits.stream().filter(c -> !c.name().equals(name)).toList());
    }

    /**
     * What changed from {@code before} to this plan: circuits removed first, then, in this
     * plan's order, those added and those changed (with the fields that changed).
     */
    public List<CircuitChange> changesSince(CircuitPlan before) {
        List<CircuitChange> changes = new ArrayList<>();
        for (Circuit old : before.circuits) {
            if (find(old.name()).isEmpty()) {
                changes.add(new CircuitChange(old.name(), CircuitChange.Kind.REMOVED, List.of()));
            }
        }
        List<String> oldOrder = before.circuits.stream().map(Circuit::name).filter(n -> find(n).isPresent()).toList();
        List<String> newOrder = circuits.stream().map(Circuit::name).filter(n -> before.find(n).isPresent()).toList();
        for (Circuit now : circuits) {
            Optional<Circuit> old = before.find(now.name());
            if (old.isEmpty()) {
                changes.add(new CircuitChange(now.name(), CircuitChange.Kind.ADDED, List.of()));
                continue;
            }
            Set<String> fields = new LinkedHashSet<>();
            if (!old.get().when().equals(now.when())) {
                fields.add("when");
            }
            if (!old.get().target().equals(now.target())) {
                fields.add("target");
            }
            if (old.get().urgency() != now.urgency()) {
                fields.add("urgency");
            }
            if (!old.get().channel().equals(now.channel())) {
                fields.add("channel");
            }
            if (!old.get().reason().equals(now.reason())) {
                fields.add("reason");
            }
            if (oldOrder.indexOf(now.name()) != newOrder.indexOf(now.name())) {
                fields.add("position");
            }
            if (!fields.isEmpty()) {
                changes.add(new CircuitChange(now.name(), CircuitChange.Kind.CHANGED, List.copyOf(fields)));
            }
        }
        return List.copyOf(changes);
    }

    /** Every pair of circuits some situation falls under both: what the coordinator should look at. */
    public List<Overlap> overlaps() {
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < circuits.size(); i++) {
            for (int j = i + 1; j < circuits.size(); j++) {
                if (circuits.get(i).overlaps(circuits.get(j))) {
                    overlaps.add(new Overlap(circuits.get(i).name(), circuits.get(j).name()));
                }
            }
        }
        return List.copyOf(overlaps);
    }

    /**
     * Two circuits that can apply to the same situation.
     *
     * @param first the first circuit's name
     * @param second the second circuit's name
     */
    public record Overlap(String first, String second) {
    }
}
