package io.github.clvss.core.contract;

import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Port: where contracts are kept. Every list is scoped to one territory. */
public interface Contracts {

    /** Stores a new contract; its version becomes 1. */
    Contract add(Contract contract);

    /** Stores a changed contract if its version is still the stored one, else conflicts. */
    Contract update(Contract contract);

    /** Removes a contract (a replace import drops the territory's contracts absent from the file). */
    void remove(ContractId id);

    /** The contract with this id. */
    Optional<Contract> find(ContractId id);

    /** A page of the territory's contracts, newest first. */
    List<Contract> list(TerritoryId territory, PageRequest page);

    /** How many contracts the territory has. */
    long count(TerritoryId territory);
}
