package io.github.clvss.core.contractfile;

import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.communication.Campaigns;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.journal.Act;
import io.github.clvss.core.journal.Acts;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The communication plan's section: each contract's campaigns and actions. */
final class CampaignSection {

    private final Campaigns campaigns;
    private final Acts acts;

    CampaignSection(Campaigns campaigns, Acts acts) {
        this.campaigns = campaigns;
        this.acts = acts;
    }

    void check(ContractData data, ImportMode mode, List<Problem> problems) {
        for (int i = 0; i < data.contracts().size(); i++) {
            ContractId contract = data.contracts().get(i).id();
            List<Campaign> ofContract = data.campaigns().stream().filter(c -> c.contract().equals(contract)).toList();
            for (int j = 0; j < ofContract.size(); j++) {
                Campaign campaign = ofContract.get(j);
                String path = "$.contracts[" + i + "].campaigns[" + j + "].id";
                campaigns.find(campaign.id()).ifPresent(stored -> Stored.check(problems, mode, stored.territory(),
                        data.territory().id(), path, campaign.id()));
            }
        }
    }

    /**
     * The file's campaigns, added or replaced (parents first); in replace mode, the stored ones
     * of the file's contracts it leaves out are removed.
     *
     * @return how many were removed
     */
    int write(Actor actor, ContractData data, ImportMode mode) {
        TerritoryId territory = data.territory().id();
        int removed = 0;
        Set<CampaignId> campaignsInFile = new HashSet<>();
        data.campaigns().forEach(c -> campaignsInFile.add(c.id()));
        if (mode == ImportMode.REPLACE) {
            for (Contract contract : data.contracts()) {
                for (Campaign campaign : of(contract.id())) {
                    if (!campaignsInFile.contains(campaign.id())) {
                        campaigns.remove(campaign.id());
                        acts.record(actor, Act.on("campaign.remove", "campaign", campaign.id(), territory));
                        removed++;
                    }
                }
            }
        }
        // parents first: an action refers to its campaign
        List<Campaign> ordered = new ArrayList<>(data.campaigns());
        ordered.sort(Comparator.comparing(c -> c.partOf().isPresent()));
        for (Campaign campaign : ordered) {
            campaigns.find(campaign.id()).ifPresentOrElse(
                    stored -> campaigns.update(new Campaign(campaign.id(), stored.version(), campaign.territory(),
                            campaign.contract(), campaign.partOf(), campaign.title(), campaign.audiences(), campaign.channels(),
                            campaign.start(), campaign.end(), campaign.owner(), campaign.status(), campaign.peopleReached(),
                            campaign.provenance())),
                    () -> campaigns.add(campaign));
            acts.record(actor, Act.on("campaign.import", "campaign", campaign.id(), territory));
        }
        return removed;
    }

    /** Removes a contract's campaigns (the contract goes); returns how many. */
    int removeAll(ContractId contract) {
        int removed = 0;
        for (Campaign campaign : of(contract)) {
            campaigns.remove(campaign.id());
            removed++;
        }
        return removed;
    }

    List<Campaign> of(ContractId contract) {
        return PageRequest.readAll(page -> campaigns.list(contract, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), page), x -> x.id().value());
    }
}
