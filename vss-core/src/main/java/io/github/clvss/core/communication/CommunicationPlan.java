package io.github.clvss.core.communication;

import io.github.clvss.core.access.AccessPolicy;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.contract.Contracts;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.NotFoundException;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import io.github.clvss.core.shared.Versions;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * A contract's communication plan: its coordinator plans and updates campaigns and actions;
 * anyone with a grant on the territory reads them; the key dates of each year are proposed.
 * The plan is public material (campaigns toward residents): its calendar is published as an
 * iCalendar feed.
 */
public final class CommunicationPlan {

    static final String RECORD = "campaign";

    private final Campaigns campaigns;
    private final Contracts contracts;
    private final Acts acts;

    /**
     * @param campaigns where campaigns are kept
     * @param contracts to find each plan's contract
     * @param acts access checks and journal
     */
    public CommunicationPlan(Campaigns campaigns, Contracts contracts, Acts acts) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.acts = Objects.requireNonNull(acts, "acts");
    }

    /** Plans a campaign or an action (the coordinator). */
    public Campaign plan(Actor actor, Campaign campaign) {
        Act act = Act.on("campaign.plan", RECORD, campaign.id(), campaign.territory());
        return acts.perform(actor, act, AccessPolicy.changeTerritory(actor, campaign.territory()), () -> {
            contracts.find(campaign.contract()).filter(c -> c.territory().equals(campaign.territory()))
                    .orElseThrow(() -> new NotFoundException(Problem.general("contract.not-found", campaign.contract())));
            Campaign stored = campaigns.add(campaign);
            return stored;
        });
    }

    /** Stores a changed campaign (status, people reached…), against the version it was read at. */
    public Campaign update(Actor actor, Campaign changed) {
        return acts.performOn(actor,
                () -> campaigns.find(changed.id()).orElseThrow(() -> new NotFoundException(Problem.general("campaign.not-found", changed.id()))),
                current -> Act.on("campaign.update", RECORD, changed.id(), current.territory()),
                current -> AccessPolicy.changeTerritory(actor, current.territory()), current -> {
            Versions.expect(current.version(), changed.version(), RECORD, changed.id());
            Campaign stored = campaigns.update(new Campaign(changed.id(), changed.version(), current.territory(),
                    current.contract(), changed.partOf(), changed.title(), changed.audiences(), changed.channels(),
                    changed.start(), changed.end(), changed.owner(), changed.status(), changed.peopleReached(),
                    io.github.clvss.core.shared.Provenance.ENTERED));
            return stored;
        });
    }

    /** A page of a contract's campaigns meeting a period, by start date. */
    public List<Campaign> between(Actor actor, ContractId contract, LocalDate from, LocalDate to, PageRequest page) {
        readable(actor, contract);
        return campaigns.list(contract, from, to, page);
    }

    /** How many campaigns meet a period. */
    public long countBetween(Actor actor, ContractId contract, LocalDate from, LocalDate to) {
        readable(actor, contract);
        return campaigns.count(contract, from, to);
    }

    /**
     * The key dates of {@code year} the plan does not mark yet (no campaign that day): what the
     * screen proposes to add.
     */
    public List<KeyDate> unmarkedKeyDates(Actor actor, ContractId contract, Year year) {
        readable(actor, contract);
        return KeyDate.ALL.stream()
                .filter(key -> campaigns.count(contract, key.in(year), key.in(year)) == 0)
                .toList();
    }

    /** Every campaign of a contract, for its published calendar (the plan is public material). */
    public List<Campaign> published(ContractId contract) {
        return PageRequest.readAll(page -> campaigns.list(contract, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), page), x -> x.id().value());
    }

    private Contract readable(Actor actor, ContractId id) {
        Contract contract = contracts.find(id).orElseThrow(() -> new NotFoundException(Problem.general("contract.not-found", id)));
        acts.refuseUnless(AccessPolicy.readTerritory(actor, contract.territory()), actor,
                Act.onTerritory("campaign.list", RECORD, contract.territory()));
        return contract;
    }
}
