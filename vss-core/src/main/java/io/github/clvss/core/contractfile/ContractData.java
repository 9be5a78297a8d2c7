package io.github.clvss.core.contractfile;

import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.territory.Territory;
import java.util.List;

/**
 * What a valid contract file holds, as domain values.
 *
 * @param territory the territory (version 0: versions are not carried in files)
 * @param contracts its contracts, in file order
 */
record ContractData(Territory territory, List<Contract> contracts) {

    ContractData {
        contracts = List.copyOf(contracts);
    }
}
