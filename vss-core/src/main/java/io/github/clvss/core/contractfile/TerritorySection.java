package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.territory.Territories;
import io.github.clvss.core.territory.Territory;
import java.util.List;
import java.util.Optional;

/** The territory's section of an import and an export: checked against the stored ones, written, read. */
final class TerritorySection {

    private final Territories territories;
    private final Acts acts;

    TerritorySection(Territories territories, Acts acts) {
        this.territories = territories;
        this.acts = acts;
    }

    /** Create needs a new territory, replace an existing one; its SIREN and INSEE code are its own. */
    void check(ContractData data, ImportMode mode, List<Problem> problems) {
        Territory territory = data.territory();
        boolean exists = exists(territory.id());
        if (mode == ImportMode.CREATE && exists) {
            problems.add(Problem.error("import.territory.exists", "$.territory.id", territory.id()));
        }
        if (mode == ImportMode.REPLACE && !exists) {
            problems.add(Problem.error("import.territory.missing", "$.territory.id", territory.id()));
        }
        territories.sirenTaken(territory, Optional.of("$.territory.siren")).ifPresent(problems::add);
        territories.inseeCodeTaken(territory, Optional.of("$.territory.inseeCode")).ifPresent(problems::add);
        problems.addAll(territory.facts().warnings("$.territory"));
    }

    boolean exists(TerritoryId id) {
        return territories.find(id).isPresent();
    }

    void create(Actor actor, ContractData data) {
        Territory territory = territories.add(data.territory());
        acts.record(actor, Act.on("territory.register", "territory", territory.id(), territory.id()));
    }

    void replace(Actor actor, ContractData data) {
        TerritoryId id = data.territory().id();
        Territory current = territories.find(id).orElseThrow();
        territories.update(new Territory(id, current.version(), data.territory().facts(), data.territory().provenance()));
        acts.record(actor, Act.on("territory.replace", "territory", id, id));
    }

    Territory find(TerritoryId id) {
        return territories.find(id).orElseThrow(() -> new NotFoundException(Problem.general("territory.not-found", id)));
    }
}
