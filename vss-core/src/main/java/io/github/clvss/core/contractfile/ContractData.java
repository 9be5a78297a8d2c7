package io.github.clvss.core.contractfile;

import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.territory.Territory;
import java.util.List;

/**
 * What a valid contract file holds, as domain values.
 *
 * @param territory the territory (version 0: versions are not carried in files)
 * @param institutions the institutions its partners are (shared with other territories)
 * @param contracts its contracts, in file order
 * @param partners the contracts' partners
 * @param referents the partners' référents, past ones included
 * @param resources the territory's own and its département's resources
 * @param campaigns the contracts' communication plans
 * @param circuits the territory's local referral circuits, in order; empty when the file does not
 *     carry them (before format 1.3), which leaves the stored ones alone
 */
record ContractData(Territory territory, List<Institution> institutions, List<Contract> contracts, List<Partner> partners,
        List<Referent> referents, List<Resource> resources, List<io.github.clvss.core.communication.Campaign> campaigns,
        java.util.Optional<List<io.github.clvss.core.referral.Circuit>> circuits) {

    ContractData {
        institutions = List.copyOf(institutions);
        contracts = List.copyOf(contracts);
        partners = List.copyOf(partners);
        referents = List.copyOf(referents);
        resources = List.copyOf(resources);
        campaigns = List.copyOf(campaigns);
        circuits = circuits.map(List::copyOf);
    }
}
