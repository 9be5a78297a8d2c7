package io.github.clvss.core.contract;

import java.util.List;

/** Port: the partners required to sign each contract (its partners marked as signatories). */
public interface SignatoryPartners {

    /** The contract's signatory partners, in the order they joined it. */
    List<SignatoryPartner> of(ContractId contract);
}
