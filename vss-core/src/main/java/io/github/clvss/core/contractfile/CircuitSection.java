package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.referral.Circuit;
import io.github.clvss.core.referral.CircuitPlan;
import io.github.clvss.core.referral.Circuits;
import io.github.clvss.core.shared.Problem;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The local circuits' section: a file's circuits become the territory's next revision when they
 * differ. A circuit sends to a partner or a resource of the file, or to a national resource.
 */
final class CircuitSection {

    private final Circuits circuits;
    private final ResourceSection resources;
    private final Acts acts;
    private final Clock clock;

    CircuitSection(Circuits circuits, ResourceSection resources, Acts acts, Clock clock) {
        this.circuits = circuits;
        this.resources = resources;
        this.acts = acts;
        this.clock = clock;
    }

    /**
     * Each circuit of the file reaches a partner or resource of the file, or a national one; a
     * file without circuits keeps the stored ones, so it must keep what they point at.
     */
    void check(ContractData data, ImportMode mode, boolean territoryExists, List<Problem> problems) {
        Set<UUID> inFile = new HashSet<>();
        data.partners().forEach(p -> inFile.add(p.id().value()));
        data.resources().forEach(r -> inFile.add(r.id().value()));
        List<Circuit> carried = data.circuits().orElse(List.of());
        for (int i = 0; i < carried.size(); i++) {
            Circuit circuit = carried.get(i);
            if (!reachable(circuit, inFile)) {
                problems.add(circuit.targetMissing("$.circuits[" + i + "].target"));
            }
        }
        if (data.circuits().isEmpty() && mode == ImportMode.REPLACE && territoryExists) {
            for (Circuit circuit : circuits.plan(data.territory().id()).circuits()) {
                if (!reachable(circuit, inFile)) {
                    problems.add(Problem.error("circuit.target.dropped", "$", circuit.name(), circuit.target()));
                }
            }
        }
    }

    private boolean reachable(Circuit circuit, Set<UUID> inFile) {
        return inFile.contains(circuit.targetId()) || !circuit.targetsPartner() && resources.national(circuit.targetId());
    }

    /** Circuits some situation falls under both: worth a look, not a reason to refuse the file. */
    static List<Problem> overlaps(ContractData data) {
        return Circuit.overlapsIn(data.circuits().orElse(List.of()));
    }

    /** The file's circuits, as the next revision when they differ from the stored ones. */
    void write(Actor actor, ContractData data) {
        TerritoryId territory = data.territory().id();
        CircuitPlan current = circuits.plan(territory);
        if (data.circuits().filter(carried -> !carried.equals(current.circuits())).isPresent()) {
            circuits.store(territory, new CircuitPlan(current.revision() + 1, data.circuits().orElseThrow()), clock.instant());
            acts.record(actor, Act.onTerritory("circuit.import", "circuit", territory));
        }
    }

    List<Circuit> of(TerritoryId territory) {
        return circuits.plan(territory).circuits();
    }
}
