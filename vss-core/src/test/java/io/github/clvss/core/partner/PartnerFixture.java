package io.github.clvss.core.partner;

import static io.github.clvss.core.Fixtures.CLOCK;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.shared.EmailAddress;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import java.util.List;
import java.util.Optional;

/** Boulogne's demo contract with two partners: the hospital and the police. */
final class PartnerFixture {

    final Vss vss;
    final TerritoryId boulogne;
    final Contract contract;
    final Partner hospital;
    final Partner police;

    PartnerFixture(Vss vss) {
        this.vss = vss;
        Actor system = Actor.system();
        this.boulogne = vss.territories().register(system, Fixtures.boulogne(), Provenance.SEED).id();
        this.contract = vss.contracts().create(system, Contract.draft(CLOCK, boulogne, "Contrat local", Optional.empty(),
                Optional.empty(), Provenance.SEED));
        this.hospital = partner("Centre hospitalier Ambroise-Paré", Sector.HEALTH, "Accueil et soins des victimes");
        this.police = partner("Commissariat central de Boulogne-Billancourt", Sector.SECURITY, "Plaintes et protection");
    }

    private Partner partner(String name, Sector sector, String role) {
        Institution institution = vss.institutions().register(Actor.system(),
                Institution.register(CLOCK, name, sector, Optional.empty(), Optional.empty(), Provenance.SEED));
        return vss.partners().add(Actor.system(), Partner.join(CLOCK, "system", boulogne, contract.id(), institution.id(),
                role, List.of("Permanence hebdomadaire"), PublicContact.NONE, Optional.empty(), true, Provenance.SEED));
    }

    static ReferentDetails details(String name) {
        return new ReferentDetails(name, "Référente violences", Optional.of(new PhoneNumber("+33123456789")),
                Optional.of(new EmailAddress("referente@exemple.fr")), Optional.of("En semaine"));
    }
}
