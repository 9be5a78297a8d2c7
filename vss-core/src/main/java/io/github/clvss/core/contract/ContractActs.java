package io.github.clvss.core.contract;

import java.util.List;
import java.util.Optional;

/**
 * Port: where the acts of each contract's life are kept. Acts are only ever added, except when a
 * contract file replaces a contract's whole history with its own.
 */
public interface ContractActs {

    /** Adds an act after the contract's earlier ones. */
    void append(ContractId contract, ContractAct act);

    /** The contract's acts, in the order they were added. */
    List<ContractAct> of(ContractId contract);

    /** The contract that {@code successor} renews, if it is a renewal. */
    Optional<ContractId> renewed(ContractId successor);

    /** Removes every act of the contract: a contract file replaces them with its own. */
    void removeAll(ContractId contract);
}
