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
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.Lifecycle;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.followup.Action;
import io.github.clvss.core.followup.DemoFollowUp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: Boulogne-Billancourt's 2023 contract (the demo contract file), a
 * second, invented territory, and the demo accounts listed in the README. Idempotent: run at
 * every start, it adds only what is missing, before the web server accepts requests.
 *
 * <p>Sources of the territory's facts (in the demo file): INSEE code 92012; SIREN 219200128, as
 * in the act's @ctes identifier; legal population 120,205 (INSEE populations légales, millésime
 * 2022, as quoted by fr.wikipedia and linternaute.com). The town hall's SIRET could not be
 * verified from a public source: it stays unknown, and the SCDL export flags it.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** The invented second territory (demo values): a commune of the Hauts-de-Seine. */
    static final InseeCode OTHER_TOWN = new InseeCode("92040");

    /** The day of the council's session that approved the contract. */
    static final LocalDate APPROVED_ON = LocalDate.of(2023, 6, 1);

    private final Vss vss;

    DemoData(Vss vss) {
        this.vss = vss;
    }

    /**
     * Runs once every bean is ready and <em>before the web server starts</em> (an application
     * runner would run after it): the sign-in page never answers before the demo accounts exist.
     * When several instances start together on one database, one of them loads it (in one
     * transaction) and the others start without waiting.
     */
    @Override
    public void afterSingletonsInstantiated() {
        // instances starting together on one database: one loads it, the others go on
        if (!vss.scheduledWork().runAlone("demo-data", this::load)) {
            LOG.info("Demo data: another instance is loading it");
        }
    }

    private void load() {
        Actor system = Actor.system();
        TerritoryId boulogne = vss.territories().findByInseeCode(system, new InseeCode("92012")).map(Territory::id)
                .orElseGet(() -> vss.contractFiles().importFile(system, ContractFiles.demoFile(), ImportMode.CREATE, false)
                        .territory().orElseThrow());
        if (vss.actions().count(system, io.github.clvss.core.followup.DemoFollowUp.CONTRACT, Optional.empty()) == 0) {
            // a plausible first year of follow-up, marked as demo data
            io.github.clvss.core.followup.DemoFollowUp.load(system, vss.obligations(), vss.actions(), vss.meetings());
        }
        story(system);
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

    /** The deliberation of 1 June 2023 that approved the contract (in the demo contract file). */
    static final DeliberationId APPROVAL = new DeliberationId(UUID.fromString("018875f8-8400-7400-8d10-3c5e6a0b1d01"));

    /**
     * The contract's true story up to today: the council approved it on 1 June 2023 (the seed's
     * deliberation), its eight signatories signed it in June and July 2023 (invented dates, demo
     * data: {@link DemoFollowUp#signatures()}), it runs from the last signature to the end of 2027
     * (a demo assumption: the text sets no term); and after the demo file's first year, the
     * follow-up of the years since, dated from today ({@link DemoFollowUp#livingYears}). Each
     * act is recorded through the services (journaled as the system), only once, and only when
     * its date has come: on a clock before 1 June 2023 the contract stays a draft.
     */
    private void story(Actor system) {
        ContractId contract = DemoFollowUp.CONTRACT;
        LocalDate today = vss.territories().find(system, DemoFollowUp.TERRITORY).facts().today(vss.clock());
        Lifecycle lifecycle = vss.contractLifecycle().lifecycle(system, contract);
        if (lifecycle.acts().isEmpty() && !today.isBefore(APPROVED_ON)) {
            lifecycle = vss.contractLifecycle().approve(system, contract, APPROVAL, APPROVED_ON);
            for (Map.Entry<PartnerId, LocalDate> signature : DemoFollowUp.signatures().entrySet()) {
                if (!signature.getValue().isAfter(today)) {
                    lifecycle = vss.contractLifecycle().sign(system, contract, signature.getKey(), signature.getValue());
                }
            }
            Contract stored = vss.contracts().find(system, contract);
            if (lifecycle.signedOn().isPresent() && stored.startDate().isEmpty() && stored.endDate().isEmpty()) {
                vss.contracts().reschedule(system, contract, stored.version(), Optional.of(DemoFollowUp.IN_FORCE_FROM),
                        Optional.of(DemoFollowUp.IN_FORCE_UNTIL));
            }
        }
        if (vss.actions().list(system, contract, Optional.empty(), io.github.clvss.core.shared.PageRequest.first(100)).stream()
                .noneMatch(a -> a.id().equals(DemoFollowUp.LIVING_MARK))) {
            DemoFollowUp.LivingYears living = DemoFollowUp.livingYears(today);
            for (Action settled : living.settled()) {
                Action stored = vss.actions().find(system, settled.id());
                vss.actions().update(system, new Action(stored.id(), stored.version(), stored.territory(), stored.contract(),
                        stored.commitment(), stored.title(), stored.lead(), stored.contributors(), stored.deadline(),
                        settled.status(), settled.abandonReason(), settled.progress(), settled.evidence(), settled.provenance()));
            }
            living.actions().forEach(a -> vss.actions().add(system, a));
            living.meetings().forEach(m -> vss.meetings().record(system, m));
        }
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
