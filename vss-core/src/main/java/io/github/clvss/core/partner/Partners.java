package io.github.clvss.core.partner;

import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Port: where partners are kept. Lists are per contract. */
public interface Partners {

    /** Stores a new partner; its version becomes 1. */
    Partner add(Partner partner);

    /** Stores a changed partner if its version is still the stored one, else conflicts. */
    Partner update(Partner partner);

    /** Removes a partner (its référents must be removed first). */
    void remove(PartnerId id);

    /** Stores new partners, their versions becoming 1, in one batch (an import). */
    void addAll(List<Partner> added);

    /** Stores changed partners in one batch (an import), each if its version is still the stored one; conflicts otherwise. */
    void updateAll(List<Partner> changed);

    /** The stored partners among {@code ids}, read in one query (an import looks its records up once). */
    java.util.Map<PartnerId, Partner> findAll(java.util.Collection<PartnerId> ids);

    /** The partner with this id. */
    Optional<Partner> find(PartnerId id);

    /** The contract's partner for this institution, if it is one. */
    Optional<Partner> find(ContractId contract, InstitutionId institution);

    /** A page of a contract's partners, by institution name. */
    List<Partner> list(ContractId contract, PageRequest page);

    /** How many partners a contract has. */
    long count(ContractId contract);
}
