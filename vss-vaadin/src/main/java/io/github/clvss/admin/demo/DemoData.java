package io.github.clvss.admin.demo;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contractfile.ContractFiles;
import io.github.clvss.core.contractfile.ImportMode;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.territory.DepartmentCode;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Siren;
import io.github.clvss.core.territory.Territory;
import io.github.clvss.core.territory.TerritoryFacts;
import io.github.clvss.core.territory.TerritoryKind;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: Boulogne-Billancourt's 2023 contract (the demo contract file), a
 * second, invented territory, and the demo accounts listed in the README. Idempotent: run at
 * every start, it adds only what is missing.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** The invented second territory (demo values): a commune of the Hauts-de-Seine. */
    static final InseeCode OTHER_TOWN = new InseeCode("92040");

    private final Vss vss;

    DemoData(Vss vss) {
        this.vss = vss;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Actor system = Actor.system();
        TerritoryId boulogne = vss.territories().findByInseeCode(system, new InseeCode("92012")).map(Territory::id)
                .orElseGet(() -> vss.contractFiles().importFile(system, ContractFiles.demoFile(), ImportMode.CREATE, false)
                        .territory().orElseThrow());
        if (vss.actions().count(system, io.github.clvss.core.followup.DemoFollowUp.CONTRACT, Optional.empty()) == 0) {
            // a plausible first year of follow-up, marked as demo data
            io.github.clvss.core.followup.DemoFollowUp.load(system, vss.obligations(), vss.actions(), vss.meetings());
        }
        if (vss.indicators().count(system, io.github.clvss.core.followup.DemoFollowUp.CONTRACT) == 0) {
            io.github.clvss.core.indicator.DemoIndicators.addTo(vss.indicators(), system, boulogne,
                    io.github.clvss.core.followup.DemoFollowUp.CONTRACT, vss.clock());
        }
        TerritoryId other = vss.territories().findByInseeCode(system, OTHER_TOWN).map(Territory::id)
                .orElseGet(() -> otherTown(system));
        account("admin", "Administration de la plateforme (démo)", "demo-admin-vss", Grant.platformAdministrator());
        account("coordination", "Coordination CLSPD de Boulogne-Billancourt (démo)", "demo-coordination", Grant.coordinator(boulogne));
        account("observation", "Observation, Boulogne-Billancourt (démo)", "demo-observation", Grant.observer(boulogne));
        account("ailleurs", "Coordination d’une autre commune (démo)", "demo-ailleurs-vss", Grant.coordinator(other));
        partnerOf(boulogne, "Centre hospitalier Ambroise-Paré").ifPresent(hospital ->
                account("hopital", "Référente du centre hospitalier (démo)", "demo-hopital-vss", Grant.partner(boulogne, hospital)));
        partnerOf(boulogne, "CIDFF des Hauts-de-Seine Sud").ifPresent(cidff ->
                account("cidff", "Juriste du CIDFF (démo)", "demo-cidff-vss", Grant.partner(boulogne, cidff)));
        LOG.info("Demo data ready: accounts admin, coordination, observation, ailleurs, hopital, cidff (see README)");
    }

    /** The partner of Boulogne's contract that is this institution. */
    private Optional<io.github.clvss.core.access.PartnerId> partnerOf(TerritoryId territory, String institution) {
        Actor system = Actor.system();
        return vss.contracts().list(system, territory, io.github.clvss.core.shared.PageRequest.first(1)).stream().findFirst()
                .flatMap(contract -> vss.partners().list(system, contract.id(), io.github.clvss.core.shared.PageRequest.first(50))
                        .stream()
                        .filter(p -> vss.institutions().find(system, p.institution()).name().equals(institution))
                        .map(io.github.clvss.core.partner.Partner::id)
                        .findFirst());
    }

    private TerritoryId otherTown(Actor system) {
        TerritoryFacts facts = new TerritoryFacts(TerritoryKind.COMMUNE, "Issy-les-Moulineaux", Optional.of(OTHER_TOWN),
                new DepartmentCode("92"), demoSiren(), Optional.empty(), Optional.empty(), ZoneId.of("Europe/Paris"));
        TerritoryId id = vss.territories().register(system, facts, Provenance.DEMO).id();
        vss.contracts().create(system, Contract.draft(vss.clock(), id, "Contrat local de démonstration",
                Optional.empty(), Optional.empty(), Provenance.DEMO));
        return id;
    }

    /** A SIREN shaped like a commune's (21 + département + commune), with its check digit: a demo value. */
    private static Siren demoSiren() {
        for (int check = 0; check <= 9; check++) {
            var parsed = Siren.parse("21920040" + check, "demo");
            if (parsed.isValid()) {
                return parsed.orElseThrow();
            }
        }
        throw new IllegalStateException("no check digit");
    }

    private void account(String login, String name, String password, Grant grant) {
        Login parsed = new Login(login);
        if (vss.accounts().idOf(Actor.system(), parsed).isPresent()) {
            return;
        }
        vss.accounts().open(Actor.system(), Account.open(vss.clock(), parsed, name, Optional.empty(), Language.FR, Set.of(grant)),
                Optional.of(password.toCharArray()));
    }
}
