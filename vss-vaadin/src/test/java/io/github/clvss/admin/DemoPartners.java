package io.github.clvss.admin;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.PageRequest;

/** The demo's partners, found by their institution's name, for the browser journeys that act through the core. */
final class DemoPartners {

    private DemoPartners() {
    }

    /** The demo's territory, Boulogne-Billancourt. */
    static TerritoryId boulogne(Vss vss) {
        return vss.territories().list(Actor.system(), PageRequest.first(50)).stream()
                .filter(t -> t.name().equals("Boulogne-Billancourt")).findFirst().orElseThrow().id();
    }

    /** The partner of the territory's newest contract whose institution bears {@code name}. */
    static PartnerId named(Vss vss, TerritoryId territory, String name) {
        Actor system = Actor.system();
        var contract = vss.contracts().list(system, territory, PageRequest.first(1)).getFirst();
        return vss.partners().list(system, contract.id(), PageRequest.first(50)).stream()
                .filter(p -> vss.institutions().find(system, p.institution()).name().equals(name)).findFirst().orElseThrow().id();
    }
}
