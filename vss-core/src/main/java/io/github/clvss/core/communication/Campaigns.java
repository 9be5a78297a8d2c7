package io.github.clvss.core.communication;

import io.github.clvss.core.contract.ContractId;
import io.github.clvss.core.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where the communication plans' campaigns are kept. */
public interface Campaigns {

    /** Stores a new campaign; its version becomes 1. */
    Campaign add(Campaign campaign);

    /** Stores a changed campaign if its version is still the stored one, else conflicts. */
    Campaign update(Campaign campaign);

    /** Removes a campaign. */
    void remove(CampaignId id);

    /** The campaign with this id. */
    Optional<Campaign> find(CampaignId id);

    /** A page of a contract's campaigns that meet the period {@code [from, to]}, by start date. */
    List<Campaign> list(ContractId contract, LocalDate from, LocalDate to, PageRequest page);

    /** How many of a contract's campaigns meet the period. */
    long count(ContractId contract, LocalDate from, LocalDate to);
}
