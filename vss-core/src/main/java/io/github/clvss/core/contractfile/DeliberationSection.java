package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.deliberation.Deliberations;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import java.util.List;
import java.util.Optional;

/** The deliberations' section (from format 1.4): the territory's council acts; those the file leaves out stay. */
final class DeliberationSection {

    private final Deliberations deliberations;
    private final Acts acts;

    DeliberationSection(Deliberations deliberations, Acts acts) {
        this.deliberations = deliberations;
        this.acts = acts;
    }

    /** Each deliberation's id is free (or the territory's, replacing), its @ctes identifier its own. */
    void check(ContractData data, ImportMode mode, List<Problem> problems) {
        for (int i = 0; i < data.deliberations().size(); i++) {
            Deliberation deliberation = data.deliberations().get(i);
            String path = "$.deliberations[" + i + "]";
            deliberations.find(deliberation.id()).ifPresent(stored -> Stored.check(problems, mode, stored.territory(),
                    data.territory().id(), path + ".id", deliberation.id()));
            deliberations.actesIdTaken(deliberation, Optional.of(path + ".transmission.actesId")).ifPresent(problems::add);
        }
    }

    /** The file's deliberations, added or updated; returns how many. */
    int write(Actor actor, ContractData data) {
        for (Deliberation deliberation : data.deliberations()) {
            deliberations.find(deliberation.id()).ifPresentOrElse(
                    stored -> deliberations.update(deliberation.withVersion(stored.version())),
                    () -> deliberations.add(deliberation));
            acts.record(actor, Act.on("deliberation.import", "deliberation", deliberation.id(), deliberation.territory()));
        }
        return data.deliberations().size();
    }

    Optional<Deliberation> find(DeliberationId id) {
        return deliberations.find(id);
    }

    List<Deliberation> of(TerritoryId territory) {
        return PageRequest.readAll(page -> deliberations.list(territory, page), x -> x.id().value());
    }
}
