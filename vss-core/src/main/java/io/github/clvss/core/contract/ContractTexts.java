package io.github.clvss.core.contract;

import java.util.Optional;
import java.util.SortedMap;

/** Port: where the versions of each contract's text are kept. */
public interface ContractTexts {

    /** Stores {@code text} as the contract's text version {@code version}, replacing what that version held. */
    void put(ContractId contract, int version, ContractText text);

    /** One version of the contract's text, if written. */
    Optional<ContractText> find(ContractId contract, int version);

    /** Every written version of the contract's text, by version number. */
    SortedMap<Integer, ContractText> all(ContractId contract);

    /** Removes every version of the contract's text: a contract file replaces them with its own. */
    void removeAll(ContractId contract);
}
